using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// A sent-back application (waiting on the applicant, or declined) comes back when the applicant, a listed maintainer
/// or staff write <c>/ecosystem returning</c>, or staff add the returning label: marked returning if reviewed before, as an
/// answer marks it (<see cref="ApplicantReplies"/>). Anyone else who asks is told, once, who may.
/// </summary>
public sealed partial class ReturningRequests(GuardianRules rules, TrustedPeople people)
{
    public const string Purpose = "returning";
    public const string RefusedPurpose = "returning-refused";
    private const string AnswersPurpose = "answers";
    private const string AskedPurpose = "asked";

    /// <summary>
    /// Whether <paramref name="body"/> has a line <c>/ecosystem returning</c> (any case, after what may start a ballot's line,
    /// <see cref="ShownText.CommandLineStart"/>)
    /// shown as the commenter's own text: not quoted, nor in code, HTML or an HTML comment.
    /// </summary>
    public static bool Asks(string? body) =>
        !string.IsNullOrEmpty(body) && body.Contains("/ecosystem", StringComparison.OrdinalIgnoreCase) && ShownText.HasCommandLine(body, CommandPattern());

    /// <summary>The decision for a comment <paramref name="comment"/> that <see cref="Asks"/>.</summary>
    public GuardianAction Review(IssueSnapshot application, CommentSnapshot comment, IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<LabelEvent> labelEvents, IReadOnlyCollection<string> maintainers)
    {
        var number = application.Number;
        if (people.IsBot(comment))
        {
            return GuardianAction.Nothing(number, $"#{number}: `/ecosystem returning` by the bot @{comment.Author} is not acted on.");
        }

        if (!MayAsk(application, comment, maintainers, people))
        {
            var refusal = ApplicationThread.Unposted(comments, people, RefusedPurpose,
                [.. rules.Foundation.Values, ("returning_label", MarkdownText.Inline(rules.Labels.Returning))]);
            var plan = new IssuePlan(number) { Comments = refusal };
            return new GuardianAction(plan, $"#{number}: `/ecosystem returning` by @{comment.Author} refused: only the applicant, a listed maintainer or staff may ask.");
        }

        if (SentBack(application) && LatestDecision(comments, labelEvents) is { } decided && !Follows(comment.CreatedAt, decided))
        {
            // An old request's event read again (its workflow run re-run, or delivered late) would bring it back unasked.
            return GuardianAction.Nothing(number, $"#{number}: `/ecosystem returning` by @{comment.Author} is not acted on: the request predates "
                + $"the application's latest decision ({decided.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}); ask again.");
        }

        return Returned(application, comment.Author, comment.CreatedAt, comments, labelEvents);
    }

    /// <summary>
    /// Whether a request for a return written at <paramref name="asked"/> asks after the decision written at
    /// <paramref name="decided"/>: only such a request brings an application back, as the guard reads it and as a return is
    /// dated (<see cref="ReturnedAfter"/>); an earlier one was answered, or asked before the decision it would undo.
    /// </summary>
    private static bool Follows(DateTimeOffset asked, DateTimeOffset decided) => asked > decided;

    /// <summary>
    /// When the application came back after the decision written at <paramref name="decided"/>, or null: the first request
    /// the guard acts on after it (<see cref="IsGranted"/>), or the first write of the guard's reply after it (staff may add the
    /// returning label instead; the reply names the request it answers, so it is written again at each return). Each return
    /// has a request or a reply write of its own; the first one counts, not a later label of staff's or a request answered
    /// while the next review waits on the applicant. The tally (a vote after a return) and the status page (an application's
    /// rounds) date a return this one way.
    /// </summary>
    public static DateTimeOffset? ReturnedAfter(DateTimeOffset decided, IssueSnapshot application, IReadOnlyList<CommentSnapshot> thread,
        IReadOnlyCollection<string> maintainers, TrustedPeople people)
    {
        var reply = OwnComments.Of(thread, people.Automation, Purpose).Kept;
        var requests = thread.Where(c => IsGranted(application, c, maintainers, people)).Select(c => c.CreatedAt);
        var replies = reply is null ? Array.Empty<DateTimeOffset>() : [reply.CreatedAt, reply.UpdatedAt];
        return requests.Concat(replies).Where(at => Follows(at, decided)).Select(at => (DateTimeOffset?)at).Min();
    }

