using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Status;
using Ecosystem.Domain.Tests.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Domain.Tests.Status;

/// <summary>
/// Applications with their histories for the status page, on the monthly calendar (2nd Tuesday, 09:00 Los Angeles:
/// 2026-11-10, 2026-12-08, 2027-01-12, …) on 2026-12-03.
/// </summary>
internal sealed class StatusWorld(ReviewOrder order = ReviewOrder.ReturningFirst, Foundation? foundation = null)
{
    public const string Bot = "ecosystem-bot[bot]";

    /// <summary>Staff changes labels; anyone else's change is undone by the guard.</summary>
    public static TrustedPeople People { get; } = new(["staff"], [], Bot, []);

    private readonly List<Builder> _applications = [];

    private readonly SchedulingRules _rules = new() { Order = order };

    /// <summary>The most applications a session takes (<c>sessions.batch-max</c>; the minimum follows it down).</summary>
    public int BatchMax { get => _rules.BatchMax; init => _rules = _rules with { BatchMin = Math.Min(_rules.BatchMin, value), BatchMax = value }; }

    public FakeTimeProvider Clock { get; } = new(Calendars.At("2026-12-03T06:00Z"));

    /// <summary>Dates in <c>sessions.skip</c>.</summary>
    public string[] Skip { get; init; } = [];

    public Builder Add(int number, DateTimeOffset created, params string[] labels)
    {
        var builder = new Builder(number, created, labels);
        _applications.Add(builder);
        return builder;
    }

    public StatusReport Build() => Build(Read());

    public List<StatusApplication> Read() => [.. _applications.Select(a => a.Build())];

    /// <summary>The agenda issues the automation opened, as both the page and the scheduler read them.</summary>
    public List<IssueHistory> Agendas { get; } = [];

    public StatusReport Build(IReadOnlyList<StatusApplication> applications) =>
        new StatusReportBuilder(Calendars.Monthly(Skip), _rules, new IntakeRules(), People, foundation ?? new(), Clock)
            .Build(applications, Applications.Repository, Agendas);

    /// <summary>What the <c>schedule</c> run would do with the same applications on the same day (and <paramref name="overrides"/>).</summary>
    public SchedulePlan Plan(IReadOnlyList<StatusApplication> applications, SchedulingOverrides? overrides = null) =>
        new BatchPlanner(Calendars.Monthly(Skip), _rules, new IntakeRules(), Clock)
            .Plan([.. applications.Select(a => a.Candidate)], Applications.Repository, overrides, agendas: Agendas);

    /// <summary>The agenda <paramref name="plan"/> opens, as the automation's issue <paramref name="number"/>.</summary>
    public void Open(SchedulePlan plan, int number) =>
        Agendas.Add(new IssueHistory(
            new IssueSnapshot(
                number, plan.Agenda!.Title, plan.Agenda.Body, Bot, true, [], Clock.GetUtcNow(), null, $"{Applications.Repository}/issues/{number}"),
            [], []));

    /// <summary>The applications once the host has applied <paramref name="plan"/> to them.</summary>
    public static List<StatusApplication> Apply(IReadOnlyList<StatusApplication> applications, SchedulePlan plan) =>
        [.. applications.Zip(Applications.Apply([.. applications.Select(a => a.Candidate)], plan), (a, applied) => a with { Candidate = applied })];

    internal sealed class Builder(int number, DateTimeOffset created, string[] labels)
    {
        private readonly List<string> _labels = [.. labels];
        private readonly List<CommentSnapshot> _comments = [];
        private readonly List<LabelEvent> _events = [];
        private readonly List<string> _assignees = [];
        private readonly List<StateEvent> _states = [];
        private DateTimeOffset? _closed;
        private bool _complete = true;
        private DateOnly? _session;
        private string? _notice;
        private DateOnly? _waitsUntil;
        private string _title = $"[Ecosystem] Project {number}";

        public string Author => $"applicant{number}";

        public Builder Titled(string title)
        {
            _title = title;
            return this;
        }

        public Builder Comment(string author, DateTimeOffset at, bool bot = false, string body = "text")
        {
            _comments.Add(new CommentSnapshot(_comments.Count + 1, author, bot, body, at, at, string.Empty));
            return this;
        }

