using System.Globalization;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Guardians;

/// <summary>Too early and community highlight, however decided; each text depends only on the decision, so reruns plan nothing new.</summary>
public sealed class DecisionOutcomes(GuardianRules rules, TrustedPeople people)
{
    public const string TooEarlyPurpose = "outcome-too-early";
    public const string CommunityHighlightPurpose = "outcome-community-highlight";

    // GitHub's limit per issue.
    private const int MaxAssignees = 10;

    /// <summary>The latest comments gathered as expectations, each cut, so the comment stays far below GitHub's limit.</summary>
    private const int MaxExpectations = 10;

    private const int ExpectationLength = 2_000;

    /// <summary>Too early: closed as not planned, with what the group expects (no waiting date: that is a decline's).</summary>
    public GuardianAction TooEarly(IssueSnapshot application, OutcomeDecision decision, IReadOnlyList<CommentSnapshot> comments, IReadOnlyList<LabelEvent> labelEvents)
    {
        var since = LabelEvent.LastAdded(labelEvents, rules.Labels.InReview, people) is { } scheduled && scheduled <= decision.At
            ? scheduled
            : application.CreatedAt;
        var plan = new IssuePlan(application.Number)
        {
            Comments = ApplicationThread.Unposted(comments, people, TooEarlyPurpose,
                [.. rules.Foundation.Values,
                ("too_early_label", MarkdownText.Inline(rules.Labels.TooEarly)),
                ("author", ApplicationThread.Applicant(application)),
                ("decided", Decided(decision)),
                ("expectations", Expectations(decision, comments, since)),
                ("number", application.Number.ToString(CultureInfo.InvariantCulture))]),
            State = application.IsOpen ? new IssueStateChange(Open: false, StateReason: "not_planned") : null,
        };
        return CarriedOut(application, rules.Labels.TooEarly, decision, plan,
            "closed as not planned; may apply again once the expectations are met.");
    }

    /// <summary>
    /// Nightly: a too early whose run stopped after its comment, before the close (the applier closes last), carried out
    /// to the end; null for any other issue. A stopped run is told from a reopen on purpose: the too-early add is a
    /// person's or staff's <c>/vote close too-early</c>, its comment was written after the decision, the issue was not
    /// closed since, and nobody trusted with labels but the automation changed one since.
    /// </summary>
    public GuardianAction? Unfinished(IssueHistory history)
    {
        var (application, comments, labelEvents) = history;
        var comment = OwnComments.Of(comments, people.Automation, TooEarlyPurpose).Kept;
        var written = comment?.UpdatedAt;
        var decision = LabelEvent.LastAddition(labelEvents, rules.Labels.TooEarly, people) is not { } added ? null
            : people.IsStaffOrWorkingGroup(added.Actor) ? new OutcomeDecision(added.At, added.Actor)
            : people.IsAutomation(added.Actor) && TallyInput.StaffDecision(comments, people.Automation) is (VoteOutcome.TooEarly, var closed) ? closed
            : null;
        return application.IsOpen && application.HasLabel(rules.Labels.TooEarly) && comment is not null && !history.ClosedSince(comment.CreatedAt)
            && decision is not null && written >= decision.At
            && !labelEvents.Any(e => e.At > written && people.MayChangeLabels(e.Actor) && !people.IsAutomation(e.Actor))
            ? TooEarly(application, decision, comments, labelEvents)
            : null;
    }

    /// <summary>Community highlight: one comment naming the marketing team and people, who are assigned.</summary>
    public GuardianAction CommunityHighlight(
        IssueSnapshot application,
        OutcomeDecision decision,
        IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<string> marketing,
        string marketingTeam)
    {
        var logins = GitHubHandle.Logins(marketing);
        string[] mentions = [.. GitHubHandle.IsTeam(marketingTeam) ? ["@" + GitHubHandle.BareTeam(marketingTeam)] : Array.Empty<string>(),
            .. logins.Select(l => "@" + l)];
        var note = decision.Note is { Length: > 0 } text
            ? "\n\n" + MarkdownText.Quote(text, ExpectationLength) + LinkAfter(decision.NoteUrl)
            : string.Empty;
        var room = Math.Max(0, MaxAssignees - application.Assignees.Count);
        var plan = new IssuePlan(application.Number)
        {
            Comments = ApplicationThread.Unposted(comments, people, CommunityHighlightPurpose,
                [.. rules.Foundation.Values,
                ("author", ApplicationThread.Applicant(application)),
                ("decided", Decided(decision)),
                ("note", note),
                ("marketing", mentions),
                ("done_label", MarkdownText.Inline(rules.Labels.CommunityHighlightDone))]),
            AddAssignees = [.. logins.Where(l => !application.Assignees.Contains(l, GitHubHandle.Comparer)).Take(room)],
        };
        var assigned = logins.Count > 0 ? "assigned to " + string.Join(", ", logins.Select(l => "@" + l)) : "nobody to assign (people.marketing is empty)";
        return CarriedOut(application, rules.Labels.CommunityHighlight, decision, plan, $"{assigned}; board to done.");
    }