    /// <summary>
    /// When the application last came back, as the guard wrote it, or null: the last write of its reply to a request (written
    /// again at each return, <see cref="Returned"/>), or the Working Group told of an answer that marked it returning (one
    /// comment a wait, <see cref="ApplicantReplies"/>, with <see cref="AnsweredLine"/>).
    /// </summary>
    public static DateTimeOffset? LastReturn(IReadOnlyList<CommentSnapshot> thread, string automation) =>
        OwnComments.Of(thread, automation, _ => true).All.Where(c => HiddenMarker.ValueOf(c.Body, Purpose) is not null)
            .Select(c => (DateTimeOffset?)c.CreatedAt).Append(OwnComments.Of(thread, automation, Purpose).Kept?.UpdatedAt).Max();

    /// <summary>When the guard last granted a request, moving the board item to the backlog (its reply's last write); null before.</summary>
    public static DateTimeOffset? LastGranted(IReadOnlyList<CommentSnapshot> thread, string automation) =>
        OwnComments.Of(thread, automation, Purpose).Kept?.UpdatedAt;

    /// <summary>
    /// The hidden line of the comment telling the Working Group of an answer that marked the application returning: a return,
    /// from the wait begun at <paramref name="waitedSince"/> (<see cref="LastReturn"/>).
    /// </summary>
    internal static string AnsweredLine(DateTimeOffset waitedSince) =>
        HiddenMarker.For(Purpose, waitedSince.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>
    /// When the application was last sent back: the last write of the latest vote's outcome (<see cref="TallyInput.PublishedOutcome()"/>)
    /// or the latest add of the waiting or declined label (<see cref="LabelEvent.LastAdded"/>), whichever is later; null before any.
    /// </summary>
    private DateTimeOffset? LatestDecision(IReadOnlyList<CommentSnapshot> comments, IReadOnlyList<LabelEvent> labelEvents) =>
        new[]
        {
            TallyInput.PublishedOutcome(comments, people.Automation)?.UpdatedAt,
            LabelEvent.LastAdded(labelEvents, rules.Labels.Waiting, people),
            LabelEvent.LastAdded(labelEvents, rules.Labels.Declined, people),
        }.Max();

    /// <summary>
    /// Whether <paramref name="comment"/> <see cref="Asks"/> and is by someone who may ask (the applicant, a listed maintainer
    /// or staff, not a bot): a request <see cref="Review"/> acts on when the application is sent back.
    /// </summary>
    public static bool IsGranted(IssueSnapshot application, CommentSnapshot comment, IReadOnlyCollection<string> maintainers, TrustedPeople people) =>
        Asks(comment.Body) && !people.IsBot(comment) && MayAsk(application, comment, maintainers, people);

    /// <summary>
    /// Whether <see cref="Review"/> of <paramref name="comment"/> reads the label events (to date the latest decision): only for
    /// a request it grants on an application sent back, so the gateway reads them for no other.
    /// </summary>
    public bool ReadsLabelEvents(IssueSnapshot application, CommentSnapshot comment, IReadOnlyCollection<string> maintainers) =>
        IsGranted(application, comment, maintainers, people) && SentBack(application);

    // A waiting label left on an application past review (the tally leaves it on an accepted one) sends nothing back.
    private bool SentBack(IssueSnapshot application) =>
        application.HasLabel(rules.Labels.Declined) || (application.HasLabel(rules.Labels.Waiting) && rules.PastReview(application) is null);

    private static bool MayAsk(IssueSnapshot application, CommentSnapshot comment, IReadOnlyCollection<string> maintainers, TrustedPeople people) =>
        people.IsStaff(comment.Author) || ApplicationThread.IsApplicant(application, maintainers, comment, people);

    /// <summary>
    /// An application coming back, asked for by <paramref name="by"/> at <paramref name="asked"/> (the request's comment written,
    /// or the returning label added): only a sent-back one moves; intake runs again in any case. The reply names the request it
    /// answers (hidden), so it is written again at each return, even one asked by the same person as the last with no new vote
    /// outcome (back from a second wait, say): the last write of the reply dates the last return, which is how the scheduler,
    /// the tally and the status page tell the session it came back from from its next one (<see cref="LastReturn"/>).
    /// Marked returning only if reviewed before (declined, or scheduled once, <see cref="ApplicantReplies.WasScheduled"/>) or asked
    /// by staff, who decide as when they add the label: one intake set waiting keeps its place by issue number and is answered
    /// as a plain answer is (<see cref="ApplicantReplies.Replied"/>: the Working Group is told).
    /// </summary>
    public GuardianAction Returned(IssueSnapshot application, string by, DateTimeOffset asked, IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<LabelEvent> labelEvents)
    {
        var number = application.Number;
        if (!SentBack(application))
        {
            return GuardianAction.Nothing(number, $"#{number}: `/ecosystem returning` by @{by}: the application is not sent back ("
                + (rules.PastReview(application) is { } past ? $"labelled '{past}', past review"
                    : $"neither '{rules.Labels.Waiting}' nor '{rules.Labels.Declined}'") + "); nothing to do.");
        }

        var replies = new ApplicantReplies(rules, people);
        var returning = application.HasLabel(rules.Labels.Declined) || people.IsStaff(by) || replies.WasScheduled(application, labelEvents);
        // Never reviewed, so waiting since intake: the applicant's request is their answer, and does what a plain one does.
        if (!returning && replies.WaitsOnItsDate(application, by, asked, comments) is { } early)
        {
            return early;
        }

        var answer = returning ? null : replies.Replied(application, by, comments, labelEvents).Plan;
        var plan = new IssuePlan(number)
        {
            // Back in the backlog: the scheduler takes open applications labelled new and not yet decided.
            AddLabels = [.. returning ? ApplicationThread.IfMissing(application, rules.Labels.Returning) : [],
                .. ApplicationThread.IfMissing(application, rules.Labels.New)],
            // The labels it is granted on last (the applier removes in this order): a run stopped before them is completed by the next.
            RemoveLabels = answer?.RemoveLabels ?? [.. ApplicationThread.IfPresent(application, rules.Labels.InReview, rules.Labels.Voting),
                .. ApplicationThread.IfPresent(application, rules.Labels.Waiting, rules.Labels.Declined)],
            Comments = answer?.Comments ?? ApplicationThread.Unposted(comments, people, Purpose,
                ("by", MarkdownText.Inline("@" + by, 100)),
                ("returning_label", MarkdownText.Inline(rules.Labels.Returning)),
                ("returning_first", rules.Order == ReviewOrder.ReturningFirst),
                ("asked", HiddenMarker.For(AskedPurpose, asked.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))),
                ("answers", Answers(comments))),
            State = application.IsOpen ? null : new IssueStateChange(Open: true),
            // Out of the done column a decided vote put it in (as the labels, back in the backlog).
            Board = rules.Columns is { } columns ? new BoardPlacement(columns.Backlog) : null,
        };
        var marked = returning ? $"marked '{rules.Labels.Returning}'" : "not reviewed yet, so it keeps its place and the Working Group is told";
        return new GuardianAction(plan, $"#{number}: returning, asked by @{by}: {marked}, back in the backlog, intake runs again.")
        {
            RerunIntake = true,
        };
    }

    /// <summary>
    /// A hidden line naming the published vote outcome the return answers (the last write of the latest vote's outcome
    /// comment, <see cref="VoteTally.IsOutcome"/>), or null before any: the reply is written again at each return after
    /// another declined vote, so the tally dates the return by that write. The request's time alone does not tell: a label's
    /// is the sender's latest add the timeline shows (<see cref="LabelEvent.Triggering"/>), the same add as the last
    /// return's when the timeline shows no new one (not listed yet, or the label left on through the decline).
    /// </summary>
    private string? Answers(IReadOnlyList<CommentSnapshot> comments) =>
        TallyInput.PublishedOutcome(comments, people.Automation)?.UpdatedAt is { } written
            ? HiddenMarker.For(AnswersPurpose, written.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))
            : null;

    /// <summary>
    /// The command at the start of a line as CommonMark splits them (<c>\n</c>, <c>\r\n</c>, <c>\r</c>), after a list item's
    /// marker and in emphasis as a ballot may be (<see cref="VoteCommandParser"/>).
    /// </summary>
    [GeneratedRegex(@"(?<![^\r\n])" + ShownText.CommandLineStart + @"/ecosystem[ \t]+returning(?=[*_]*(?:\s|\z))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
