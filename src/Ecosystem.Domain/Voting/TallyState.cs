using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// What the tally remembers between runs, as JSON hidden in the automation's own tally comment: the electorate frozen
/// at <see cref="Opening"/> (<c>comment:ID</c> or <c>schedule:TIME</c>), and the <c>/vote refresh-members</c> comment
/// it reflects; once closed, the final ballots, so later edits or deletions cannot change a closed vote.
/// </summary>
internal sealed partial record TallyState(
    string Opening,
    IReadOnlyList<string> Electorate,
    long? Refresh,
    FinalTally? Final)
{
    /// <summary>
    /// When the vote opened, as first tallied: a staff edit of the <c>/vote open</c> comment moves its written time, and
    /// must not turn the ballots cast since into ballots written before the vote opened.
    /// </summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>The staff member who opened it (null on schedule), named when their <c>/vote open</c> comment is gone.</summary>
    public string? OpenedBy { get; init; }

    /// <summary>The reminders posted, so one a person deleted is not posted again the next night.</summary>
    public IReadOnlyList<string>? Reminded { get; init; }

    /// <summary>When the application came back for this vote: earlier lines are the earlier votes', also once this one closed.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The maintainers recused when the electorate was frozen; null in an older state, then read from the form.</summary>
    public IReadOnlyList<string>? Maintainers { get; init; }

    /// <summary>More members than any Working Group has; a stored electorate larger than this is not read back.</summary>
    public const int MaxMembers = 100;

    public const int MaxLength = MarkdownText.CommentBudget;

    private const string MarkerPurpose = "tally-state";

    /// <summary>
    /// Letters of every script as they are: the default writer turns each non-ASCII character into six, and 30 members'
    /// declines in Chinese or Greek then pushed the tally past GitHub's limit. HTML-sensitive characters stay escaped.
    /// </summary>
    private static readonly JsonContext Json = new(new JsonSerializerOptions(JsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>
    /// The JSON writer escapes '&lt;', '&gt;' and '&amp;', so no text inside can end the HTML comment; '@' and '#' (only
    /// ever inside JSON strings) are escaped too, so a stored reason cannot mention or cross-reference.
    /// </summary>
    public string Render()
    {
        var json = JsonSerializer.Serialize(this, Json.TallyState)
            .Replace("@", "\\u0040", StringComparison.Ordinal)
            .Replace("#", "\\u0023", StringComparison.Ordinal);
        return HiddenMarker.For(MarkerPurpose, json);
    }

    /// <summary>The state in <paramref name="body"/>, or null when there is none or it cannot be read (then it is rebuilt).</summary>
    public static TallyState? Read(string? body)
    {
        var json = string.IsNullOrEmpty(body) ? null : HiddenMarker.ValueOf(body, MarkerPurpose);
        if (json is not { Length: <= MaxLength } || !json.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, Json.TallyState) is { } state && state.IsPlausible() ? state : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // ArgumentException: a lone surrogate in the text, which JSON cannot carry (found by the fuzz).
            return null;
        }
    }

    /// <summary>
    /// The comment can be edited (by admins, or to repair a vote): a state no tally could have written is not trusted, so a
    /// forged one cannot swell the tally past GitHub's limit or count ballots of people outside the electorate.
    /// </summary>
    private bool IsPlausible() =>
        Opening is { Length: > 0 and <= 100 }
        && Electorate is { Count: <= MaxMembers } && Electorate.All(GitHubHandle.IsLogin)
        && Refresh is null or > 0
        && (OpenedAt is null || IsTime(OpenedAt.Value))
        && (OpenedBy is null || GitHubHandle.IsLogin(OpenedBy))
        && (Since is null || IsTime(Since.Value))
        && (Maintainers is null || (Maintainers.Count <= MaxMembers && Maintainers.All(GitHubHandle.IsLogin)))
        && (Reminded is null || Reminded.All(r => r is VoteTally.ReminderOpenedPurpose or VoteTally.ReminderClosingPurpose))
        && (Final is null || IsPlausible(Final));

    private bool IsPlausible(FinalTally final)
    {
        var members = new HashSet<string>(Electorate, GitHubHandle.Comparer);
        return IsTime(final.OpenedAt) && IsTime(final.ClosedAt) && final.OpenedAt <= final.ClosedAt
            && (final.Deadline is null || IsTime(final.Deadline.Value))
            && final.ReasonLength is null or (>= 0 and <= VoteCommandParser.MaxReasonLength)
            && (final.OpenedBy is null || GitHubHandle.IsLogin(final.OpenedBy))
            && (final.ClosedBy is null || GitHubHandle.IsLogin(final.ClosedBy))
            && final.Note is null or { Length: <= VoteCommandParser.MaxReasonLength + 1 }
            && (final.NoteUrl is null || IsUrl(final.NoteUrl))
            && (final.Outcome is null or VoteOutcome.Approved or VoteOutcome.Declined || final.ClosedBy is not null)
            && final.Ballots is not null && final.Ballots.Count <= members.Count
            && final.Ballots.All(b => b is not null && members.Contains(b.Voter ?? string.Empty) && b.CommentId > 0 && IsUrl(b.CommentUrl) && IsTime(b.CastAt)
                && (b.Reason is null || b.Reason.Length <= VoteCommandParser.MaxReasonLength + 1))
            && final.Recusals is not null && final.Recusals.Count <= members.Count
            && final.Recusals.All(r => r is not null && members.Contains(r.Member ?? string.Empty) && r.Why is { Length: <= 100 }
                && (r.CommentUrl is null || IsUrl(r.CommentUrl)));
    }

    /// <summary>Far from both ends of the calendar, so the texts can show the day before (found by the fuzz: year 1 threw).</summary>
    private static bool IsTime(DateTimeOffset at) => at.Year is >= 2000 and < 9000;

    private static bool IsUrl(string? url) => url is { Length: <= 300 } && WebLink.IsPlainHttps(url);

    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UseStringEnumConverter = true)]
    [JsonSerializable(typeof(TallyState))]
    private sealed partial class JsonContext : JsonSerializerContext;
}
