using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.TestServer.State;
using static Ecosystem.Actions.Tests.EndToEnd.World;

namespace Ecosystem.Actions.Tests.Commands;

/// <summary>
/// Ten weeks of the process, end to end, with a fixed seed and the default configuration (only the board, the sessions,
/// the people and the package indexes set): applications opened on various days (some incomplete, fixed later by an
/// edit), review sessions, Working Group ballots (some changed, one member never votes), a declined application staff
/// bring back as returning. Each event runs the commands its workflow runs; each night the nightly steps run in the
/// workflow's order, then again, writing nothing; and after each night what must always hold is checked.
/// </summary>
[TestClass]
public sealed partial class SeasonTests
{
    private const string Waiting = "Waiting on comment";
    private const string InReview = "In review";
    private static readonly string[] Members = ["bob", "carol", "dave", "erin", "frank"];
    private static readonly string[] Outcomes = ["Accepted", "Declined", "Too early", "Blog candidate"];

    private static string Configuration(World world) => $"""
        board:
          owner: "pytorch-fdn"
          number: 6
        sessions:
          time-zone: "America/Los_Angeles"
          recurrence: ["0 9 * * TUE#2", "0 9 * * TUE#4"]
        people:
          staff:
            users: ["{Staff}"]
          working-group:
            users: [{string.Join(", ", Members.Select(m => $"\"{m}\""))}]
        {world.PackageIndexes}
        """;

    [TestMethod]
    public async Task Ten_weeks_of_nights_keep_every_invariant_and_each_second_run_writes_nothing()
    {
        var start = At("2027-01-04T00:00Z");
        await using var world = await Create(start).WithRepository().WithBoard().WithForm().WithMaintainers()
            .WithConfiguration(Configuration).StartAsync();
        var season = new Season(world, new Random(2027));
        var applications = season.Plan(count: 18, openWithinDays: 35);

        for (var night = 0; night < 70; night++)
        {
            var day = start.AddDays(night);
            await season.DayAsync(night, day, applications);
            await season.NightTwiceAsync(night, day);
        }

        var reviewed = applications.Where(a => a.Issue is { } issue && season.EverInReview.Contains(issue.Number)).ToList();
        Assert.IsGreaterThanOrEqualTo(8, reviewed.Count, "the season reviews applications");
        foreach (var application in reviewed)
        {
            var issue = application.Issue!;
            Assert.IsTrue(
                issue.Labels.Contains(InReview) || issue.Labels.Any(Outcomes.Contains)
                    || (issue == season.AskedBack && issue.Labels.Contains("Returning")),
                $"#{issue.Number} went into review and has neither an outcome nor its review: {string.Join(", ", issue.Labels)}");
        }

        Assert.IsTrue(applications.Any(a => a.Issue!.Labels.Contains("Accepted")), "some are accepted");
        Assert.IsTrue(applications.Any(a => a.Issue!.Labels.Contains("Declined")), "some are declined");
        Assert.IsGreaterThanOrEqualTo(3, season.EverWaiting.Count, "incomplete applications wait on their applicants");
        Assert.IsGreaterThanOrEqualTo(3, season.LongestQueue, "applications wait in the queue, told their places");
        Assert.IsTrue(season.Returned is { } back && season.EverInReviewTwice.Contains(back.Number), "the returning application is reviewed again");
        Assert.IsNotNull(season.AskedBack, "an applicant asks for a declined application's return");
        Assert.IsGreaterThanOrEqualTo(2, season.UpdatedInReview, "applicants update applications in review");
        Assert.IsGreaterThanOrEqualTo(5, season.SessionsCompared, "schedule keeps the sessions it told");
    }

    /// <summary>An application of the season: when it opens, whether it opens incomplete and when it is fixed.</summary>
    private sealed record Planned(string Project, int OpensOn, int? FixedOn)
    {
        public Issue? Issue { get; set; }
    }

