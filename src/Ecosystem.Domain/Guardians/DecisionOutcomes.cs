using System.Globalization;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// The effects of the outcomes other than accept or decline, whichever way they are decided (the outcome label, or staff
/// closing the vote with it). Every text depends only on the decision and the thread up to it, so a re-run plans nothing new.
/// </summary>
public sealed class DecisionOutcomes(GuardianRules rules, TrustedPeople people)
{
    public const string TooEarlyPurpose = "outcome-too-early";
    public const string CommunityHighlightPurpose = "outcome-community-highlight";

    /// <summary>GitHub keeps at most this many assignees on an issue.</summary>
    private const int MaxAssignees = 10;

    /// <summary>Comments gathered as expectations: the latest ones, each cut, so the comment stays far below GitHub's limit.</summary>
    private const int MaxExpectations = 10;

    private const int ExpectationLength = 2_000;

    /// <summary>
    /// Too early: one comment with what the group expects (the decision's note, else the staff and Working Group comments
    /// since the application was last scheduled or opened), which the project may apply again once it meets (no waiting
    /// date: the three-month wait is for a declined project); closed as not planned.
    /// </summary>
    public GuardianAction TooEarly(IssueSnapshot application, OutcomeDecision decision, IReadOnlyList<CommentSnapshot> comments, IReadOnlyList<LabelEvent> labelEvents)
    {
        var since = LabelEvent.LastAdded(labelEvents, rules.Labels.InReview, people) is { } scheduled && scheduled <= decision.At
            ? scheduled
            : application.CreatedAt;
        var plan = new IssuePlan(application.Number)
        {
            AddLabels = ApplicationThread.IfMissing(application, rules.Labels.TooEarly),
            RemoveLabels = Undecided(application),
            Comments = ApplicationThread.Unposted(comments, people, TooEarlyPurpose,
                [.. rules.Foundation.Values,
                ("too_early_label", MarkdownText.Inline(rules.Labels.TooEarly)),
                ("author", ApplicationThread.Applicant(application)),
                ("decided", Decided(decision)),
                ("expectations", Expectations(decision, comments, since)),
                ("number", application.Number.ToString(CultureInfo.InvariantCulture))]),
            State = application.IsOpen ? new IssueStateChange(Open: false, StateReason: "not_planned") : null,
        };
        // Decided: the board item goes to done, also when the rest was carried out by an earlier run.
        return new GuardianAction(plan with { Board = rules.Decided(decision.At) }, plan.IsEmpty
            ? $"#{application.Number}: '{rules.Labels.TooEarly}' already carried out."
            : $"#{application.Number}: '{rules.Labels.TooEarly}' by @{decision.By}: closed as not planned; may apply again once the "
                + "expectations are met.");
    }

    /// <summary>
    /// Nightly: staff's or the Working Group's too early whose run stopped after its comment, before the close (the applier
    /// closes last), carried out to the end; null for any other issue. A stopped run is told from a reopen on purpose by the
    /// timeline and the labels: the latest add of too early is a person's, or the automation's carrying out staff's
    /// <c>/vote close too-early</c> (the tally's state records it), the automation's too-early comment was written after the
    /// decision, the issue was not closed since (a close made and undone is a reopen), and nobody trusted with labels but the
    /// automation changed one since (staff who put the application back in the process).
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

