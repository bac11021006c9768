using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The agenda issue of a session: a deterministic title and a body listing the batch in review order with each
/// application's lead reviewers. A hidden line records the reviewers too, so later runs read who led how many reviews
/// from the agendas themselves (<see cref="ReviewerHistory"/>), with nothing stored elsewhere.
/// </summary>
public static partial class ReviewAgenda
{
    public const string Purpose = "review-agenda";

    public const string CancelledPurpose = "review-session-cancelled";

    private const string ReviewersPurpose = "reviewers";

    /// <summary>
    /// The hidden line recording the lead reviewers of the applications that left the batch before the session (withdrawn, say):
    /// still those the rule gave them (<see cref="RecordedReviewers"/>), though they led no review there (<see cref="ReviewerHistory"/>).
    /// </summary>
    private const string LeftBatchPurpose = "reviewers-left-batch";

    /// <summary>The hidden line recording the batch size staff chose for the session (the input batch-size): later runs keep to it.</summary>
    private const string BatchSizePurpose = "batch-size";

    /// <summary>The hidden line of the cancellation comment once it says the session is back on, recording that date.</summary>
    private const string BackOnPurpose = "session-back-on";

    /// <summary>An agenda issue the automation (its login as the gateway spells it) opened; a user's issue with the same title is not one.</summary>
    public static bool IsAgenda(IssueSnapshot issue, string automation) =>
        TrustedPeople.IsAutomation(issue.Author, automation) && HiddenMarker.PurposeOf(issue.Body) == Purpose;

    /// <summary>The agenda issues among <paramref name="histories"/>, open and closed, each with the automation's own comments only.</summary>
    public static IReadOnlyList<IssueHistory> In(IEnumerable<IssueHistory> histories, string automation) =>
        [.. histories.DistinctBy(h => h.Issue.Number)
            .Where(h => IsAgenda(h.Issue, automation))
            .Select(h => h with { Comments = [.. h.Comments.Where(c => TrustedPeople.IsAutomation(c.Author, automation))] })];

    /// <summary>The body of <paramref name="session"/>'s agenda the host keeps, if it has one.</summary>
    public static string? BodyOf(IEnumerable<IssueHistory> agendas, DateOnly session) =>
        Kept(agendas).Where(a => a.Date == session).Select(a => a.Issue.Body).FirstOrDefault();

    /// <summary>Each session's agenda the host keeps, with the session's date: of two (two runs at once), the lowest number.</summary>
    private static IEnumerable<(DateOnly Date, IssueSnapshot Issue)> Kept(IEnumerable<IssueHistory> agendas) =>
        agendas.Select(a => a.Issue).OrderBy(i => i.Number)
            .Select(i => (Date: SessionText.DateIn(i.Body), Issue: i))
            .Where(a => a.Date is not null).DistinctBy(a => a.Date)
            .Select(a => (a.Date!.Value, a.Issue));