    private sealed partial class Season(World world, Random random)
    {
        private readonly HashSet<int> _voteOpened = [];
        private readonly Dictionary<int, List<(DateTimeOffset At, string Voter, string Ballot)>> _ballots = [];
        private Issue? _declineFirst;
        private readonly HashSet<int> _decided = [];
        private HashSet<int> _inReview = [];
        private List<(int Number, DateOnly? Session)> _toldOrder = [];
        private List<int> _queueBeforeNight = [];

        /// <summary>The ballots of a vote opened on its session day, in place of the random ones; null for random ones.</summary>
        public Func<Issue, DateOnly, List<(DateTimeOffset At, string Voter, string Ballot)>>? Fate { get; init; }

        /// <summary>Each applicant's repository, by project (lower case).</summary>
        public Dictionary<string, Repository> Repositories { get; } = [];

        public HashSet<int> EverInReview { get; } = [];

        public HashSet<int> EverWaiting { get; } = [];

        /// <summary>The most applications told a place in the queue on one night.</summary>
        public int LongestQueue { get; private set; }

        public HashSet<int> EverInReviewTwice { get; } = [];

        public Issue? Returned { get; private set; }

        public int UpdatedInReview { get; private set; }

        /// <summary>How many applications went into review on a night the queue had not changed since the night before.</summary>
        public int SessionsCompared { get; private set; }

        /// <summary>A declined application its applicant asked back in a comment.</summary>
        public Issue? AskedBack { get; private set; }

        private Repository Repository => world.Repository;

        public List<Planned> Plan(int count, int openWithinDays) =>
        [
            .. Enumerable.Range(1, count).Select(n =>
            {
                // A burst of complete ones in the first week, more than a batch takes; then, over the weeks after, three of
                // four incomplete, each fixed days later.
                var opensOn = n == 1 ? 0 : n <= 14 ? random.Next(7) : 7 + random.Next(openWithinDays - 7);
                int? fixedOn = n > 14 && n % 4 != 0 ? opensOn + 2 + random.Next(8) : null;
                return new Planned("P" + n.ToString(CultureInfo.InvariantCulture), opensOn, fixedOn);
            }).OrderBy(p => p.OpensOn),
        ];

        /// <summary>What people do on <paramref name="day"/> (UTC afternoon, Los Angeles morning), each followed by its workflow's runs.</summary>
        public async Task DayAsync(int today, DateTimeOffset day, List<Planned> applications)
        {
            world.Time.SetUtcNow(day.AddHours(17));
            foreach (var planned in applications.Where(a => a.Issue is null && a.OpensOn <= today))
            {
                world.Time.Advance(TimeSpan.FromMinutes(7));
                var project = planned.Project.ToLowerInvariant();
                var applicant = world.State.AddRepository("torchrender", project).WithStars(300 + random.Next(500)).WithLicense("Apache-2.0")
                    .WithFiles("LICENSE", "README.md", "CONTRIBUTING.md", ".github/CODEOWNERS", "CODE_OF_CONDUCT.md", ".github/workflows/ci.yml");
                for (var i = 0; i < 40; i++)
                {
                    applicant.WithCommit(
                        world.Time.GetUtcNow().AddDays(-1 - (i * 2)), $"dev{i % 6}@example.org", i % 2 == 0 ? "janedoe" : "rajpatel");
                }

                Repositories[project] = applicant;
                world.State.AddPyPIPackage(project, "1.0.0");
                var body = Body(project, complete: planned.FixedOn is null);
                planned.Issue = world.AddApplicationBy("applicant-" + project, planned.Project, body);
                await Runs(world.OpenedAsync(planned.Issue), "validate");
                _declineFirst ??= planned.Issue;
            }

            foreach (var planned in applications.Where(a => a.Issue is not null && a.FixedOn == today))
            {
                world.Time.Advance(TimeSpan.FromMinutes(7));
                await world.EditBodyAsync(planned.Issue!, Body(planned.Project.ToLowerInvariant(), complete: true));
                await Runs(world.Run.RunAsync("issues", EventPayloads.Issues("edited", planned.Issue!), "validate"), "validate");
            }

            await ReviewAsync(DateOnly.FromDateTime(day.UtcDateTime));
        }

