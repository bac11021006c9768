using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Domain.Tests.Voting;

/// <summary>One application issue under vote: comments at minutes after <see cref="Start"/>, then a tally.</summary>
internal sealed class VoteScenario
{
    public const string Automation = "ecosystem-bot[bot]";
    public const string StaffLogin = "sam";

    /// <summary>2026-12-08 09:00 in Los Angeles, the session used by most tests.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 8, 17, 0, 0, TimeSpan.Zero);

    private long _nextId = 9_000;

    public VoteScenario(int members = 5)
    {
        Members = [.. Enumerable.Range(1, members).Select(i => $"m{i:00}")];
        Time = new FakeTimeProvider(Start.AddDays(1));
    }

    public List<CommentSnapshot> Comments { get; } = [];
    public HashSet<string> Members { get; set; }
    public HashSet<string> Staff { get; } = [StaffLogin];
    public HashSet<string> Maintainers { get; } = [];
    public string Author { get; set; } = "applicant";
    public List<string> Labels { get; } = ["In review"];
    public bool IssueOpen { get; set; } = true;
    public TallyRules Rules { get; set; } = new();

    /// <summary>When the issue was closed and reopened, as the nightly run reads them with its comments (none: never closed).</summary>
    public List<StateEvent> StateEvents { get; } = [];

    /// <summary>The review session the automation's review-session comment names (none when null).</summary>
    public DateOnly? SessionDate { get; set; }
    public FakeTimeProvider Time { get; }

    public static CommentSnapshot CommentBy(long id, string author, string body, DateTimeOffset created, DateTimeOffset? updated = null, bool bot = false) =>
        new(id, author, bot, body, created, updated ?? created, $"https://github.com/pytorch-fdn/ecosystem/issues/42#issuecomment-{id}");

    /// <summary>Adds a comment written <paramref name="minutes"/> after <see cref="Start"/> (edited at <paramref name="editedAt"/> minutes).</summary>
    public CommentSnapshot Say(string author, string body, double minutes, double? editedAt = null, bool bot = false)
    {
        var comment = CommentBy(_nextId++, author, body, Start.AddMinutes(minutes), editedAt is { } e ? Start.AddMinutes(e) : null, bot);
        Comments.Add(comment);
        return comment;
    }

    public CommentSnapshot Open(double minutes = 0) => Say(StaffLogin, "/vote open", minutes);

    public CommentSnapshot Close(double minutes) => Say(StaffLogin, "/vote close", minutes);

    /// <summary>Edits a comment in place: new body, updated at <paramref name="minutes"/>.</summary>
    public void Edit(CommentSnapshot comment, string body, double minutes)
    {
        var index = Comments.FindIndex(c => c.Id == comment.Id);
        Comments[index] = comment with { Body = body, UpdatedAt = Start.AddMinutes(minutes) };
    }

    /// <summary>Edits a comment as GitHub records it: new body, and the history gains the first text (if new) and this one.</summary>
    public CommentSnapshot Revise(CommentSnapshot comment, string body, double minutes)
    {
        var index = Comments.FindIndex(c => c.Id == comment.Id);
        var held = Comments[index];
        var at = Start.AddMinutes(minutes);
        IReadOnlyList<CommentEdit> history = held.Edits.Count == 0 ? [new CommentEdit(held.CreatedAt, held.Body)] : held.Edits;
        Comments[index] = held with { Body = body, UpdatedAt = at, Edits = [new CommentEdit(at, body), .. history] };
        return Comments[index];
    }

    public void Delete(CommentSnapshot comment) => Comments.RemoveAll(c => c.Id == comment.Id);

    public IssueSnapshot Issue => new(42, "[Ecosystem] TorchThing", "body", Author, IssueOpen, Labels, Start.AddDays(-30), null,
        "https://github.com/pytorch-fdn/ecosystem/issues/42");