    /// <summary>The batch sizes staff chose (the input batch-size) by session, as the sessions' agendas (the kept one of each) record them.</summary>
    public static IReadOnlyDictionary<DateOnly, int> ChosenSizes(IEnumerable<IssueHistory> agendas) =>
        Kept(agendas).Select(a => (a.Date, Size: HiddenMarker.ValueOf(a.Issue.Body, BatchSizePurpose)))
            .Select(a => (a.Date, Size: int.TryParse(a.Size, NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 0))
            .Where(a => a.Size > 0).ToDictionary(a => a.Date, a => a.Size);

    public static string Title(DateOnly sessionDate) => "Review session " + SessionText.Date(sessionDate);

    /// <summary>Whether <paramref name="agenda"/> is <paramref name="wanted"/>'s, by its hidden line: staff may retitle it.</summary>
    public static bool IsIssueOf(IssueSnapshot agenda, IssueDraft? wanted) =>
        wanted is not null && SessionText.DateIn(wanted.Body) is { } session && SessionText.DateIn(agenda.Body) == session;

    /// <summary>A link that finds the agenda issue before it exists too, so comments naming it never need editing.</summary>
    public static string SearchUrl(string repositoryUrl, DateOnly sessionDate) =>
        repositoryUrl.TrimEnd('/') + "/issues?q=" + Uri.EscapeDataString($"is:issue in:title \"{Title(sessionDate)}\"");

    /// <summary>
    /// The agenda of <paramref name="batch"/>. The hidden line records, of the reviewers, the <paramref name="members"/> of the
    /// Working Group as the run read it, the reviewers the rule owns (one assigned by hand from outside it is shown, never
    /// replaced); null records every assignee; <paramref name="recordKept"/> gives, by issue, a record to write as it stood.
    /// The record of the agenda as it was (<paramref name="before"/>, <see cref="RecordIn"/>) is kept apart for the applications
    /// no longer in the batch. Another hidden line records the <paramref name="chosenSize"/> staff gave, if any.
    /// </summary>
    public static IssueDraft Render(
        ReviewSession session, TimeZoneInfo zone, IReadOnlyList<ScheduledApplication> batch, IReadOnlyList<ReviewerAssignment> reviewers,
        ReviewOrder order, IReadOnlyCollection<string>? members = null, int? chosenSize = null,
        IReadOnlyDictionary<int, IReadOnlyList<string>>? recordKept = null, string? before = null)
    {
        var byIssue = reviewers.ToDictionary(r => r.IssueNumber);
        var rows = batch.Select(b => (b.Application, b.LabelsAfter, Assigned: byIssue.GetValueOrDefault(b.Application.Issue.Number))).ToList();
        var record = rows
            .Select(r => (r.Application.Issue.Number,
                Logins: recordKept?.GetValueOrDefault(r.Application.Issue.Number) ?? [.. (r.Assigned?.Reviewers ?? r.Application.Issue.Assignees)
                    .Where(l => GitHubHandle.IsLogin(l) && (members is null || members.Contains(l, GitHubHandle.Comparer)))]))
            .Where(r => r.Logins.Count > 0)
            .Select(r => Entry(r.Number, r.Logins))
            .ToList();
        var leftBatch = RecordIn(before).Where(r => !batch.Any(b => b.Application.Issue.Number == r.Key))
            .OrderBy(r => r.Key).Select(r => Entry(r.Key, r.Value)).ToList();
        var body = Template.Load("review-session-agenda").Render(new Dictionary<string, object?>
        {
            ["session_marker"] = SessionText.Markers(session)
                + (chosenSize is { } size ? "\n" + HiddenMarker.For(BatchSizePurpose, size.ToString(CultureInfo.InvariantCulture)) : string.Empty),
            ["date"] = SessionText.Date(session.Date),
            ["when_text"] = SessionText.When(session, zone),
            ["returning_first"] = order == ReviewOrder.ReturningFirst,
            ["batch"] = rows.Select(r => Template.Record(
                ("number", r.Application.Issue.Number),
                ("url", r.Application.Issue.HtmlUrl),
                ("title", r.Application.Issue.Title),
                ("verdict", r.Application.IntakeVerdict),
                ("labels", r.LabelsAfter),
                ("reviewers", r.Assigned?.Reviewers ?? r.Application.Issue.Assignees),
                ("missing", r.Assigned?.Missing ?? 0))),
            ["reviewers_marker"] = HiddenMarker.For(ReviewersPurpose, record.Count == 0 ? null : string.Join(" ", record))
                + (leftBatch.Count == 0 ? string.Empty : "\n" + HiddenMarker.For(LeftBatchPurpose, string.Join(" ", leftBatch))),
        });
        return new IssueDraft(Title(session.Date), HiddenMarker.Stamp(Purpose, body));

        static string Entry(int issue, IEnumerable<string> logins) => issue.ToString(CultureInfo.InvariantCulture) + "=" + string.Join(",", logins);
    }

    /// <summary>
    /// The agendas whose session was cancelled (<see cref="ReviewCalendar.IsCancelled"/>), or put back on, since they were opened.
    /// One still open is closed with one comment naming <paramref name="next"/>, where its batch moves; one that comment closed
    /// whose session is back on is reopened, the comment edited to say so. The comment tells the automation's close from staff's:
    /// one closed without it, or again after the back-on edit, is left; one closed before that edit (its reopen failed) is
    /// reopened. Pass the agendas with the automation's own comments only.
    /// </summary>
    public static IEnumerable<IssuePlan> Skipped(
        IEnumerable<IssueHistory> agendas, ReviewCalendar calendar, ReviewSession? next, string repositoryUrl, DateOnly today) =>
        agendas.Select(a => (a.Issue, Date: SessionText.DateIn(a.Issue.Body), Said: Said(a), Cancelled: IsCancelled(a, calendar, today)))
            .Select(a => a.Date is not { } date ? null
                : a.Cancelled
                    ? (a.Issue.IsOpen ? Cancel(a.Issue.Number, date, calendar, next, repositoryUrl) : null)
                : a.Said is { } said
                    && (SessionText.DateIn(said.Body, BackOnPurpose) != date || (!a.Issue.IsOpen && a.Issue.ClosedAt < said.UpdatedAt))
                    ? BackOn(a.Issue.Number, date)
                    : null)
            .OfType<IssuePlan>();

    /// <summary>
    /// Whether the agenda's session is cancelled (<see cref="ReviewCalendar.IsCancelled"/>); once its day has passed, the
    /// automation's comment saying so tells it. Pass the agenda with the automation's own comments only.
    /// </summary>
    public static bool IsCancelled(IssueHistory agenda, ReviewCalendar calendar, DateOnly today) =>
        SessionText.DateIn(agenda.Issue.Body) is { } date && calendar.IsCancelled(date, today, SessionText.Listed(agenda.Issue.Body, date),
            Said(agenda) is { } told && SessionText.DateIn(told.Body, BackOnPurpose) != date);

    private static CommentSnapshot? Said(IssueHistory agenda) => OwnComments.Of(agenda.Comments, _ => true, p => p == CancelledPurpose).Kept;

    private static IssuePlan BackOn(int agenda, DateOnly date) => new(agenda)
    {
        Comments = [new CommentUpsert(CancelledPurpose, Template.Load("review-session-back-on").Render(new Dictionary<string, object?>
        {
            ["back_on_marker"] = SessionText.Marker(date, BackOnPurpose),
            ["date"] = SessionText.Date(date),
        }))],
        State = new IssueStateChange(true),
    };

    private static IssuePlan Cancel(int agenda, DateOnly date, ReviewCalendar calendar, ReviewSession? next, string repositoryUrl) => new(agenda)
    {
        Comments = [new CommentUpsert(CancelledPurpose, Template.Load("review-session-cancelled").Render(new Dictionary<string, object?>
        {
            ["date"] = SessionText.Date(date),
            ["skipped"] = calendar.IsSkipped(date),
            ["next_date"] = next is null ? null : SessionText.Date(next.Date),
            ["next_when"] = next is null ? null : SessionText.When(next, calendar.TimeZone),
            ["next_agenda_url"] = next is null ? null : SearchUrl(repositoryUrl, next.Date),
        }))],
        State = new IssueStateChange(false, "not_planned"),
    };

    /// <summary>
    /// How many reviews each login led in the <paramref name="sessions"/> latest sessions before <paramref name="before"/>, by
    /// the agendas' hidden lines. Pass only agendas the automation wrote.
    /// </summary>
    public static IReadOnlyDictionary<string, int> ReviewerHistory(IEnumerable<string> agendaBodies, DateOnly before, int sessions) =>
        agendaBodies
            .Select(body => (Date: SessionText.DateIn(body), Body: body))
            .Where(a => a.Date is { } date && date < before)
            .GroupBy(a => a.Date)
            .OrderByDescending(g => g.Key)
            .Take(Math.Max(0, sessions))
            .SelectMany(g => ReviewersIn(g.First().Body).SelectMany(r => r.Value))
            .GroupBy(login => login, GitHubHandle.Comparer)
            .ToDictionary(g => g.Key, g => g.Count(), GitHubHandle.Comparer);

    /// <summary>
    /// The lead reviewers each application's agenda for <paramref name="target"/> records, else the latest earlier one's: one
    /// scheduled again (back for another review, reopened, answered, or withdrawn before its session) is known by the reviewers
    /// the rule gave it then.
    /// </summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> RecordedReviewers(IEnumerable<IssueHistory> agendas, DateOnly target) =>
        Kept(agendas).Where(a => a.Date <= target)
            .OrderByDescending(a => a.Date)
            .SelectMany(a => RecordIn(a.Issue.Body))
            .DistinctBy(r => r.Key)
            .ToDictionary();

    /// <summary>The lead reviewers <paramref name="agendaBody"/> records, of its batch and of the applications that left it.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> RecordIn(string? agendaBody) => agendaBody is null
        ? new Dictionary<int, IReadOnlyList<string>>()
        : ReviewersIn(agendaBody).Concat(ReviewersIn(agendaBody, LeftBatchPurpose)).DistinctBy(r => r.Key).ToDictionary();

    /// <summary>The lead reviewers of the batch <paramref name="agendaBody"/> records: those who led its reviews.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> ReviewersIn(string agendaBody) => ReviewersIn(agendaBody, ReviewersPurpose);

    private static Dictionary<int, IReadOnlyList<string>> ReviewersIn(string agendaBody, string purpose)
    {
        var found = new Dictionary<int, IReadOnlyList<string>>();
        foreach (Match entry in ReviewerEntry().Matches(HiddenMarker.ValueOf(agendaBody, purpose) ?? string.Empty))
        {
            // At most nine digits: always a number.
            found[int.Parse(entry.Groups["issue"].ValueSpan, CultureInfo.InvariantCulture)] = [.. entry.Groups["logins"].Value.Split(',').Where(GitHubHandle.IsLogin)];
        }

        return found;
    }

    [GeneratedRegex(@"(?<issue>[0-9]{1,9})=(?<logins>[A-Za-z0-9_,-]+)")]
    private static partial Regex ReviewerEntry();
}