        /// <summary>The nightly job after <paramref name="day"/>, checked, its status page read, then again, writing nothing.</summary>
        public async Task NightTwiceAsync(int night, DateTimeOffset day)
        {
            world.Time.SetUtcNow(day.AddDays(1).AddHours(6).AddMinutes(17));
            var first = await NightAsync();
            var when = $"night {night + 1} ({world.Time.GetUtcNow():yyyy-MM-dd})";
            CheckInvariants(when);
            await CheckPageAsync(when);
            var second = await NightAsync();
            Assert.IsEmpty(second,
                $"night {night + 1}: the second run wrote\n{string.Join("\n", second)}\nafter the first wrote\n{string.Join("\n", first)}");
        }

        /// <summary>The nightly job: tally all, guard, intake again when guard asks, schedule; the writes of all four.</summary>
        public async Task<List<string>> NightAsync()
        {
            var writes = new List<string>();
            _queueBeforeNight = [.. QueueOrder(Applications())];
            var tally = await Nightly("tally");
            var guard = await Nightly("guard");
            writes.AddRange(Described("tally", tally));
            writes.AddRange(Described("guard", guard));
            if (guard.Outputs.TryGetValue("rerun-intake", out var rerun) && rerun != "[]")
            {
                var number = Regex.Match(rerun, @"\d+").Value;
                var intake = await Nightly("validate", "--issue", number);
                writes.AddRange(Described("validate", intake));
            }

            var schedule = await Nightly("schedule");
            writes.AddRange(Described("schedule", schedule));
            foreach (var issue in Repository.Issues.Where(i => i.Labels.Contains(InReview)))
            {
                if (!EverInReview.Add(issue.Number) && Returned == issue)
                {
                    EverInReviewTwice.Add(issue.Number);
                }
            }

            return writes;
        }

        private List<Issue> Applications() => [.. Repository.Issues.Where(i => !i.Title.StartsWith("Review session", StringComparison.Ordinal)
            && !i.Title.StartsWith("Onboarding", StringComparison.Ordinal) && !i.Title.StartsWith("Periodic review", StringComparison.Ordinal))];

        /// <summary>The applications waiting in the queue, in the order schedule takes them: returning first, then by issue number.</summary>
        private static IEnumerable<int> QueueOrder(IEnumerable<Issue> applications) => applications
            .Where(i => i.State == "open" && i.Labels.Contains("New") && !i.Labels.Contains(InReview) && !i.Labels.Contains(Waiting))
            .OrderBy(i => i.Labels.Contains("Returning") ? 0 : 1).ThenBy(i => i.Number).Select(i => i.Number);

