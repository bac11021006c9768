using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Microsoft.Extensions.Time.Testing;
using static Ecosystem.Domain.Tests.Scheduling.Applications;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Scheduling;

[TestClass]
public sealed class ReviewerAssignmentTests
{
    private const string FourteenDaysBefore = "2026-12-29T12:00-08:00";

    private static readonly string[] Members = ["alice", "bob", "carol", "dave", "erin"];

    private static SchedulePlan Plan(IReadOnlyList<QueueCandidate> candidates, ReviewerPool pool, string now = FourteenDaysBefore) =>
        Planner(pool, now).Plan(candidates, Repository, null, pool);

    private static BatchPlanner Planner(ReviewerPool pool, string now) =>
        new(Monthly(), new SchedulingRules { ReviewersPerApplication = pool.PerApplication }, new IntakeRules(), new FakeTimeProvider(At(now)));

    private static int[] Numbers(SchedulePlan plan) => [.. plan.Batch.Select(b => b.Application.Issue.Number)];

    private static ReviewerPool Pool(int perApplication = 1) => new(Members, perApplication);

    private static Dictionary<string, int> Load(SchedulePlan plan) =>
        plan.Assignments.SelectMany(a => a.Reviewers).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());

    [TestMethod]
    public void A_batch_of_ten_with_five_members_gives_each_two()
    {
        var plan = Plan([.. Enumerable.Range(1, 10).Select(n => Ready(n))], Pool());

        Assert.HasCount(10, plan.Assignments);
        CollectionAssert.AreEquivalent(Members, Load(plan).Keys.ToArray());
        Assert.IsTrue(Load(plan).Values.All(count => count == 2), string.Join(", ", Load(plan)));
        Assert.IsTrue(plan.IssuePlans.All(p => p.AddAssignees.Count == 1));
        Assert.IsEmpty(plan.Warnings);
    }

    [TestMethod]
    public void A_reviewer_GitHub_did_not_assign_leaves_the_assignments_and_the_agenda()
    {
        var planner = new BatchPlanner(
            Monthly(), new SchedulingRules { ReviewersPerApplication = 1 }, new IntakeRules(), new FakeTimeProvider(At(FourteenDaysBefore)));
        var plan = planner.Plan([Ready(1), Ready(2)], Repository, null, Pool());
        var refused = plan.Assignments[0].Added.Single();

        var carried = planner.AsAssigned(plan, new Dictionary<int, IReadOnlyList<string>> { [1] = [refused.ToUpperInvariant()] });

        Assert.IsEmpty(carried.Assignments[0].Reviewers);
        Assert.IsEmpty(carried.Assignments[0].Added);
        Assert.AreEqual(plan.Assignments[1], carried.Assignments[1]);
        StringAssert.Contains(plan.Agenda?.Body, "@\u2060" + refused);
        Assert.DoesNotContain(refused, carried.Agenda?.Body ?? string.Empty);
        Assert.AreSame(plan, planner.AsAssigned(plan, new Dictionary<int, IReadOnlyList<string>>()), "nothing refused, nothing changes");
    }

    [TestMethod]
    public void No_member_gets_a_second_before_every_available_member_has_one()
    {
        var plan = Plan([.. Enumerable.Range(1, 7).Select(n => Ready(n))], Pool());

        var firstFive = plan.Assignments.Take(5).SelectMany(a => a.Added).ToArray();
        CollectionAssert.AreEquivalent(Members, firstFive);
    }

    [TestMethod]
    public void Never_the_author_a_listed_maintainer_or_a_member_of_the_owning_organisation()
    {
        var candidates = Enumerable.Range(1, 10).Select(n => Ready(n).WithIssue(i => i with { Author = n == 1 ? "alice" : "applicant-" + n }) with
        {
            Maintainers = n == 2 ? AnswerValues.Maintainers("@Bob, @someone").Handles : [],
            RepositoryOwner = n == 3 ? "acme" : n == 4 ? "dave" : "owner-" + n,
        }).ToList();
        var pool = Pool() with { Affiliations = [("acme", "carol"), ("ACME", "Erin")] };

        var plan = Plan(candidates, pool);

        var byIssue = plan.Assignments.ToDictionary(a => a.IssueNumber, a => a.Reviewers.Single());
        Assert.AreNotEqual("alice", byIssue[1], "the author");
        Assert.AreNotEqual("bob", byIssue[2], "a listed maintainer, in any case and with @");
        Assert.IsFalse(byIssue[3] is "carol" or "erin", "members of the organisation owning the repository");
        Assert.AreNotEqual("dave", byIssue[4], "the user owning the repository");
        Assert.IsTrue(Load(plan).Values.All(count => count == 2), string.Join(", ", Load(plan)));
    }

    [TestMethod]
    public void Recused_and_unavailable_members_are_left_out()
    {
        var pool = Pool() with
        {
            Unavailable = new HashSet<string>(["erin"], StringComparer.OrdinalIgnoreCase),
            Recused = new Dictionary<int, IReadOnlySet<string>> { [1] = new HashSet<string>(["alice"], StringComparer.OrdinalIgnoreCase) },
        };

        var plan = Plan([.. Enumerable.Range(1, 8).Select(n => Ready(n))], pool);

        Assert.IsFalse(plan.Assignments.Any(a => a.Reviewers.Contains("erin")));
        Assert.AreNotEqual("alice", plan.Assignments.Single(a => a.IssueNumber == 1).Reviewers.Single());
        Assert.IsTrue(Load(plan).Values.All(count => count == 2));
    }

    [TestMethod]
    public void A_hand_assignment_is_kept_and_counted()
    {
        var candidates = Enumerable.Range(1, 10).Select(n => n == 1 ? Ready(n).WithIssue(i => i with { Assignees = ["carol"] }) : Ready(n)).ToList();

        var plan = Plan(candidates, Pool());

        var first = plan.Assignments.Single(a => a.IssueNumber == 1);
        CollectionAssert.AreEqual(new[] { "carol" }, first.Reviewers.ToArray());
        Assert.IsEmpty(first.Added);
        Assert.IsEmpty(plan.IssuePlans.Single(p => p.IssueNumber == 1).AddAssignees);
        Assert.IsTrue(Load(plan).Values.All(count => count == 2), "carol's hand assignment counts towards her two: " + string.Join(", ", Load(plan)));
    }

    [TestMethod]
    public void A_rerun_assigns_nothing_and_a_removed_reviewer_is_not_put_back()
    {
        var night = Enumerable.Range(1, 10).Select(n => Ready(n)).ToList();
        var first = Plan(night, Pool());
        var applied = Apply(night, first);

        var second = Plan(applied, Pool(), "2026-12-30T12:00-08:00");
        Assert.IsTrue(second.IssuePlans.All(p => p.AddAssignees.Count == 0));
        Assert.AreEqual(first.Agenda!.Body, second.Agenda!.Body);

        var removed = applied.Select(a => a.Issue.Number == 5 ? a.WithIssue(i => i with { Assignees = [] }) : a).ToList();
        var third = Plan(removed, Pool(), "2026-12-31T12:00-08:00");
        Assert.IsEmpty(third.IssuePlans.SelectMany(p => p.AddAssignees));
        Assert.IsEmpty(third.Assignments.Single(a => a.IssueNumber == 5).Reviewers);
    }

    [TestMethod]
    public void The_same_inputs_give_the_same_reviewers()
    {
        var candidates = Enumerable.Range(1, 10).Select(n => Ready(n)).ToList();

        var first = Plan(candidates, Pool());
        var again = Plan([.. Enumerable.Reverse(candidates)], Pool() with { Members = [.. Enumerable.Reverse(Members)] });

        CollectionAssert.AreEqual(
            first.Assignments.Select(a => $"{a.IssueNumber}:{string.Join(",", a.Reviewers)}").ToArray(),
            again.Assignments.Select(a => $"{a.IssueNumber}:{string.Join(",", a.Reviewers)}").ToArray());
    }

    [TestMethod]
    public void Members_who_led_fewer_reviews_in_recent_sessions_come_first()
    {
        var earlier = new[]
        {
            "<!-- ecosystem-bot-session: 2026-12-08 -->\n<!-- ecosystem-bot-reviewers: 1=alice 2=alice 3=bob,carol -->",
            "<!-- ecosystem-bot-session: 2026-11-10 -->\n<!-- ecosystem-bot-reviewers: 4=dave -->",
            "<!-- ecosystem-bot-session: 2026-10-13 -->\n<!-- ecosystem-bot-reviewers: 5=erin -->",
        };
        var history = ReviewAgenda.ReviewerHistory(earlier, Date("2027-01-12"), 2);
        CollectionAssert.AreEquivalent(new[] { "alice", "bob", "carol", "dave" }, history.Keys.ToArray(), "two sessions back, not three");
        Assert.AreEqual(2, history["alice"]);

        var plan = Plan([.. Enumerable.Range(10, 3).Select(n => Ready(n))], Pool() with { History = history });

        CollectionAssert.AreEqual(new[] { "erin", "bob", "carol" }, plan.Assignments.Select(a => a.Reviewers.Single()).ToArray());
    }

    [TestMethod]
    public void Two_reviewers_per_application_when_asked()
    {
        var plan = Plan([.. Enumerable.Range(1, 5).Select(n => Ready(n))], Pool(perApplication: 2));

        Assert.IsTrue(plan.Assignments.All(a => a.Reviewers.Count == 2 && a.Reviewers.Distinct().Count() == 2));
        Assert.IsTrue(Load(plan).Values.All(count => count == 2));
    }

    [TestMethod]
    public void With_no_member_available_the_agenda_says_so_and_the_run_warns()
    {
        var lonely = Ready(1).WithIssue(i => i with { Author = "alice" }) with { Maintainers = ["bob", "carol", "dave", "erin"] };

        var plan = Plan([lonely, Ready(2)], Pool());

        var none = plan.Assignments.Single(a => a.IssueNumber == 1);
        Assert.IsEmpty(none.Reviewers);
        Assert.AreEqual(1, none.Missing);
        StringAssert.Contains(plan.Agenda!.Body, "| ⚠️ no member available |");
        var warning = plan.Warnings.Single(w => w.StartsWith("#1:", StringComparison.Ordinal));
        StringAssert.StartsWith(warning, "#1: no Working Group member is available to lead its review (sessions.reviewers-per-application is 1)");

        var next = Plan(Apply([lonely, Ready(2)], plan), Pool(), "2026-12-30T12:00-08:00");
        Assert.AreEqual(plan.Agenda.Body, next.Agenda!.Body, "the agenda reads the same the next night");
    }

    [TestMethod]
    public void An_application_given_fewer_reviewers_than_wanted_is_still_short_the_next_night()
    {
        var short1 = Ready(1).WithIssue(i => i with { Author = "alice" }) with { Maintainers = ["bob", "carol", "dave"] };

        var plan = Plan([short1, Ready(2)], Pool(2));

        var first = plan.Assignments.Single(a => a.IssueNumber == 1);
        CollectionAssert.AreEqual(new[] { "erin" }, first.Reviewers.ToArray());
        Assert.AreEqual(1, first.Missing);
        StringAssert.Contains(plan.Agenda!.Body, "| @\u2060erin (⚠️ 1 more wanted, no member available) |");
        StringAssert.StartsWith(plan.Warnings.Single(w => w.StartsWith("#1:", StringComparison.Ordinal)), "#1: only 1 Working Group member is available to lead");

        var next = Plan(Apply([short1, Ready(2)], plan), Pool(2), "2026-12-30T12:00-08:00");
        Assert.AreEqual(1, next.Assignments.Single(a => a.IssueNumber == 1).Missing, "still one short");
        Assert.AreEqual(plan.Agenda.Body, next.Agenda!.Body, "the agenda reads the same the next night");
        CollectionAssert.AreEqual(new[] { 1 }, next.NeedingReviewers.Select(a => a.Issue.Number).ToArray(), "the host reads the pool for it");
    }

    /// <summary>alice led #1's review and left the Working Group; frank (by hand, never a member) and sam (staff) stay.</summary>
    private static (List<QueueCandidate> Batch, ReviewerPool Pool) AliceLeft()
    {
        var night = Plan([Ready(1), Ready(2)], new ReviewerPool(["alice", "bob", "carol"], 1));
        var batch = Apply([Ready(1), Ready(2)], night)
            .Select(a => a.WithIssue(i => i with { Assignees = [.. i.Assignees, a.Issue.Number == 1 ? "frank" : "sam"] })).ToList();
        var pool = new ReviewerPool(["bob", "carol"], 1)
        {
            Staff = new HashSet<string>(["Sam"], StringComparer.OrdinalIgnoreCase),
            Recorded = ReviewAgenda.ReviewersIn(night.Agenda!.Body),
        };
        return (batch, pool);
    }

    [TestMethod]
    public void A_lead_reviewer_who_left_the_working_group_is_replaced_before_the_session_and_nobody_else_is_touched()
    {
        var (batch, pool) = AliceLeft();
        CollectionAssert.AreEqual(new[] { "alice", "frank" }, batch[0].Issue.Assignees.ToArray());
        CollectionAssert.AreEqual(new[] { "alice" }, pool.Replaced(batch[0]).ToArray());
        Assert.IsEmpty(pool.Replaced(batch[1]), "bob is a member, sam is staff");

        var plan = Plan(batch, pool, "2026-12-30T12:00-08:00");

        var first = plan.IssuePlans.Single(p => p.IssueNumber == 1);
        CollectionAssert.AreEqual(new[] { "alice" }, first.RemoveAssignees.ToArray());
        CollectionAssert.AreEqual(new[] { "carol" }, first.AddAssignees.ToArray(), "the least loaded member");
        Assert.IsFalse(plan.IssuePlans.Any(p => p.IssueNumber == 2 && (p.AddAssignees.Count > 0 || p.RemoveAssignees.Count > 0)));
        var assignment = plan.Assignments.Single(a => a.IssueNumber == 1);
        CollectionAssert.AreEqual(new[] { "frank", "carol" }, assignment.Reviewers.ToArray());
        CollectionAssert.AreEqual(new[] { "alice" }, assignment.Removed.ToArray());
        Assert.DoesNotContain("alice", plan.Agenda!.Body);
        CollectionAssert.AreEqual(new[] { "carol" }, ReviewAgenda.ReviewersIn(plan.Agenda.Body)[1].ToArray(), "only members are recorded");
        Assert.IsFalse(plan.Warnings.Any(w => w.StartsWith('#')), "about no application: " + string.Join("\n", plan.Warnings));

        var next = Plan(Apply(batch, plan), pool with { Recorded = ReviewAgenda.ReviewersIn(plan.Agenda.Body) }, "2026-12-31T12:00-08:00");
        Assert.IsFalse(next.IssuePlans.Any(p => p.AddAssignees.Count > 0 || p.RemoveAssignees.Count > 0), "a rerun changes nothing");
        Assert.AreEqual(plan.Agenda.Body, next.Agenda!.Body);
    }

    /// <summary>
    /// A run stopped after carol was assigned in alice's place, before alice was taken off: carol, a member the agenda did not
    /// record, is the replacement, so the rerun only takes alice off; stopped before either, the agenda keeps alice recorded.
    /// </summary>
    [TestMethod]
    public void A_replacement_stopped_half_way_is_finished_by_the_rerun_without_a_second_replacement()
    {
        var (batch, pool) = AliceLeft();
        var halfWay = batch.Select(a => a.Issue.Number == 1 ? a.WithIssue(i => i with { Assignees = [.. i.Assignees, "carol"] }) : a).ToList();

        var rerun = Plan(halfWay, pool, "2026-12-30T12:00-08:00");

        var first = rerun.IssuePlans.Single(p => p.IssueNumber == 1);
        CollectionAssert.AreEqual(new[] { "alice" }, first.RemoveAssignees.ToArray());
        Assert.IsEmpty(first.AddAssignees, "carol already stands in for alice");
        Assert.AreEqual(0, rerun.Assignments.Single(a => a.IssueNumber == 1).Missing);

        const string Night = "2026-12-30T12:00-08:00";
        var stopped = Planner(pool, Night).AsAssigned(Plan(batch, pool, Night), new Dictionary<int, IReadOnlyList<string>>(), [1]);
        CollectionAssert.AreEqual(new[] { "alice" }, ReviewAgenda.ReviewersIn(stopped.Agenda!.Body)[1].ToArray(), "the rerun still knows alice left");
    }

    /// <summary>
    /// #1 comes back to a batch led, by an earlier agenda's record, by alice, now away (people.working-group.unavailable): she is
    /// taken off and replaced as a leaver is. erin, away too but assigned by hand to #2, stays; so does bob, away since #3 joined.
    /// </summary>
    [TestMethod]
    public void A_lead_reviewer_now_unavailable_is_replaced_when_the_application_joins_a_batch_and_kept_once_it_is_in()
    {
        QueueCandidate[] candidates =
        [
            Ready(1).WithIssue(i => i with { Assignees = ["alice"] }),
            Ready(2).WithIssue(i => i with { Assignees = ["erin"] }),
            Ready(3).WithIssue(i => i with { Labels = ["In review"], Assignees = ["bob"] }) with { ScheduledSession = Date("2027-01-12") },
        ];
        var pool = Pool() with
        {
            Unavailable = new HashSet<string>(["alice", "bob", "erin"], StringComparer.OrdinalIgnoreCase),
            Recorded = new Dictionary<int, IReadOnlyList<string>> { [1] = ["alice"], [3] = ["bob"] },
        };

        var plan = Plan(candidates, pool);

        var first = plan.Assignments.Single(a => a.IssueNumber == 1);
        CollectionAssert.AreEqual(new[] { "alice" }, first.Removed.ToArray());
        CollectionAssert.AreEqual(new[] { "carol" }, first.Reviewers.ToArray(), "the least loaded member available");
        CollectionAssert.AreEqual(new[] { "alice" }, plan.IssuePlans.Single(p => p.IssueNumber == 1).RemoveAssignees.ToArray());
        Assert.DoesNotContain("alice", plan.Agenda!.Body);
        CollectionAssert.AreEqual(new[] { "erin" }, plan.Assignments.Single(a => a.IssueNumber == 2).Reviewers.ToArray(), "assigned by hand");
        CollectionAssert.AreEqual(new[] { "bob" }, plan.Assignments.Single(a => a.IssueNumber == 3).Reviewers.ToArray(), "already in the batch");
        Assert.IsFalse(plan.IssuePlans.Any(p => p.IssueNumber != 1 && p.RemoveAssignees.Count > 0));
        Assert.IsFalse(plan.Warnings.Any(w => w.StartsWith('#')), "about no application: " + string.Join("\n", plan.Warnings));

        var next = Plan(Apply(candidates, plan), pool with { Recorded = ReviewAgenda.ReviewersIn(plan.Agenda.Body) }, "2026-12-30T12:00-08:00");
        Assert.IsFalse(next.IssuePlans.Any(p => p.AddAssignees.Count > 0 || p.RemoveAssignees.Count > 0), "a rerun changes nothing");
    }

    /// <summary>
    /// #2, led by bob, is withdrawn before its session. The agenda rewritten without it dropped bob from its record, so #2 back
    /// in a later batch had him as one assigned by hand, never replaced: the record now keeps him apart, still the rule's own,
    /// while the history counts only the reviews led at the session. A rerun writes the same agenda.
    /// </summary>
    [TestMethod]
    public void An_application_that_left_the_batch_keeps_its_lead_reviewers_recorded_apart_and_not_counted_as_led()
    {
        static IssueHistory Agenda(SchedulePlan plan) => new(new(90, plan.Agenda!.Title, plan.Agenda.Body, "ecosystem-bot[bot]", true, [],
            At(FourteenDaysBefore), null, Repository + "/issues/90"), [], []);
        var night = Plan([Ready(1), Ready(2)], Pool());
        var applied = Apply([Ready(1), Ready(2)], night);
        List<QueueCandidate> withdrawn = [applied[0], applied[1].WithIssue(i => i with { IsOpen = false })];

        var next = Planner(Pool(), "2026-12-30T12:00-08:00").Plan(withdrawn, Repository, null, Pool(), [Agenda(night)]);

        CollectionAssert.AreEqual(new[] { 1 }, ReviewAgenda.ReviewersIn(next.Agenda!.Body).Keys.ToArray(), "only #1 is reviewed at the session");
        CollectionAssert.AreEqual(new[] { "bob" }, ReviewAgenda.RecordedReviewers([Agenda(next)], Date("2027-02-09"))[2].ToArray());
        CollectionAssert.AreEqual(new[] { "alice" }, ReviewAgenda.ReviewerHistory([next.Agenda.Body], Date("2027-02-09"), 6).Keys.ToArray());
        var again = Planner(Pool(), "2026-12-31T12:00-08:00").Plan(withdrawn, Repository, null, Pool(), [Agenda(next)]);
        Assert.AreEqual(next.Agenda.Body, again.Agenda!.Body);
    }

    [TestMethod]
    public void Once_the_session_started_a_reviewer_who_left_stays_and_the_run_says_so()
    {
        var (batch, pool) = AliceLeft();

        var plan = Plan(batch, pool, "2027-01-12T10:00-08:00");

        Assert.IsFalse(plan.IssuePlans.Any(p => p.AddAssignees.Count > 0 || p.RemoveAssignees.Count > 0));
        Assert.IsNull(plan.Agenda, "the agenda stays as the session saw it");
        StringAssert.StartsWith(
            plan.Warnings.Single(), "#1: @alice, a lead reviewer, is no longer in the Working Group, and the session on 2027-01-12 has started");
    }

    [TestMethod]
    public void With_no_member_in_the_working_group_nobody_is_taken_off()
    {
        var (batch, pool) = AliceLeft();

        var plan = Plan(batch, pool with { Members = [] }, "2026-12-30T12:00-08:00");

        Assert.IsFalse(plan.IssuePlans.Any(p => p.RemoveAssignees.Count > 0));
        Assert.IsFalse(plan.Warnings.Any(w => w.StartsWith('#')), "about no application: " + string.Join("\n", plan.Warnings));
        Assert.IsEmpty(ReviewAgenda.ReviewersIn(plan.Agenda!.Body), "a night without members records nobody");
        Assert.IsEmpty(pool.Replaced(batch[0].WithIssue(i => i with { Assignees = ["frank"] })), "frank, by hand, was never recorded");

        var groupBack = Plan(batch, pool with { Recorded = ReviewAgenda.ReviewersIn(plan.Agenda.Body) }, "2026-12-31T12:00-08:00");
        Assert.IsFalse(groupBack.IssuePlans.Any(p => p.RemoveAssignees.Contains("frank")), "frank stays once the group is back");
    }

    [TestMethod]
    public void The_plan_made_again_with_reviewers_after_midnight_keeps_the_first_plans_session_and_batch()
    {
        // Sessions on 2027-01-12 and 2027-01-26; the run starts a second before midnight on the first one's day.
        var clock = new FakeTimeProvider(At("2027-01-12T23:59:59-08:00"));
        var planner = new BatchPlanner(TwiceMonthly(), new SchedulingRules(), new IntakeRules(), clock);
        List<QueueCandidate> candidates =
        [
            .. Enumerable.Range(1, 10).Select(n => Ready(n).WithIssue(i => i with { Labels = ["In review"], Assignees = n == 1 ? [] : ["bob"] })
                with { ScheduledSession = Date("2027-01-12") }),
            .. Enumerable.Range(11, 10).Select(n => Ready(n)),
        ];
        var draft = planner.Plan(candidates, Repository);
        CollectionAssert.AreEqual(new[] { 1 }, draft.NeedingReviewers.Select(a => a.Issue.Number).ToArray());

        // The pool (recusals, organisation memberships) is read for the draft's batch; the clock passes midnight meanwhile.
        clock.Advance(TimeSpan.FromSeconds(2));
        var plan = planner.Plan(candidates, Repository, null, Pool());

        Assert.AreEqual(draft.Target, plan.Target);
        Assert.AreEqual(draft.Today, plan.Today);
        CollectionAssert.AreEqual(Numbers(draft), Numbers(plan), "no batch is filled whose reviewers' memberships were never asked");
    }

    [TestMethod]
    public void The_agenda_shows_the_reviewers_and_records_them_for_later_runs()
    {
        var plan = Plan([.. Enumerable.Range(1, 3).Select(n => Ready(n))], Pool());

        GoldenFile.AssertMatches("review-session-agenda-reviewers.md", plan.Agenda!.Body);
        var recorded = ReviewAgenda.ReviewersIn(plan.Agenda.Body);
        CollectionAssert.AreEqual(new[] { "alice" }, recorded[1].ToArray());
        CollectionAssert.AreEqual(new[] { "carol" }, recorded[3].ToArray());
    }

    [TestMethod]
    public void Without_a_pool_assignees_are_left_alone()
    {
        var plan = new BatchPlanner(Monthly(), new SchedulingRules(), new IntakeRules(), new FakeTimeProvider(At(FourteenDaysBefore)))
            .Plan([Ready(1).WithIssue(i => i with { Assignees = ["zed"] }), Ready(2)], Repository);

        Assert.IsEmpty(plan.Assignments);
        Assert.IsTrue(plan.IssuePlans.All(p => p.AddAssignees.Count == 0));
        StringAssert.Contains(plan.Agenda!.Body, "| @\u2060zed |");
    }

    [TestMethod]
    public void GitHub_is_asked_once_a_member_and_organisation_whatever_the_case_and_only_about_members_otherwise_eligible()
    {
        QueueCandidate[] batch = 
        [
            Ready(1).WithIssue(i => i with { Author = "alice" }) with { RepositoryOwner = "acme" },
            Ready(2) with { RepositoryOwner = "ACME" },
            Ready(3),
        ];
        var pool = Pool() with { Unavailable = new HashSet<string>(["erin"], StringComparer.OrdinalIgnoreCase) };

        var questions = pool.AffiliationQuestions(batch);

        CollectionAssert.AreEqual(
            new[] { ("acme", "bob"), ("acme", "carol"), ("acme", "dave"), ("ACME", "alice") },
            questions.Select(q => (q.Organisation, q.Member)).ToArray());
    }
}