    /// <summary>The automation's review-session comment for <paramref name="date"/>, as the schedule job posts it.</summary>
    public static CommentSnapshot SessionNotice(DateOnly date) =>
        CommentBy(2, Automation, HiddenMarker.For(ReviewSessionNotice.Purpose) + "\n" + SessionText.Marker(date), Start.AddDays(-7), bot: true);

    /// <summary>The automation's tally comment holding <paramref name="body"/> (as posted, or edited by an admin).</summary>
    public static CommentSnapshot TallyComment(string body) => CommentBy(1, Automation, body, Start, bot: true);

    public TallyInput Input(IEnumerable<CommentSnapshot>? comments = null) =>
        new(Issue, [.. SessionDate is { } date ? [SessionNotice(date)] : Array.Empty<CommentSnapshot>(), .. comments ?? Comments],
            new TrustedPeople(Staff, Members, Automation, []), Maintainers)
        {
            StateEvents = StateEvents,
        };

    /// <summary>Tallies with <paramref name="previousTally"/> as the automation's tally comment.</summary>
    public TallyResult TallyAfter(string previousTally) => Tally([TallyComment(previousTally), .. Comments]);

    public TallyResult Tally(IEnumerable<CommentSnapshot>? comments = null) => new VoteTally(Rules, Time).Run(Input(comments));

    /// <summary>Tallies and posts (or edits) the automation's tally comment, as the host would.</summary>
    public TallyResult TallyAndPublish()
    {
        var result = Tally();
        if (result.TallyComment is { } body)
        {
            var index = Comments.FindIndex(c => c.Author == Automation && c.Body.StartsWith("<!-- ecosystem-bot:vote-tally -->", StringComparison.Ordinal));
            if (index >= 0)
            {
                Comments[index] = Comments[index] with { Body = body };
            }
            else
            {
                Comments.Add(TallyComment(body));
            }
        }

        return result;
    }

    /// <summary>Tallies and writes the plan now, as the applier would (<see cref="Apply"/>).</summary>
    public TallyResult TallyAndApply()
    {
        var result = Tally();
        Apply(result.Plan);
        return result;
    }

    /// <summary>
    /// Writes <paramref name="plan"/> now, as the applier would: each comment edited in place (the automation's first of its
    /// purpose, and only when its text changes) or posted, then the labels.
    /// </summary>
    public void Apply(IssuePlan plan)
    {
        var now = Time.GetUtcNow();
        foreach (var upsert in plan.Comments)
        {
            var index = Comments.FindIndex(c => c.Author == Automation && HiddenMarker.PurposeOf(c.Body) == upsert.Purpose);
            if (index < 0)
            {
                Comments.Add(CommentBy(_nextId++, Automation, upsert.MarkedBody, now, bot: true));
            }
            else if (Comments[index].Body != upsert.MarkedBody)
            {
                Comments[index] = Comments[index] with { Body = upsert.MarkedBody, UpdatedAt = now };
            }
        }

        Labels.RemoveAll(l => plan.RemoveLabels.Contains(l));
        Labels.AddRange(plan.AddLabels);
    }

    /// <summary>
    /// <paramref name="by"/> writes <c>/ecosystem returning</c> <paramref name="minutes"/> after <see cref="Start"/> (or, staff
    /// <paramref name="byLabel"/>, adds the returning label: no comment), the guard answers as it would, and the scheduler
    /// puts the application in review again.
    /// </summary>
    public CommentSnapshot? Return(string by, double minutes, bool byLabel = false)
    {
        Time.SetUtcNow(Start.AddMinutes(minutes));
        var request = byLabel ? null : Say(by, "The asks are done.\n/ecosystem returning", minutes);
        var requests = new ReturningRequests(new GuardianRules(), new TrustedPeople(Staff, Members, Automation, []));
        var action = request is null
            ? requests.Returned(Issue, by, Time.GetUtcNow(), Comments, [])
            : requests.Review(Issue, request, Comments, [], Maintainers);
        Apply(action.Plan);
        Labels.Remove("New");
        if (!Labels.Contains("In review"))
        {
            Labels.Add("In review");
        }

        return request;
    }
}