        /// <summary>
        /// The guard's reply to a return (<c>/ecosystem returning</c> or the returning label), first written at <paramref name="at"/>.
        /// </summary>
        public Builder ReturningReply(DateTimeOffset at, DateTimeOffset? rewritten = null)
        {
            var body = "<!-- ecosystem-bot:returning -->\nWelcome back.";
            _comments.Add(new CommentSnapshot(_comments.Count + 1, Bot, true, body, at, rewritten ?? at, string.Empty));
            return this;
        }

        /// <summary>The automation's comment on a vote's outcome, posted when the vote closed at <paramref name="at"/>.</summary>
        public Builder VoteOutcome(DateTimeOffset at)
        {
            var body = "<!-- ecosystem-bot:vote-outcome -->\nThe vote has closed.";
            _comments.Add(new CommentSnapshot(_comments.Count + 1, Bot, true, body, at, at, string.Empty));
            return this;
        }

        /// <summary>The automation's intake report, with the hidden lines <paramref name="markers"/>.</summary>
        public Builder IntakeReport(DateTimeOffset at, string markers)
        {
            var body = "<!-- ecosystem-bot:intake-report -->\n" + markers;
            _comments.Add(new CommentSnapshot(_comments.Count + 1, Bot, true, body, at, at, string.Empty));
            return this;
        }

        public Builder Label(string label, DateTimeOffset at, string actor = "staff")
        {
            // GitHub keeps a label once, listed where the issue's labels were given (by name, as GitHub lists them).
            if (!_labels.Contains(label))
            {
                _labels.Add(label);
            }

            _events.Add(new LabelEvent(label, true, actor, at));
            return this;
        }

        public Builder Unlabel(string label, DateTimeOffset at, string actor = "staff")
        {
            _labels.RemoveAll(l => l == label);
            _events.Add(new LabelEvent(label, false, actor, at));
            return this;
        }

        public Builder Closed(DateTimeOffset at)
        {
            _closed = at;
            _states.Add(new StateEvent(true, at));
            return this;
        }

        /// <summary>Reopened after a close: GitHub then reports no closing time, only the timeline keeps it.</summary>
        public Builder Reopened(DateTimeOffset at)
        {
            _closed = null;
            _states.Add(new StateEvent(false, at));
            return this;
        }

        public Builder Incomplete()
        {
            _complete = false;
            return this;
        }

        /// <summary>The session the automation's review-session comment names, with the earlier ones it keeps as held.</summary>
        public Builder Session(string date, params string[] held)
        {
            _session = Calendars.Date(date);
            var calendar = Calendars.Monthly();
            _notice = ReviewSessionNotice.Render(calendar.SessionOn(_session.Value), calendar.TimeZone, new SchedulingRules(), new IntakeRules(),
                Applications.Repository, [.. held.Select(Calendars.Date)]);
            return this;
        }

        /// <summary>An early resubmission: the date its intake report says it is reviewed as new from.</summary>
        public Builder WaitsUntil(string date)
        {
            _waitsUntil = Calendars.Date(date);
            return this;
        }

        public Builder Assigned(params string[] logins)
        {
            _assignees.AddRange(logins);
            return this;
        }

        public StatusApplication Build()
        {
            var issue = new IssueSnapshot(
                number, _title, "body", Author, _closed is null, [.. _labels], created, _closed, $"{Applications.Repository}/issues/{number}")
            {
                Assignees = [.. _assignees],
            };
            CommentSnapshot[] notice = _notice is null ? []
                : [new CommentSnapshot(_comments.Count + 1, Bot, true, _notice, created, created, string.Empty)];
            var history = new IssueHistory(issue, [.. _comments, .. notice], [.. _events]) { StateEvents = [.. _states] };
            return new StatusApplication(history, new QueueCandidate(issue)
            {
                IntakeComplete = _complete,
                IntakeVerdict = _complete ? "complete" : "1 problem",
                ScheduledSession = _session,
                WaitsUntil = _waitsUntil,
            });
        }
    }
}
