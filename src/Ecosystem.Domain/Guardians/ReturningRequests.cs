using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// A sent-back application (waiting on the applicant, or declined) comes back when the applicant, a listed maintainer
/// or staff write <c>/ecosystem returning</c>, or staff add the returning label. Anyone else who asks is told, once, who may.
/// </summary>
public sealed partial class ReturningRequests(GuardianRules rules, TrustedPeople people)
{
    public const string Purpose = "returning";
    public const string RefusedPurpose = "returning-refused";
    private const string AnswersPurpose = "answers";
    private const string AskedPurpose = "asked";

    /// <summary>Whether a line <c>/ecosystem returning</c> is shown as the commenter's own text (<see cref="ShownText"/>).</summary>
    public static bool Asks(string? body) =>
        !string.IsNullOrEmpty(body) && body.Contains("/ecosystem", StringComparison.OrdinalIgnoreCase) && ShownText.HasCommandLine(body, CommandPattern());

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
                + $"the application's latest decision ({Time(decided)}); ask again.");
        }

        return Returned(application, comment.Author, comment.CreatedAt, comments, labelEvents);
    }

    /// <summary>Only a request after the decision brings it back: an earlier one was answered, or predates what it would undo.</summary>
    private static bool Follows(DateTimeOffset asked, DateTimeOffset decided) => asked > decided;

    /// <summary>
    /// When the application came back after <paramref name="decided"/>: the first granted request, or the first write of the
    /// guard's reply (staff may add the label instead), not a later one answered while the next review waits. The tally
    /// and the status page date a return this one way.
    /// </summary>
    public static DateTimeOffset? ReturnedAfter(DateTimeOffset decided, IssueSnapshot application, IReadOnlyList<CommentSnapshot> thread,
        IReadOnlyCollection<string> maintainers, TrustedPeople people)
    {
        var reply = OwnComments.Of(thread, people.Automation, Purpose).Kept;
        var requests = thread.Where(c => IsGranted(application, c, maintainers, people)).Select(c => c.CreatedAt);
        var replies = reply is null ? Array.Empty<DateTimeOffset>() : [reply.CreatedAt, reply.UpdatedAt];
        return requests.Concat(replies).Where(at => Follows(at, decided)).Select(at => (DateTimeOffset?)at).Min();
    }

    /// <summary>The last write of the reply to a request, or of the group told of an answer that marked it returning.</summary>
    public static DateTimeOffset? LastReturn(IReadOnlyList<CommentSnapshot> thread, string automation) =>
        Marked(thread, automation, Purpose).Select(c => (DateTimeOffset?)c.CreatedAt).Append(LastGranted(thread, automation)).Max();

    /// <summary>
    /// When the guard last granted a request, moving the board item to the backlog: the last write of its reply, or of the
    /// answer it gave instead (one never reviewed), which names the request.
    /// </summary>
    public static DateTimeOffset? LastGranted(IReadOnlyList<CommentSnapshot> thread, string automation) =>
        Marked(thread, automation, AskedPurpose).Select(c => (DateTimeOffset?)c.UpdatedAt)
            .Append(OwnComments.Of(thread, automation, Purpose).Kept?.UpdatedAt).Max();

    /// <summary>The request an answer posted in its wait names, written again with the answer (<see cref="LastGranted"/>).</summary>
    internal static string? GrantedIn(CommentSnapshot? answer) =>
        answer is not null && HiddenMarker.ValueOf(answer.Body, AskedPurpose) is { Length: > 0 } asked ? HiddenMarker.For(AskedPurpose, asked) : null;

    private static IEnumerable<CommentSnapshot> Marked(IReadOnlyList<CommentSnapshot> thread, string automation, string purpose) =>
        OwnComments.Of(thread, automation, _ => true).All.Where(c => HiddenMarker.ValueOf(c.Body, purpose) is not null);

    /// <summary>The hidden line that dates a return by an answer, from the wait begun at <paramref name="waitedSince"/>.</summary>
    internal static string AnsweredLine(DateTimeOffset waitedSince) => TimeLine(Purpose, waitedSince);

    /// <summary>When the application was last sent back: the latest vote's outcome written, or the waiting or declined label added.</summary>
    private DateTimeOffset? LatestDecision(IReadOnlyList<CommentSnapshot> comments, IReadOnlyList<LabelEvent> labelEvents) =>
        new[]
        {
            TallyInput.PublishedOutcome(comments, people.Automation)?.UpdatedAt,
            LabelEvent.LastAdded(labelEvents, rules.Labels.Waiting, people),
            LabelEvent.LastAdded(labelEvents, rules.Labels.Declined, people),
        }.Max();

    public static bool IsGranted(IssueSnapshot application, CommentSnapshot comment, IReadOnlyCollection<string> maintainers, TrustedPeople people) =>
        Asks(comment.Body) && !people.IsBot(comment) && MayAsk(application, comment, maintainers, people);

    /// <summary>Only a granted request on an application sent back needs the label events (to date the latest decision).</summary>
    public bool ReadsLabelEvents(IssueSnapshot application, CommentSnapshot comment, IReadOnlyCollection<string> maintainers) =>
        IsGranted(application, comment, maintainers, people) && SentBack(application);

    // A waiting label left on an application past review (the tally leaves it on an accepted one) sends nothing back.
    private bool SentBack(IssueSnapshot application) =>
        application.HasLabel(rules.Labels.Declined) || (application.HasLabel(rules.Labels.Waiting) && rules.PastReview(application) is null);

    private static bool MayAsk(IssueSnapshot application, CommentSnapshot comment, IReadOnlyCollection<string> maintainers, TrustedPeople people) =>
        people.IsStaff(comment.Author) || ApplicationThread.IsApplicant(application, maintainers, comment, people);

    /// <summary>
    /// An application coming back, asked for at <paramref name="asked"/> (the request written, or the label added): only a
    /// sent-back one moves. The reply names the request it answers (hidden), so it is written again at each return, even one
    /// with no new vote outcome: its last write dates the last return (<see cref="LastReturn"/>). Marked returning only if
    /// reviewed before or asked by staff: one intake set waiting keeps its place and is answered as a plain answer is.
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

        // An answer that moves the application on (its labels or state change) names the request, so the next intake completes
        // a board move GitHub refused; one that changes neither leaves the item where staff keep it, as a plain answer does.
        var moves = rules.RemoveWaitingOnReply || !application.IsOpen || !application.HasLabel(rules.Labels.New);
        var answer = returning ? null : replies.Replied(application, by, comments, labelEvents, moves ? TimeLine(AskedPurpose, asked) : null).Plan;
        var plan = new IssuePlan(number)
        {
            // Back in the backlog: the scheduler takes open applications labelled new and not yet decided.
            AddLabels = [.. returning ? ApplicationThread.IfMissing(application, rules.Labels.Returning) : [],
                .. ApplicationThread.IfMissing(application, rules.Labels.New)],
            // The labels it is granted on last (the applier removes in this order): a run stopped before them is completed by the next.
            RemoveLabels = answer?.RemoveLabels ?? [.. ApplicationThread.IfPresent(application, rules.Labels.InReview, rules.Labels.Voting),
                .. ApplicationThread.IfPresent(application, rules.Labels.Waiting, rules.Labels.Declined)],
            Comments = answer?.Comments ?? ApplicationThread.Unposted(comments, people, Purpose,
                ("by", ApplicationThread.Inert(by)),
                ("returning_label", MarkdownText.Inline(rules.Labels.Returning)),
                ("returning_first", rules.Order == ReviewOrder.ReturningFirst),
                ("asked", TimeLine(AskedPurpose, asked)),
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
    /// A hidden line naming the vote outcome the return answers, so the reply is written again at each return after another
    /// declined vote. The request's time alone does not tell: a label's is the latest add the timeline shows, the same as
    /// the last return's when it shows no new one.
    /// </summary>
    private string? Answers(IReadOnlyList<CommentSnapshot> comments) =>
        TallyInput.PublishedOutcome(comments, people.Automation)?.UpdatedAt is { } written ? TimeLine(AnswersPurpose, written) : null;

    private static string TimeLine(string purpose, DateTimeOffset at) => HiddenMarker.For(purpose, Time(at));

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>At the start of a line as CommonMark splits them, after what may start a ballot's line.</summary>
    [GeneratedRegex(@"(?<![^\r\n])" + ShownText.CommandLineStart + @"/ecosystem[ \t]+returning(?=[*_]*(?:\s|\z))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