        public void CheckInvariants(string when)
        {
            var applications = Applications();
            foreach (var issue in Repository.Issues)
            {
                var twice = world.OwnComments(issue).GroupBy(c => HiddenMarker.PurposeOf(c.Body))
                    .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
                Assert.IsEmpty(twice, $"{when}: #{issue.Number} has more than one automation comment for {string.Join(", ", twice)}");
            }

            foreach (var issue in applications)
            {
                var labels = issue.Labels;
                Assert.IsFalse(labels.Contains(InReview) && labels.Contains(Waiting), $"{when}: #{issue.Number} is both in review and waiting");
                Assert.IsLessThanOrEqualTo(1, labels.Count(Outcomes.Contains), $"{when}: #{issue.Number} has outcomes {string.Join(", ", labels)}");
                // One state: in review (voting on it is part of its review), waiting on the applicant, decided; or none of these,
                // waiting in the queue.
                var states = (labels.Contains(InReview) || labels.Contains("in voting") ? 1 : 0) + (labels.Contains(Waiting) ? 1 : 0)
                    + labels.Count(Outcomes.Contains);
                Assert.IsLessThanOrEqualTo(1, states, $"{when}: #{issue.Number} is in more than one state: {string.Join(", ", labels)}");
                if (labels.Any(Outcomes.Contains))
                {
                    _decided.Add(issue.Number);
                }
                if (labels.Contains(InReview))
                {
                    Assert.IsNotNull(Own(issue, ReviewSessionNotice.Purpose), $"{when}: #{issue.Number} is in review without its session comment");
                    Assert.IsNotEmpty(issue.Assignees, $"{when}: #{issue.Number} is in review without a reviewer");
                }

                var column = world.Board!.ItemFor(issue)?.ValueOf("Status");
                var expected = labels.Any(Outcomes.Contains) ? "Done"
                    : labels.Contains(InReview) || labels.Contains("in voting") ? "In progress"
                    : "New";
                Assert.AreEqual(expected, column, $"{when}: #{issue.Number} labelled {string.Join(", ", labels)} is in the board's {column} column");
            }

            // Waiting applicants are told places 1..n: returning ones first, then by issue number.
            var told = applications
                .Select(i => (Issue: i, Place: Own(i, QueuePositionNotice.Purpose) is { } notice && Place().Match(notice) is { Success: true } m
                    ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0))
                .Where(t => t.Place > 0).ToList();
            LongestQueue = Math.Max(LongestQueue, told.Count);
            EverWaiting.UnionWith(applications.Where(i => i.Labels.Contains(Waiting)).Select(i => i.Number));
            var order = told.OrderBy(t => t.Issue.Labels.Contains("Returning") ? 0 : 1).ThenBy(t => t.Issue.Number).ToList();
            foreach (var (issue, _) in told)
            {
                Assert.IsTrue(!_decided.Contains(issue.Number) || BroughtBack(issue),
                    $"{when}: #{issue.Number}, decided, is back in the queue without being returning: {string.Join(", ", issue.Labels)}");
            }

            CheckToldSessions(when, applications);
            _toldOrder = [.. order.Select(t => (t.Issue.Number, SessionToldTo(t.Issue)))];
            CollectionAssert.AreEqual(
                Enumerable.Range(1, order.Count).ToArray(), order.Select(t => t.Place).ToArray(),
                $"{when}: places told {string.Join(", ", order.Select(t => $"#{t.Issue.Number}={t.Place}"))}");
            var queued = applications
                .Where(i => i.State == "open" && i.Labels.Contains("New") && !i.Labels.Contains(InReview) && !i.Labels.Contains(Waiting)).ToList();
            CollectionAssert.AreEquivalent(
                queued.Select(i => i.Number).ToArray(),
                told.Select(t => t.Issue.Number).ToArray(),
                $"{when}: the applications told a place are those in the queue");
        }

        /// <summary>
        /// The session told to each waiting applicant is the one schedule gives it: when the queue did not change between
        /// the night before and tonight (no application joined, left or jumped ahead in the day), the applications that
        /// went into review tonight are exactly those told a session it filled, each for the session it was told.
        /// </summary>
        private void CheckToldSessions(string when, List<Issue> applications)
        {
            var inReview = applications.Where(i => i.Labels.Contains(InReview)).ToDictionary(i => i.Number, SessionOf);
            var scheduled = inReview.Where(r => !_inReview.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value);
            foreach (var number in scheduled.Keys)
            {
                Assert.IsTrue(!_decided.Contains(number) || BroughtBack(applications.Single(i => i.Number == number)),
                    $"{when}: #{number}, decided, is in review again without being returning");
            }

            if (_queueBeforeNight.SequenceEqual(_toldOrder.Select(t => t.Number)))
            {
                var filled = scheduled.Values.ToHashSet();
                foreach (var (number, session) in _toldOrder.Where(t => scheduled.ContainsKey(t.Number) || filled.Contains(t.Session)))
                {
                    SessionsCompared++;
                    Assert.AreEqual(session, inReview.GetValueOrDefault(number),
                        $"{when}: #{number} was told the session of {session:yyyy-MM-dd}, and schedule put it "
                        + (inReview.TryGetValue(number, out var got) ? $"in that of {got:yyyy-MM-dd}" : "in none"));
                }
            }

            _inReview = [.. inReview.Keys];
        }

        /// <summary>Whether the returning label was put on <paramref name="issue"/> since its latest outcome.</summary>
        private static bool BroughtBack(Issue issue) =>
            issue.Events.LastOrDefault(e => e.Event == "labeled" && e.LabelName is { } label && (Outcomes.Contains(label) || label == "Returning"))
                is { LabelName: "Returning" };

        private DateOnly? SessionToldTo(Issue issue) =>
            Own(issue, QueuePositionNotice.Purpose) is { } notice && ToldSession().Match(notice) is { Success: true } m
                ? DateOnly.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
                : null;

        /// <summary>The run's writes, an edited comment with the issue it is on and its text before and after.</summary>
        private IEnumerable<string> Described(string command, RunResult run) => run.WriteRequests.Select(r =>
            $"{command}: {r.Method} {r.Path}" + (Regex.Match(r.Path, @"/issues/comments/(\d+)$") is { Success: true } m
                && Repository.Issues.SelectMany(i => i.Comments)
                    .FirstOrDefault(c => c.Id.ToString(CultureInfo.InvariantCulture) == m.Groups[1].Value) is { } c
                    ? $" on #{c.Issue.Number}, was:\n{c.Edits.Skip(1).FirstOrDefault()?.Text}\nnow:\n{c.Body}" : string.Empty));

        public string? Own(Issue issue, string purpose) =>
            world.OwnComments(issue).FirstOrDefault(c => HiddenMarker.PurposeOf(c.Body) == purpose)?.Body;

        /// <summary>
        /// On a session day staff open the vote of each application in review; on the days after it members vote (frank
        /// never; some change their mind). The first application is declined, then staff bring it back as returning.
        /// </summary>
        private async Task ReviewAsync(DateOnly today)
        {
            foreach (var issue in Repository.Issues.Where(i => i.State == "open" && i.Labels.Contains(InReview)).ToList())
            {
                var session = SessionOf(issue);
                if (session is { } date && date == today && _voteOpened.Add(issue.Number))
                {
                    await CommentAsync(issue, Staff, "/vote open");
                    _ballots[issue.Number] = Fate?.Invoke(issue, today) ?? PlanBallots(issue, today);
                }
            }

            // Some applicants update their application while it is in review, days before its session.
            var updating = Repository.Issues.Where(i => i.Labels.Contains(InReview) && i.Number % 3 == 0 && SessionOf(i) == today.AddDays(5));
            foreach (var issue in updating.ToList())
            {
                world.Time.Advance(TimeSpan.FromMinutes(7));
                var update = "### Additional information\n\nUpdate: GPU runners now run every pull request.";
                var body = issue.Body!.Replace("### Additional information\n\n_No response_", update, StringComparison.Ordinal);
                await world.EditBodyAsync(issue, body);
                UpdatedInReview++;
                await Runs(world.EditedAsync(issue), "validate");
            }

            foreach (var (number, ballots) in _ballots)
            {
                var issue = Repository.Issues.Single(i => i.Number == number);
                foreach (var ballot in ballots.Where(b => DateOnly.FromDateTime(b.At.UtcDateTime) == today).ToList())
                {
                    await CommentAsync(issue, ballot.Voter, ballot.Ballot);
                }
            }

            if (_declineFirst is { } declined && Returned is null && declined.Labels.Contains("Declined")
                && declined.Events.LastOrDefault(e => e.LabelName == "Declined") is { } decided
                && decided.CreatedAt.AddDays(5) <= world.Time.GetUtcNow())
            {
                Returned = declined;
                world.Time.Advance(TimeSpan.FromMinutes(7));
                declined.AddLabel("Returning", Staff);
                var guard = await Runs(world.Run.RunAsync("issues", EventPayloads.Issues("labeled", declined, Staff, "Returning"), "guard"), "guard");
                await RerunIntakeAsync(guard);
                _voteOpened.Remove(declined.Number);
            }

            await AskBackAsync();
        }

        /// <summary>The applicant of another declined application asks for its return in a comment, three days after the decline.</summary>
        private async Task AskBackAsync()
        {
            var declined = Repository.Issues.FirstOrDefault(i => i != _declineFirst && i.Labels.Contains("Declined"));
            if (AskedBack is null && declined?.Events.LastOrDefault(e => e.LabelName == "Declined") is { } decided
                && decided.CreatedAt.AddDays(3) <= world.Time.GetUtcNow())
            {
                AskedBack = declined;
                _voteOpened.Remove(declined.Number);
                await CommentAsync(declined, declined.Author, "We set up GPU runners as asked.\n\n/ecosystem returning");
            }
        }

        private List<(DateTimeOffset At, string Voter, string Ballot)> PlanBallots(Issue issue, DateOnly session)
        {
            var ballots = new List<(DateTimeOffset, string, string)>();
            var opened = session.ToDateTime(new TimeOnly(17, 30), DateTimeKind.Utc);
            foreach (var voter in Members.Where(m => m != "frank"))
            {
                var approve = issue != _declineFirst && random.Next(4) != 0;
                var at = new DateTimeOffset(opened.AddDays(random.Next(5)), TimeSpan.Zero);
                ballots.Add((at, voter, Ballot(approve)));
                if (random.Next(5) == 0)
                {
                    ballots.Add((at.AddDays(1), voter, Ballot(issue != _declineFirst && !approve)));
                }
            }

            return ballots;
        }

        private static string Ballot(bool approve) => approve ? "/vote approve" : "/vote decline the CI does not run the GPU tests";

        public DateOnly? SessionOf(Issue issue) =>
            Own(issue, ReviewSessionNotice.Purpose) is { } body && HiddenMarker.ValueOf(body, "session") is { Length: > 0 } date
                ? DateOnly.Parse(date, CultureInfo.InvariantCulture)
                : null;

        /// <summary>A comment, then its workflow's runs: guard, intake again when guard asks, tally.</summary>
        public async Task CommentAsync(Issue issue, string author, string body)
        {
            var comment = world.Say(issue, author, body);
            var payload = EventPayloads.IssueComment("created", issue, comment);
            var guard = await Runs(world.Run.RunAsync("issue_comment", payload, "guard"), "guard");
            await RerunIntakeAsync(guard);
            await Runs(world.Run.RunAsync("issue_comment", payload, "tally"), "tally");
        }

        public async Task RerunIntakeAsync(RunResult guard)
        {
            if (guard.Outputs.TryGetValue("rerun-intake", out var rerun) && rerun != "[]")
            {
                await Runs(world.Run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string>()),
                    "validate", "--issue", Regex.Match(rerun, @"\d+").Value), "validate");
            }
        }

        private Task<RunResult> Nightly(string command, params string[] args) =>
            Runs(world.Run.RunAsync("schedule", EventPayloads.Schedule(), [command, .. args]), command);

        public static async Task<RunResult> Runs(Task<RunResult> run, string command)
        {
            var result = await run;
            Assert.AreEqual(0, result.ExitCode, $"{command}: {result}");
            return result;
        }

        public static string Body(string project, bool complete) =>
            (complete ? CompleteBody : IncompleteBody)
                .Replace("https://github.com/torchrender/torchrender", "https://github.com/torchrender/" + project, StringComparison.Ordinal);

        [GeneratedRegex(@"number \*\*(\d+)\*\* in the queue")]
        private static partial Regex Place();

        [GeneratedRegex(@"Expected session: \*\*[^*]+\*\* \((\d{4}-\d{2}-\d{2})\)")]
        private static partial Regex ToldSession();
    }
}
