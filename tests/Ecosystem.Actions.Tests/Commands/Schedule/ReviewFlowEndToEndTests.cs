using System.Globalization;
using System.Text.Json;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.Logging;
using Ecosystem.TestServer.State;
using static Ecosystem.Actions.Tests.EndToEnd.World;

namespace Ecosystem.Actions.Tests.Commands.Schedule;

/// <summary>Reviewer assignment and queue positions, on the test server with exact request counts.</summary>
[TestClass]
public sealed class ReviewFlowEndToEndTests
{
    // The session on 2027-01-12 is 14 days away on 2026-12-29 (Los Angeles); sessions follow every two weeks.
    private const string FourteenDaysBefore = "2026-12-29T12:00-08:00";

    private static readonly string[] Members = ["alice", "bob", "carol", "dave", "erin"];

    private static List<RecordedRequest> MembershipReads(RunResult result) =>
        [.. result.Requests.Where(r => r.Method == "GET" && r.Path.Contains("/orgs/", StringComparison.Ordinal) && r.Path.Contains("/members/", StringComparison.Ordinal))];

    private static List<RecordedRequest> Assigning(RunResult result) =>
        [.. result.WriteRequests.Where(r => r.Path.EndsWith("/assignees", StringComparison.Ordinal))];

    private static string Body(string repository, string maintainers) =>
        CompleteBody.Replace("https://github.com/torchrender/torchrender", repository, StringComparison.Ordinal)
            .Replace("@janedoe, @rajpatel", maintainers, StringComparison.Ordinal);

    /// <summary>Ten applications: #1 opened by alice, #2 lists bob as a maintainer, #3's repository belongs to acme (carol's organisation).</summary>
    private static List<Issue> TenApplications(World scenario)
    {
        scenario.State.WithOrganizationMembers("acme", "carol");
        scenario.State.AddOrganization("torchrender");
        return
        [
            scenario.AddApplicationBy("alice", "P1", Body("https://github.com/torchrender/p1", "@alice, @maria")),
            scenario.AddApplicationBy("applicant-p2", "P2", Body("https://github.com/torchrender/p2", "@Bob, @maria")),
            scenario.AddApplicationBy("applicant-p3", "P3", Body("https://github.com/acme/p3", "@janedoe, @rajpatel")),
            .. Enumerable.Range(4, 7).Select(n => scenario.AddApplicationBy(
                "applicant-p" + n.ToString(CultureInfo.InvariantCulture), "P" + n.ToString(CultureInfo.InvariantCulture),
                Body("https://github.com/torchrender/p" + n.ToString(CultureInfo.InvariantCulture), "@janedoe, @rajpatel"))),
        ];
    }

    [TestMethod]
    public async Task A_batch_of_ten_with_five_members_gives_each_two_and_none_to_an_author_maintainer_or_affiliated_member()
    {
        await using var scenario = await World.Schedule(board: false, configuration: "ecosystem.review-flow.yml").StartAsync();
        var issues = TenApplications(scenario);
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsTrue(issues.All(i => i.Assignees.Count == 1), string.Join(", ", issues.Select(i => $"#{i.Number}: {string.Join("+", i.Assignees)}")));
        var load = issues.SelectMany(i => i.Assignees).GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());
        CollectionAssert.AreEquivalent(Members, load.Keys.ToArray());
        Assert.IsTrue(load.Values.All(count => count == 2), string.Join(", ", load));
        Assert.AreNotEqual("alice", issues[0].Assignees[0], "the author");
        Assert.AreNotEqual("bob", issues[1].Assignees[0], "a listed maintainer");
        Assert.AreNotEqual("carol", issues[2].Assignees[0], "a member of acme, which owns the repository");