    /// <summary>Only staff mark a highlight published or an application returning: by anyone else the label waits for them.</summary>
    public GuardianAction? WaitsForStaff(int issueNumber, string label, string actor) =>
        (LabelNames.Same(label, rules.Labels.CommunityHighlightDone) || LabelNames.Same(label, rules.Labels.Returning)) && !people.IsStaff(actor)
            ? GuardianAction.Nothing(issueNumber, $"#{issueNumber}: kept @{actor} adding label '{label}'; it takes effect when staff add it.")
            : null;

    /// <summary>Nothing, when staff took the outcome label off again (a mistake corrected): carrying it out would put it back.</summary>
    public static GuardianAction? TakenOff(IssueSnapshot application, string label) =>
        application.HasLabel(label) ? null
            : GuardianAction.Nothing(application.Number,
                $"#{application.Number}: label '{label}' was taken off again since it was added; nothing carried out.");

    public GuardianAction CommunityHighlightDone(IssueSnapshot application, string by)
    {
        if (!application.IsOpen)
        {
            return GuardianAction.Nothing(application.Number, $"#{application.Number}: '{rules.Labels.CommunityHighlightDone}': already closed.");
        }

        var plan = new IssuePlan(application.Number) { State = new IssueStateChange(Open: false, StateReason: "completed") };
        return new GuardianAction(plan, $"#{application.Number}: '{rules.Labels.CommunityHighlightDone}' by @{by}: the highlight is published; closed.");
    }

    /// <summary>With the outcome's label for those of an application under way; to done on the board, even if all else was done.</summary>
    private GuardianAction CarriedOut(IssueSnapshot application, string label, OutcomeDecision decision, IssuePlan plan, string effect)
    {
        plan = plan with
        {
            AddLabels = ApplicationThread.IfMissing(application, label),
            RemoveLabels = ApplicationThread.IfPresent(
                application, rules.Labels.InReview, rules.Labels.Voting, rules.Labels.Waiting, rules.Labels.Returning),
        };
        return new GuardianAction(plan with { Board = rules.Decided(decision.At) }, plan.IsEmpty
            ? $"#{application.Number}: '{label}' already carried out."
            : $"#{application.Number}: '{label}' by @{decision.By}: {effect}");
    }

    private string Expectations(OutcomeDecision decision, IReadOnlyList<CommentSnapshot> comments, DateTimeOffset since)
    {
        if (decision.Note is { Length: > 0 } note)
        {
            return $"{ApplicationThread.Inert(decision.By)}{LinkAfter(decision.NoteUrl)}:\n\n{MarkdownText.Quote(note, ExpectationLength)}";
        }

        var written = comments
            .Where(c => !people.IsBot(c) && people.IsStaffOrWorkingGroup(c.Author)
                && c.CreatedAt >= since && c.CreatedAt <= decision.At && !IsOnlyCommands(c.Body))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .TakeLast(MaxExpectations)
            .Select(c => $"{ApplicationThread.Inert(c.Author)}{LinkAfter(c.HtmlUrl)}:\n\n{MarkdownText.Quote(c.Body, ExpectationLength)}")
            .ToList();
        return written.Count > 0
            ? string.Join("\n\n", written)
            : "_No expectations were written in this thread; staff will add them in a comment here._";
    }

    /// <summary>A comment of nothing but commands (<c>/vote open</c>, <c>/ecosystem returning</c>) states no expectation.</summary>
    private static bool IsOnlyCommands(string body) =>
        MarkdownText.Lines(body).Select(l => l.Trim()).Where(l => l.Length > 0).All(l => l.StartsWith('/'));

    private static string Decided(OutcomeDecision decision) =>
        $"decided on {SessionText.Date(decision.At)} by {ApplicationThread.Inert(decision.By)}";

    private static string LinkAfter(string? url) => WebLink.IsPlainHttps(url) ? $" ([comment]({url}))" : string.Empty;
}
