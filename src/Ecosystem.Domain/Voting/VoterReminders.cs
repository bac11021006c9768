using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// Reminds the members who have not voted yet, at most twice per vote: <see cref="TallyRules.RemindAfterDays"/> after it
/// opened and <see cref="TallyRules.RemindBeforeCloseDays"/> before its deadline. Each reminder is a comment of its
/// own purpose, posted once and never edited (the mentions of a reminder are its point, so it is not rewritten as
/// people vote); whether one was posted is read from the automation's own comments, so nothing is stored.
/// A closing reminder due before the first one was posted replaces it: one ping, not two on the same night.
/// </summary>
internal sealed class VoterReminders(TallyRules rules)
{
    public const string OpenedPurpose = "vote-reminder-opened";
    public const string ClosingPurpose = "vote-reminder-closing";

    public IReadOnlyList<CommentUpsert> Due(TallyInput input, TallyResult result, DateTimeOffset now)
    {
        if (result.Window is not { IsClosed: false } window || result.Foregone is not null || result.YetToVote.Count == 0)
        {
            return [];
        }

        if (input.OwnComment(ClosingPurpose) is not null)
        {
            return [];
        }

        if (rules.RemindBeforeCloseDays > 0 && window.Deadline is { } deadline && now >= deadline.AddDays(-rules.RemindBeforeCloseDays))
        {
            return [new CommentUpsert(ClosingPurpose, Render(ClosingPurpose, result, $"closes at {rules.EndOfDay(deadline)}"))];
        }

        if (input.OwnComment(OpenedPurpose) is null && rules.RemindAfterDays > 0 && now >= window.OpenedAt.AddDays(rules.RemindAfterDays))
        {
            var when = window.Deadline is { } closes ? $"has been open since {rules.Time(window.OpenedAt)} and closes at {rules.EndOfDay(closes)}" : $"has been open since {rules.Time(window.OpenedAt)}";
            return [new CommentUpsert(OpenedPurpose, Render(OpenedPurpose, result, when))];
        }

        return [];
    }

    private static string Render(string purpose, TallyResult result, string when) =>
        HiddenMarker.Stamp(purpose, Template.Load("vote-reminder").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["mentions"] = result.YetToVote.Select(Mention),
            ["when_text"] = when,
            ["pending"] = result.YetToVote.Count,
            ["eligible"] = result.Eligible,
        }));

    /// <summary>
    /// A live mention, on purpose: reminding is the point. Members come from the configuration or a team (or the
    /// state the automation froze), never from what applicants type; a name that is not a login is shown inert.
    /// </summary>
    private static string Mention(string member) =>
        GitHubHandle.Normalise(member) is { } login && login == member ? "@" + login : MarkdownText.Inline("@" + member, 100);
}