    /// <summary>
    /// Community highlight: one comment naming <paramref name="marketingTeam"/> (<c>org/slug</c>, or empty) and
    /// <paramref name="marketing"/>, who are assigned; the board item goes to done.
    /// </summary>
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
            AddLabels = ApplicationThread.IfMissing(application, rules.Labels.CommunityHighlight),
            RemoveLabels = Undecided(application),
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
        // The decision is made: the board item goes to done, also when the rest was carried out by an earlier run.
        return new GuardianAction(plan with { Board = rules.Decided(decision.At) }, plan.IsEmpty
            ? $"#{application.Number}: '{rules.Labels.CommunityHighlight}' already carried out."
            : $"#{application.Number}: '{rules.Labels.CommunityHighlight}' by @{decision.By}: {assigned}; board to done.");
    }

    /// <summary>Only staff mark a highlight published or an application returning: by anyone else the label waits for them; null when carried out.</summary>
    public GuardianAction? WaitsForStaff(int issueNumber, string label, string actor) =>
        (LabelNames.Same(label, rules.Labels.CommunityHighlightDone) || LabelNames.Same(label, rules.Labels.Returning)) && !people.IsStaff(actor)
            ? GuardianAction.Nothing(issueNumber, $"#{issueNumber}: kept @{actor} adding label '{label}'; it takes effect when staff add it.")
            : null;

    /// <summary>
    /// Nothing, when <paramref name="label"/>, added to carry out an outcome, is no longer on <paramref name="application"/>: staff
    /// took it off again before the run for its add (a mistake corrected), and carrying it out would put it back; null while it is on.
    /// </summary>
    public static GuardianAction? TakenOff(IssueSnapshot application, string label) =>
        application.HasLabel(label) ? null
            : GuardianAction.Nothing(application.Number,
                $"#{application.Number}: label '{label}' was taken off again since it was added; nothing carried out.");

    /// <summary>The highlight is published: the application closes as completed.</summary>
    public GuardianAction CommunityHighlightDone(IssueSnapshot application, string by)
    {
        if (!application.IsOpen)
        {
            return GuardianAction.Nothing(application.Number, $"#{application.Number}: '{rules.Labels.CommunityHighlightDone}': already closed.");
        }

        var plan = new IssuePlan(application.Number) { State = new IssueStateChange(Open: false, StateReason: "completed") };
        return new GuardianAction(plan, $"#{application.Number}: '{rules.Labels.CommunityHighlightDone}' by @{by}: the highlight is published; closed.");
    }

    /// <summary>The labels of an application still under way, which a decision ends.</summary>
    private IReadOnlyList<string> Undecided(IssueSnapshot application) =>
        ApplicationThread.IfPresent(application, rules.Labels.InReview, rules.Labels.Voting, rules.Labels.Waiting, rules.Labels.Returning);

    private string Expectations(OutcomeDecision decision, IReadOnlyList<CommentSnapshot> comments, DateTimeOffset since)
    {
        if (decision.Note is { Length: > 0 } note)
        {
            return $"{Login(decision.By)}{LinkAfter(decision.NoteUrl)}:\n\n{MarkdownText.Quote(note, ExpectationLength)}";
        }

        var written = comments
            .Where(c => !people.IsBot(c) && people.IsStaffOrWorkingGroup(c.Author)
                && c.CreatedAt >= since && c.CreatedAt <= decision.At && !IsOnlyCommands(c.Body))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .TakeLast(MaxExpectations)
            .Select(c => $"{Login(c.Author)}{LinkAfter(c.HtmlUrl)}:\n\n{MarkdownText.Quote(c.Body, ExpectationLength)}")
            .ToList();
        return written.Count > 0
            ? string.Join("\n\n", written)
            : "_No expectations were written in this thread; staff will add them in a comment here._";
    }

    /// <summary>A comment of nothing but commands (<c>/vote open</c>, <c>/ecosystem returning</c>) states no expectation.</summary>
    private static bool IsOnlyCommands(string body) =>
        MarkdownText.Lines(body).Select(l => l.Trim()).Where(l => l.Length > 0).All(l => l.StartsWith('/'));

    private static string Decided(OutcomeDecision decision) => $"decided on {SessionText.Date(decision.At)} by {Login(decision.By)}";

    /// <summary>A login shown without notifying its owner (the decision's author need not be pinged).</summary>
    private static string Login(string login) => MarkdownText.Inline("@" + login, 100);

    private static string LinkAfter(string? url) => WebLink.IsPlainHttps(url) ? $" ([comment]({url}))" : string.Empty;
}