        // One membership read per member and organisation: 5 for torchrender, 5 for acme.
        var memberships = MembershipReads(result);
        Assert.HasCount(10, memberships, string.Join("\n", memberships.Select(r => r.Path)));
        Assert.HasCount(10, memberships.Select(r => r.Path).Distinct().ToList());
        // The comments of the ten came with the backlog (to find recusals, then to write their session comment); each is read
        // again only from the newest on, once its session comment is posted (another run may have posted one too).
        Assert.AreEqual(10, result.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/comments", StringComparison.Ordinal)));
        // Per application: assignees, the session comment, In review added, New removed; then the agenda.
        Assert.HasCount(10, Assigning(result));
        Assert.HasCount(41, result.WriteRequests, result.ToString());

        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        StringAssert.Contains(agenda.Body, "| Lead reviewers |");
        StringAssert.Contains(agenda.Body, $"| @\u2060{issues[0].Assignees[0]} |");
        var assignments = JsonDocument.Parse(result.Outputs["assignments"]).RootElement;
        Assert.AreEqual(10, assignments.GetArrayLength());
        Assert.AreEqual(issues[0].Number, assignments[0].GetProperty("issue").GetInt32());
        Assert.AreEqual(issues[0].Assignees[0], assignments[0].GetProperty("reviewers")[0].GetString());

        scenario.SetClock("2026-12-30T12:00-08:00");
        var rerun = await scenario.NightlyAsync();
        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, rerun.ToString());
        Assert.IsEmpty(MembershipReads(rerun), "every application has its reviewer: nothing to ask");
    }

    [TestMethod]
    public async Task An_application_short_of_reviewers_stays_marked_short_and_the_next_night_writes_nothing()
    {
        await using var scenario = await World.Schedule(board: false).WithConfiguration("""
            sessions:
              time-zone: "America/Los_Angeles"
              dates: ["2027-01-12"]
              reviewers-per-application: 2
            people:
              working-group:
                users: ["alice", "bob"]
            """).StartAsync();
        var byAlice = scenario.AddApplicationBy("alice", "P1", Body("https://github.com/torchrender/p1", "@janedoe, @rajpatel"));
        scenario.SetClock(FourteenDaysBefore);

        var first = await scenario.NightlyAsync();

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        CollectionAssert.AreEqual(new[] { "bob" }, byAlice.Assignees.ToArray(), "its author cannot lead its review");
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        StringAssert.Contains(agenda.Body, "(⚠️ 1 more wanted, no member available)");

        scenario.SetClock("2026-12-30T12:00-08:00");
        var rerun = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, "the agenda still says a reviewer is missing, as written: " + rerun);
    }

    [TestMethod]
    public async Task A_member_GitHub_does_not_assign_is_named_in_a_warning_and_not_shown_as_reviewer()
    {
        await using var scenario = await World.Schedule(board: false).WithConfiguration("""
            sessions:
              time-zone: "America/Los_Angeles"
              dates: ["2027-01-12"]
            people:
              working-group:
                users: ["bob", "carol"]
            """).StartAsync();
        var application = scenario.AddApplicationBy("alice", "P1", Body("https://github.com/torchrender/p1", "@janedoe, @rajpatel"));
        // GitHub answers 201 without bob: he has no access to the repository.
        scenario.Repository.WithoutAccess("bob");
        scenario.SetClock(FourteenDaysBefore);

        var first = await scenario.NightlyAsync();

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.HasCount(1, Assigning(first), "bob, the first by login, is asked for");
        Assert.IsEmpty(application.Assignees);
        StringAssert.Contains(first.Stdout, $"::warning title=Schedule::GitHub did not assign @bob to #{application.Number}: ");
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        StringAssert.Contains(agenda.Body, " | — |");
        Assert.DoesNotContain("bob", agenda.Body ?? string.Empty, "the agenda names no reviewer GitHub did not assign, not even in its hidden line");
        var assignments = JsonDocument.Parse(first.Outputs["assignments"]).RootElement;
        Assert.AreEqual(0, assignments[0].GetProperty("reviewers").GetArrayLength(), first.Outputs["assignments"]);

        scenario.SetClock("2026-12-30T12:00-08:00");
        var rerun = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, "the agenda already read as the issue is: " + rerun);
    }

    [TestMethod]
    public async Task A_hand_assignment_survives_the_next_run()
    {
        await using var scenario = await World.Schedule(board: false, configuration: "ecosystem.review-flow.yml").StartAsync();
        var issues = TenApplications(scenario);
        scenario.SetClock(FourteenDaysBefore);
        await scenario.NightlyAsync();
        var fourth = issues[3];
        var picked = fourth.Assignees[0];
        fourth.Unassign(picked).Assign("frank");
        issues[4].Assign("grace");

        scenario.SetClock("2026-12-30T12:00-08:00");
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { "frank" }, fourth.Assignees.ToArray(), "the reviewer removed by hand is not put back");
        Assert.AreEqual(2, issues[4].Assignees.Count);
        Assert.IsEmpty(Assigning(result));
        // Only the agenda follows the hand changes.
        Assert.HasCount(1, result.WriteRequests, result.ToString());
        Assert.AreEqual("PATCH", result.WriteRequests[0].Method);
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        StringAssert.Contains(agenda.Body, "| @\u2060frank |");
    }

    /// <summary>
    /// Two applications scheduled for 2027-01-12 by a Working Group of alice, bob and carol (staff: sam), sessions on
    /// <paramref name="dates"/>: alice leads the first one's review, bob the second one's.
    /// </summary>
    private static async Task<(World Scenario, Issue First, Issue Second)> LedByAliceAndBobAsync(string dates)
    {
        var scenario = await World.Schedule(board: false).WithConfiguration($$"""
            sessions:
              time-zone: "America/Los_Angeles"
              dates: [{{dates}}]
            people:
              staff:
                users: ["sam"]
              working-group:
                users: ["alice", "bob", "carol"]
            """).StartAsync();
        scenario.State.AddOrganization("torchrender");
        var first = scenario.AddApplicationBy("applicant-p1", "P1", Body("https://github.com/torchrender/p1", "@janedoe, @rajpatel"));
        var second = scenario.AddApplicationBy("applicant-p2", "P2", Body("https://github.com/torchrender/p2", "@janedoe, @rajpatel"));
        scenario.SetClock(FourteenDaysBefore);
        await scenario.NightlyAsync();
        CollectionAssert.AreEqual(new[] { "alice" }, first.Assignees.ToArray());
        CollectionAssert.AreEqual(new[] { "bob" }, second.Assignees.ToArray());
        return (scenario, first, second);
    }

    /// <summary>
    /// <see cref="LedByAliceAndBobAsync"/>'s two applications, with a second session on 2027-01-26, back for another review after
    /// the first (staff mark them returning).
    /// </summary>
    private static async Task<(World Scenario, Issue First, Issue Second)> BackForAnotherReviewAsync()
    {
        var (scenario, first, second) = await LedByAliceAndBobAsync("\"2027-01-12\", \"2027-01-26\"");
        foreach (var back in new[] { first, second })
        {
            back.RemoveLabel("In review", "sam", At("2027-01-12T12:00-08:00")).AddLabel("New", "sam", At("2027-01-12T12:01-08:00"))
                .AddLabel("Returning", "sam", At("2027-01-12T12:02-08:00"));
        }

        return (scenario, first, second);
    }

    /// <summary>
    /// A lead reviewer who leaves the Working Group before the session is replaced by a member the spread rule picks, and the
    /// agenda follows; an assignee staff added by hand (staff, or anyone never recorded as a member reviewer) stays.
    /// </summary>
    [TestMethod]
    public async Task A_reviewer_who_left_the_working_group_before_the_session_is_replaced_and_hand_assignments_stay()
    {
        var (world, first, second) = await LedByAliceAndBobAsync("\"2027-01-12\"");
        await using var scenario = world;
        first.Assign("frank");
        second.Assign("sam");

        // alice leaves the Working Group.
        string[] withoutAlice = ["--set", "people.working-group.users=bob,carol"];
        scenario.SetClock("2026-12-30T12:00-08:00");
        var result = await scenario.NightlyAsync(withoutAlice);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "frank", "carol" }, first.Assignees.ToArray(), "alice replaced by carol, the least loaded member");
        CollectionAssert.AreEquivalent(new[] { "bob", "sam" }, second.Assignees.ToArray(), "staff's own assignment stays");
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        Assert.DoesNotContain("alice", agenda.Body ?? string.Empty, "the agenda and its record no longer name alice");
        StringAssert.Contains(agenda.Body, "@\u2060carol");
        var assignments = JsonDocument.Parse(result.Outputs["assignments"]).RootElement;
        Assert.AreEqual("alice", assignments[0].GetProperty("removed")[0].GetString(), result.Outputs["assignments"]);
        // alice unassigned, carol assigned, the agenda edited; GitHub asked whether bob and carol belong to torchrender.
        Assert.HasCount(2, Assigning(result), result.ToString());
        Assert.HasCount(3, result.WriteRequests, result.ToString());
        Assert.HasCount(2, MembershipReads(result), result.ToString());

        scenario.SetClock("2026-12-31T12:00-08:00");
        var rerun = await scenario.NightlyAsync(withoutAlice);
        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, "a second run writes nothing: " + rerun);
        CollectionAssert.AreEquivalent(new[] { "frank", "carol" }, first.Assignees.ToArray(), "frank, assigned by hand, stays");
    }

    /// <summary>
    /// An application back for another review (put back in the queue, returning, after its session) kept the lead reviewers
    /// of its earlier session, and one who had left the Working Group since was never replaced: only the target session's
    /// agenda was read for who the rule had assigned. Scheduled again, the earlier session's agenda tells: the one who left is
    /// taken off and replaced; a member who led its earlier review, and anyone assigned by hand, stays; a rerun writes nothing.
    /// </summary>
    [TestMethod]
    public async Task An_application_scheduled_again_has_a_reviewer_who_left_the_working_group_since_its_last_session_replaced()
    {
        var (world, first, second) = await BackForAnotherReviewAsync();
        await using var scenario = world;
        second.Assign("frank");
        // alice has left the Working Group.
        string[] withoutAlice = ["--set", "people.working-group.users=bob,carol"];
        scenario.SetClock("2027-01-13T12:00-08:00");
        var result = await scenario.NightlyAsync(withoutAlice);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { first.Number, second.Number }, JsonSerializer.Deserialize<int[]>(result.Outputs["scheduled"]));
        CollectionAssert.AreEquivalent(new[] { "carol" }, first.Assignees.ToArray(), "alice replaced by carol, the least loaded member");
        CollectionAssert.AreEquivalent(new[] { "bob", "frank" }, second.Assignees.ToArray(), "bob, still a member, and frank, by hand, stay");
        var assignments = JsonDocument.Parse(result.Outputs["assignments"]).RootElement;
        Assert.AreEqual("alice", assignments[0].GetProperty("removed")[0].GetString(), result.Outputs["assignments"]);
        Assert.HasCount(2, Assigning(result), "alice unassigned, carol assigned: " + result);
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-26");
        Assert.DoesNotContain("alice", agenda.Body ?? string.Empty);

        scenario.SetClock("2027-01-14T12:00-08:00");
        var rerun = await scenario.NightlyAsync(withoutAlice);
        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, "a second run writes nothing: " + rerun);
    }

    /// <summary>
    /// Scheduled again, an application kept the lead reviewer of its earlier session though she was now away
    /// (people.working-group.unavailable), so its review had no lead: she is taken off and replaced, as one who left is, at
    /// the cost of the same requests. carol, away too but assigned by hand, stays; bob, away once the batch is filled, stays.
    /// </summary>
    [TestMethod]
    public async Task An_application_scheduled_again_has_a_reviewer_now_unavailable_replaced_and_hand_assignments_stay()
    {
        var (world, first, second) = await BackForAnotherReviewAsync();
        await using var scenario = world;
        second.Assign("carol");
        scenario.SetClock("2027-01-13T12:00-08:00");
        var result = await scenario.NightlyAsync("--set", "people.working-group.unavailable=alice,carol");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "bob" }, first.Assignees.ToArray(), "alice, away, replaced by bob, the one member available");
        CollectionAssert.AreEquivalent(new[] { "bob", "carol" }, second.Assignees.ToArray(), "carol, assigned by hand, stays");
        var assignments = JsonDocument.Parse(result.Outputs["assignments"]).RootElement;
        Assert.AreEqual("alice", assignments[0].GetProperty("removed")[0].GetString(), result.Outputs["assignments"]);
        Assert.AreEqual(0, assignments[1].GetProperty("removed").GetArrayLength(), result.Outputs["assignments"]);
        Assert.HasCount(2, Assigning(result), "alice unassigned, bob assigned: " + result);
        Assert.DoesNotContain("alice", scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-26").Body ?? string.Empty);

        scenario.SetClock("2027-01-14T12:00-08:00");
        var rerun = await scenario.NightlyAsync("--set", "people.working-group.unavailable=alice,bob,carol");
        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsEmpty(rerun.WriteRequests, "bob, away once the batch is filled, stays: " + rerun);
    }

    /// <summary>
    /// An application withdrawn before its session drops out of the agenda and its record, and so did its lead reviewer: once
    /// reopened and scheduled again, bob, who had left the Working Group, was taken for one assigned by hand and stayed, and the
    /// review had no lead. The agenda keeps the record of one that left its batch apart, so bob is replaced; the history still
    /// counts only the reviews led at the session.
    /// </summary>
    [TestMethod]
    public async Task An_application_withdrawn_before_its_session_and_scheduled_again_has_a_reviewer_who_left_the_working_group_replaced()
    {
        var (world, first, second) = await LedByAliceAndBobAsync("\"2027-01-12\", \"2027-01-26\"");
        await using var scenario = world;
        second.Close(second.Author, "not_planned", At("2026-12-30T10:00-08:00"));
        scenario.SetClock("2026-12-30T12:00-08:00");
        await scenario.NightlyAsync();
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        Assert.DoesNotContain($"#{second.Number}]", agenda.Body ?? string.Empty, "the withdrawn application left the agenda");

        // Reopened after the session, it waits in the queue again; bob has left the Working Group.
        second.Reopen(second.Author, At("2027-01-13T09:00-08:00"));
        scenario.SetClock("2027-01-13T12:00-08:00");
        var result = await scenario.NightlyAsync("--set", "people.working-group.users=alice,carol");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { second.Number }, JsonSerializer.Deserialize<int[]>(result.Outputs["scheduled"]), result.ToString());
        CollectionAssert.AreEqual(new[] { "carol" }, second.Assignees.ToArray(), "bob replaced by carol, who led no review at the session");
        Assert.AreEqual("bob", JsonDocument.Parse(result.Outputs["assignments"]).RootElement[0].GetProperty("removed")[0].GetString());
        Assert.HasCount(2, Assigning(result), "bob unassigned, carol assigned: " + result);

        scenario.SetClock("2027-01-14T12:00-08:00");
        var rerun = await scenario.NightlyAsync("--set", "people.working-group.users=alice,carol");
        Assert.IsEmpty(rerun.WriteRequests, "a second run writes nothing: " + rerun);
    }

    /// <summary>Once the session has started its agenda stays as the session saw it; the run names the reviewer who left.</summary>
    [TestMethod]
    public async Task A_reviewer_who_left_the_working_group_after_the_session_started_is_named_in_the_summary_and_nothing_changes()
    {
        await using var scenario = await World.Schedule(board: false).WithConfiguration("""
            sessions:
              time-zone: "America/Los_Angeles"
              dates: ["2027-01-12", "2027-01-26"]
            people:
              working-group:
                users: ["alice", "bob"]
            """).StartAsync();
        scenario.State.AddOrganization("torchrender");
        var application = scenario.AddApplicationBy("applicant-p1", "P1", Body("https://github.com/torchrender/p1", "@janedoe, @rajpatel"));
        scenario.SetClock(FourteenDaysBefore);
        await scenario.NightlyAsync();
        CollectionAssert.AreEqual(new[] { "alice" }, application.Assignees.ToArray());

        scenario.SetClock("2027-01-12T10:00-08:00");
        var result = await scenario.NightlyAsync("--set", "people.working-group.users=bob");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        CollectionAssert.AreEqual(new[] { "alice" }, application.Assignees.ToArray());
        StringAssert.Contains(
            result.Stdout, $"::warning title=Schedule::#{application.Number}: @alice, a lead reviewer, is no longer in the Working Group");
        StringAssert.Contains(result.Summary, "is no longer in the Working Group", result.Summary);
    }

    [TestMethod]
    public async Task Queue_of_twenty_five_names_each_expected_session_then_writes_nothing_then_follows_the_batch()
    {
        await using var scenario = await World.Schedule(board: false, configuration: "ecosystem.every-two-weeks.yml").StartAsync();
        var issues = scenario.AddApplications(25);
        scenario.SetClock(FourteenDaysBefore);

        var first = await scenario.NightlyAsync();

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var waiting = issues.Skip(10).ToList();
        for (var i = 0; i < waiting.Count; i++)
        {
            var notice = waiting[i].Comments.Single(c => c.Body.StartsWith("<!-- ecosystem-bot:queue-position -->", StringComparison.Ordinal)).Body;
            StringAssert.Contains(notice, $"number **{i + 1}** in the queue");
            StringAssert.Contains(notice, i < 10 ? "**Tuesday 26 January 2027** (2027-01-26)" : "**Tuesday 9 February 2027** (2027-02-09)");
        }

        Assert.IsTrue(issues.Take(10).All(i => i.Comments.Count == 1), "the batch gets its session comment, no queue comment");
        Assert.AreEqual(
            25,
            first.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/comments", StringComparison.Ordinal)),
            "each application's comments came with the backlog, read again only after a comment was posted on it");
        // 10 × (session comment, In review, New removed), the agenda, and one queue comment per waiting application.
        Assert.HasCount(31 + 15, first.WriteRequests, first.ToString());

        scenario.SetClock("2026-12-30T12:00-08:00");
        var nextNight = await scenario.NightlyAsync();
        Assert.AreEqual(0, nextNight.ExitCode, nextNight.ToString());
        Assert.IsEmpty(nextNight.WriteRequests, nextNight.ToString());
        Assert.AreEqual(0, nextNight.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/comments", StringComparison.Ordinal)), "the batch's (for its session) and the waiting's (for their queue comment) came with the backlog");
        Assert.AreEqual(1, nextNight.Requests.Count(r => r.GraphQLDocument?.Contains("query IssueHistories(", StringComparison.Ordinal) == true), "one page of the 25 and the agenda");

        // The day after the 2027-01-12 session, 13 days before 2027-01-26: the next ten move; the five left move up.
        scenario.SetClock("2027-01-13T12:00-08:00");
        var moved = await scenario.NightlyAsync();

        Assert.AreEqual(0, moved.ExitCode, moved.ToString());
        Assert.AreEqual("2027-01-26", moved.Outputs["session-date"]);
        var left = issues.Skip(20).ToList();
        for (var i = 0; i < left.Count; i++)
        {
            var notice = left[i].Comments.Single(c => c.Body.StartsWith("<!-- ecosystem-bot:queue-position -->", StringComparison.Ordinal)).Body;
            StringAssert.Contains(notice, $"number **{i + 1}** in the queue");
            StringAssert.Contains(notice, "(2027-02-09)");
        }

        var joined = issues[10].Comments.Single(c => c.Body.StartsWith("<!-- ecosystem-bot:queue-position -->", StringComparison.Ordinal)).Body;
        StringAssert.Contains(joined, "Left the review queue: scheduled");
        StringAssert.Contains(joined, "(2027-01-26)");
        // 10 × (session comment, In review, New removed) and the agenda; 10 queue comments now say "scheduled"; 5 move up.
        Assert.HasCount(31 + 10 + 5, moved.WriteRequests, moved.ToString());
        Assert.AreEqual(15, moved.WriteRequests.Count(r => r.Method == "PATCH" && r.Path.Contains("/issues/comments/", StringComparison.Ordinal)), "queue comments are edited in place");
    }

    [TestMethod]
    public async Task A_session_chosen_after_the_next_one_leaves_the_queue_expecting_the_next_one_and_the_nightly_run_agrees()
    {
        await using var scenario = await World.Schedule(board: false, configuration: "ecosystem.every-two-weeks.yml").StartAsync();
        var issues = scenario.AddApplications(25);
        // 15 days before 2027-01-12: the nightly run fills nothing yet; staff fill 2027-01-26 now.
        scenario.SetClock("2026-12-28T10:00-08:00");

        var dispatched = await scenario.DispatchAsync(new Dictionary<string, string> { ["session-date"] = "2027-01-26" });

        Assert.AreEqual(0, dispatched.ExitCode, dispatched.ToString());
        Assert.AreEqual("2027-01-26", dispatched.Outputs["session-date"]);
        Assert.IsTrue(issues.Take(10).All(i => i.Labels.Contains("In review")));
        var waiting = issues.Skip(10).ToList();
        for (var i = 0; i < waiting.Count; i++)
        {
            var notice = waiting[i].Comments.Single(c => c.Body.StartsWith("<!-- ecosystem-bot:queue-position -->", StringComparison.Ordinal)).Body;
            StringAssert.Contains(notice, $"number **{i + 1}** in the queue");
            StringAssert.Contains(notice, i < 10 ? "**Tuesday 12 January 2027** (2027-01-12)" : "**Tuesday 9 February 2027** (2027-02-09)");
        }

        scenario.SetClock("2026-12-28T12:00-08:00");
        var nightly = await scenario.NightlyAsync();

        Assert.AreEqual(0, nightly.ExitCode, nightly.ToString());
        Assert.AreEqual("2027-01-12", nightly.Outputs["session-date"]);
        Assert.IsEmpty(nightly.WriteRequests, nightly.ToString());
    }
}
