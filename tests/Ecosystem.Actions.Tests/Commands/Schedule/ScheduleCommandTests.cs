using System.Text.Json;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;
using static Ecosystem.Actions.Tests.EndToEnd.World;

namespace Ecosystem.Actions.Tests.Commands.Schedule;

/// <summary>The acceptance points of "Scheduling", each on the test server with the clock moved between nightly runs.</summary>
[TestClass]
public sealed class ScheduleCommandTests
{
    // The session on 2027-01-12 (09:00 Los Angeles) is 15 days away on 2026-12-28 and 14 on 2026-12-29.
    private const string FifteenDaysBefore = "2026-12-28T12:00-08:00";
    private const string FourteenDaysBefore = "2026-12-29T12:00-08:00";

    private static int[] Scheduled(RunResult result) => JsonSerializer.Deserialize<int[]>(result.Outputs["scheduled"])!;

    private static bool InReview(Issue issue) => issue.Labels.Contains("In review");

    private static string SessionComment(World scenario, Issue issue) =>
        scenario.OwnComments(issue).Single(c => c.Body.StartsWith("<!-- ecosystem-bot:review-session -->", StringComparison.Ordinal)).Body;

    /// <summary>
    /// One application of the batch GitHub refuses a write on every time (locked, say) fails its own joining, named, and the
    /// run still schedules the rest of the batch, opens the agenda and tells the queue, where the first refusal stopped the
    /// run before all of it, every night, so that no session was ever filled. Once GitHub takes the write, the rerun
    /// completes that application alone and the night after writes nothing.
    /// </summary>
    [TestMethod]
    public async Task An_application_GitHub_refuses_a_write_on_does_not_keep_the_batch_from_its_session()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(12);
        scenario.SetClock(FourteenDaysBefore);
        var locked = $"/repos/pytorch-fdn/ecosystem/issues/{issues[0].Number}/comments";
        scenario.Server.Faults.Add("POST", locked, FaultHits.Always, Fault.Status(403));

        var refused = await scenario.NightlyAsync();

        Assert.IsTrue(issues.Skip(1).Take(9).All(InReview), refused.ToString());
        Assert.IsNotNull(scenario.Repository.Issues.SingleOrDefault(i => i.Title == "Review session 2027-01-12"), refused.ToString());
        Assert.IsFalse(InReview(issues[0]));
        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Stdout, $"::error::#{issues[0].Number} (schedule): GitHub answered 403");

        scenario.Server.Faults.Clear();
        var rerun = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsTrue(issues.Take(10).All(InReview), rerun.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>
    /// An agenda GitHub refuses to open (a 500 after every retry, say) is named in an error, and the run still tells the
    /// applications after the batch their place in the queue, where the refusal stopped the run before them. Once GitHub
    /// takes it, the rerun opens the agenda alone and the night after writes nothing.
    /// </summary>
    [TestMethod]
    public async Task An_agenda_GitHub_refuses_to_open_does_not_keep_the_queue_from_its_places()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(12);
        scenario.SetClock(FourteenDaysBefore);
        scenario.Server.Faults.Add("POST", "/repos/pytorch-fdn/ecosystem/issues", FaultHits.Always, Fault.Status(403));
        static bool Told(Issue issue) => issue.Comments.Any(c => c.Body.Contains("ecosystem-bot:queue-position", StringComparison.Ordinal));

        var refused = await scenario.NightlyAsync();

        Assert.IsTrue(issues.Skip(10).All(Told), refused.ToString());
        Assert.IsFalse(scenario.Repository.Issues.Any(i => i.Title == "Review session 2027-01-12"), refused.ToString());
        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Stdout, "::error::Agenda issue \"Review session 2027-01-12\" (schedule): GitHub answered 403");

        scenario.Server.Faults.Clear();
        var rerun = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.HasCount(1, rerun.WriteRequests, "the agenda alone: " + rerun);
        Assert.HasCount(1, scenario.Repository.Issues.Where(i => i.Title == "Review session 2027-01-12"), rerun.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task Fifteen_days_before_a_session_nothing_moves()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.AddApplications(12);
        scenario.SetClock(FifteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        // Only the queue-position comment of each of the 12 waiting applications.
        Assert.HasCount(12, result.WriteRequests, result.ToString());
        Assert.IsTrue(result.WriteRequests.All(r => r.Method == "POST" && r.Path.EndsWith("/comments", StringComparison.Ordinal) && r.Body!.Contains("ecosystem-bot:queue-position", StringComparison.Ordinal)));
        Assert.AreEqual("2027-01-12", result.Outputs["session-date"]);
        Assert.AreEqual("[]", result.Outputs["scheduled"]);
        StringAssert.Contains(result.Summary, "nothing moves yet");
    }

    [TestMethod]
    public async Task Before_the_window_an_application_labelled_in_review_by_hand_is_not_reported_as_scheduled()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var byHand = scenario.AddApplicationFor("ByHand", "In review");
        scenario.SetClock(FifteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.IsEmpty(byHand.Comments);
        Assert.AreEqual("[]", result.Outputs["scheduled"], "nothing was moved into review");
        Assert.IsFalse(result.Summary.Contains("now recorded", StringComparison.Ordinal), result.Summary);
    }

    [TestMethod]
    public async Task At_fourteen_days_the_ten_right_applications_move_returning_first()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(12);                                                 // #1–#12
        var returning = scenario.AddApplicationFor("Again", "Returning");                             // #13
        var waiting = scenario.AddApplicationFor("Waits", "Waiting on comment");                      // #14
        var incomplete = scenario.AddApplicationWithBody("Half", IncompleteBody);                          // #15
        var decided = scenario.AddApplicationFor("Decided", "Accepted");                              // #16
        var question = scenario.Repository.AddIssue("How do I apply?", "Where is the form?", "someone"); // #17, not an application
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        int[] expectedOrder = [returning.Number, .. issues.Take(9).Select(i => i.Number)];
        CollectionAssert.AreEqual(expectedOrder, Scheduled(result));
        Assert.AreEqual("2027-01-12", result.Outputs["session-date"]);
        foreach (var issue in scenario.Repository.Issues.Where(i => i.Title.StartsWith("[Ecosystem]", StringComparison.Ordinal)))
        {
            var expected = expectedOrder.Contains(issue.Number);
            Assert.AreEqual(expected, InReview(issue), $"#{issue.Number} In review");
            Assert.AreEqual(expected, !issue.Labels.Contains("New"), $"#{issue.Number} New removed");
            Assert.AreEqual(expected ? 1 : 0, issue.Comments.Count(c => c.Body.Contains("ecosystem-bot:review-session", StringComparison.Ordinal)), $"#{issue.Number} comment");
            Assert.AreEqual(expected ? "In progress" : "New", scenario.Board!.ItemFor(issue)?.ValueOf("Status") ?? "New", $"#{issue.Number} column");
        }

        StringAssert.Contains(scenario.Repository.Issues.Single(i => i.Number == returning.Number).Comments.Single().Body, "2027-01-12");

        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        Assert.AreEqual(scenario.State.AuthenticatedLogin, agenda.Author);
        var rows = agenda.Body!.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("[#", StringComparison.Ordinal)).ToList();
        CollectionAssert.AreEqual(expectedOrder.Select(n => $"[#{n}]").ToArray(), rows.Select(r => r[r.IndexOf("[#", StringComparison.Ordinal)..(r.IndexOf(']', StringComparison.Ordinal) + 1)]).ToArray());

        var forecast = JsonDocument.Parse(result.Outputs["forecast"]).RootElement;
        var queue = forecast.GetProperty("queue").EnumerateArray().Select(e => e.GetProperty("issueNumber").GetInt32()).ToArray();
        CollectionAssert.AreEqual(new[] { issues[9].Number, issues[10].Number, issues[11].Number }, queue);
        Assert.AreEqual("2027-02-09", forecast.GetProperty("queue")[0].GetProperty("expectedSession").GetString());
        StringAssert.Contains(result.Summary, $"#{waiting.Number}");
        StringAssert.Contains(result.Summary, $"#{incomplete.Number}");
        Assert.IsFalse(InReview(decided));
        Assert.IsEmpty(question.Comments);
        Assert.IsFalse(InReview(question));
    }

    [TestMethod]
    public async Task With_order_fifo_the_batch_goes_by_issue_number_only()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(11);                                                 // #1–#11
        var returning = scenario.AddApplicationFor("Again", "Returning");                             // #12
        scenario.Run.Environment["ECOSYSTEM_SESSIONS__ORDER"] = "fifo";
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        int[] firstTen = [.. issues.Take(10).Select(i => i.Number)];
        CollectionAssert.AreEqual(firstTen, Scheduled(result));
        Assert.IsFalse(InReview(returning));
        var forecast = JsonDocument.Parse(result.Outputs["forecast"]).RootElement.GetProperty("queue");
        CollectionAssert.AreEqual(
            new[] { issues[10].Number, returning.Number },
            forecast.EnumerateArray().Select(e => e.GetProperty("issueNumber").GetInt32()).ToArray());
        Assert.AreEqual(2, forecast[1].GetProperty("position").GetInt32());
    }

    [TestMethod]
    public async Task The_next_night_sends_zero_write_requests()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.AddApplications(12);
        scenario.SetClock(FourteenDaysBefore);
        var first = await scenario.NightlyAsync();
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.IsNotEmpty(first.WriteRequests);

        scenario.SetClock("2026-12-30T12:00-08:00");
        var second = await scenario.NightlyAsync();

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.IsEmpty(second.WriteRequests, second.ToString());
        Assert.AreEqual("[]", second.Outputs["scheduled"]);
        StringAssert.Contains(second.Summary, "The batch is up to date");
    }

    [TestMethod]
    public async Task An_open_application_that_leaves_the_queue_without_a_batch_is_told_it_has_no_place_now()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(3);
        scenario.SetClock(FifteenDaysBefore);
        await scenario.NightlyAsync();
        static string Notice(Issue issue) =>
            issue.Comments.Single(c => c.Body.Contains("ecosystem-bot:queue-position", StringComparison.Ordinal)).Body;
        StringAssert.Contains(Notice(issues[0]), "number **1** in the queue");
        issues[0].RemoveLabel("New", "staff");
        issues[1].AddLabel("in voting", "staff");

        scenario.SetClock("2026-12-28T13:00-08:00");
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        foreach (var left in issues.Take(2))
        {
            Assert.DoesNotContain("in the queue of applications", Notice(left), $"#{left.Number} left the queue");
            Assert.DoesNotContain("2027", Notice(left), $"#{left.Number} has no expected session");
        }

        StringAssert.Contains(Notice(issues[0]), "no longer labelled `New`");
        StringAssert.Contains(Notice(issues[1]), "labelled `in voting`");
        StringAssert.Contains(Notice(issues[2]), "number **1** in the queue");
        Assert.HasCount(3, result.WriteRequests, "the two that left and the one that moved up: " + result);

        scenario.SetClock("2026-12-28T14:00-08:00");
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests, "a second run writes nothing");

        issues[0].AddLabel("New", "staff");
        scenario.SetClock("2026-12-28T15:00-08:00");
        await scenario.NightlyAsync();
        StringAssert.Contains(Notice(issues[0]), "number **1** in the queue", "back in the queue, it has its place again");
    }

    [TestMethod]
    public async Task A_closed_application_that_never_had_a_session_is_told_it_has_no_place_now()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(3);
        var waits = scenario.AddApplicationFor("Waits", "Waiting on comment");
        scenario.SetClock(FifteenDaysBefore);
        await scenario.NightlyAsync();
        static string Notice(Issue issue) =>
            issue.Comments.Single(c => c.Body.Contains("ecosystem-bot:queue-position", StringComparison.Ordinal)).Body;
        StringAssert.Contains(Notice(issues[1]), "number **2** in the queue");
        issues[1].Close(issues[1].Author, "not_planned");                  // withdrawn from the backlog
        waits.Close("staff", "not_planned");                                // closed by hand while waiting

        scenario.SetClock("2026-12-28T13:00-08:00");
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        foreach (var closed in new[] { issues[1], waits })
        {
            Assert.DoesNotContain("in the queue of applications", Notice(closed), $"#{closed.Number} is closed");
            Assert.DoesNotContain("2027", Notice(closed), $"#{closed.Number} has no expected session");
            Assert.DoesNotContain("takes its place in the queue again", Notice(closed), $"#{closed.Number} does not come back by an answer");
            StringAssert.Contains(Notice(closed), "is closed");
        }

        StringAssert.Contains(Notice(issues[2]), "number **2** in the queue", "the one behind moves up");
        Assert.HasCount(3, result.WriteRequests, "the two closed and the one that moved up: " + result);

        scenario.SetClock("2026-12-28T14:00-08:00");
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests, "a second run writes nothing");

        issues[1].Reopen(issues[1].Author);
        scenario.SetClock("2026-12-28T15:00-08:00");
        await scenario.NightlyAsync();
        StringAssert.Contains(Notice(issues[1]), "number **2** in the queue", "reopened, it has its place again");
    }

    /// <summary>
    /// Withdrawn by its applicant (closed) a week before its session and reopened two days after it, or set waiting on its
    /// applicant by a reviewer a week before it and answered two days after it: the application, never reviewed there (the
    /// next in line took its place in the batch), counted as reviewed at that session, in the scheduler (no place in the queue,
    /// never scheduled again) and on the status page (in review since that session, one more application reviewed there). It
    /// waits in the queue again, in the queue's order (returning first, then by issue number), and its next batch's session
    /// comment names only that session.
    /// </summary>
    [TestMethod]
    [DataRow(false, DisplayName = "withdrawn and reopened")]
    [DataRow(true, DisplayName = "set waiting and answered")]
    public async Task An_application_left_out_of_its_session_and_back_after_it_waits_in_the_queue_again(bool waiting)
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var issues = scenario.AddApplications(12);
        scenario.SetClock("2026-11-24T12:00-08:00");                        // 14 days before 2026-12-08
        await scenario.NightlyAsync();
        var left = issues[0];
        if (waiting)
        {
            left.AddLabel("Waiting on comment", WorkingGroupMember, At("2026-12-01T10:00-08:00"));
        }
        else
        {
            left.Close(left.Author, "not_planned", At("2026-12-01T10:00-08:00"));
        }

        scenario.SetClock("2026-12-01T22:00-08:00");
        var replaced = await scenario.NightlyAsync();                       // the next in line takes its place
        var returning = scenario.AddApplicationFor("Again", "Returning");
        if (waiting)
        {
            left.AddComment(left.Author, "Here is the answer.", at: At("2026-12-10T09:00-08:00"));
            left.RemoveLabel("Waiting on comment", Automation, At("2026-12-10T09:01-08:00"));
        }
        else
        {
            left.Reopen(left.Author, At("2026-12-10T09:00-08:00"));
        }

        static string Notice(Issue issue) =>
            issue.Comments.SingleOrDefault(c => c.Body.Contains("ecosystem-bot:queue-position", StringComparison.Ordinal))?.Body ?? "(none)";

        scenario.SetClock("2026-12-10T22:00-08:00");
        var back = await scenario.NightlyAsync();
        var page = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.IsTrue(InReview(issues[10]), replaced.ToString());
        Assert.AreEqual(0, back.ExitCode, back.ToString());
        StringAssert.Contains(Notice(returning), "number **1** in the queue", back.ToString());
        StringAssert.Contains(Notice(left), "number **2** in the queue", back.ToString());
        StringAssert.Contains(Notice(left), "(2027-01-12)");
        StringAssert.Contains(Notice(issues[11]), "number **3** in the queue");
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests, "a second run writes nothing");
        var html = await File.ReadAllTextAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"));
        StringAssert.Contains(html, $"<tr data-issue=\"{left.Number}\" data-stage=\"backlog\" data-expected=\"2027-01-12\">", page.ToString());
        StringAssert.Contains(html, "<tr><th scope=\"row\" class=\"date\">2026-12-08</th><td class=\"num\">10</td></tr>", "the ten at the session");

        scenario.SetClock(FourteenDaysBefore);
        var next = await scenario.NightlyAsync();

        CollectionAssert.AreEqual(new[] { returning.Number, left.Number, issues[11].Number }, Scheduled(next), next.ToString());
        StringAssert.Contains(SessionComment(scenario, left), "2027-01-12");
        Assert.DoesNotContain("2026-12-08", SessionComment(scenario, left), "it was not held for this application");
    }

    /// <summary>Schedule's world with sessions on each month's second Tuesday, 09:00 in Los Angeles (2026-12-08, 2027-01-12, …).</summary>
    private static Task<World> MonthlySessionsAsync(string people) =>
        World.Schedule(board: false).WithPeople().WithConfiguration(people + "\n" + """
            sessions:
              time-zone: "America/Los_Angeles"
              recurrence: ["0 9 * * TUE#2"]
            """).StartAsync();

    /// <summary>The automation's review-session comment on <paramref name="issue"/>.</summary>
    private static string Session(Issue issue) =>
        issue.Comments.Single(c => c.Body.Contains("ecosystem-bot:review-session", StringComparison.Ordinal)).Body;

    /// <summary>
    /// The return's reply dates it (<c>ReturningRequests.LastReturn</c>), also one the guard wrote under the account listed in
    /// <c>people.former-automation</c> (its workflow still ran under <c>GITHUB_TOKEN</c>) beside the current account's session
    /// comment: the reply alone tells the session is the declined review's.
    /// </summary>
    [TestMethod]
    [DataRow(true, false)]
    [DataRow(false, false)]
    [DataRow(true, true, DisplayName = "put in review by hand, the reply written under the former account")]
    public async Task A_declined_application_back_and_put_in_review_by_hand_joins_the_next_session_not_its_old_one(bool byHand, bool former)
    {
        const string Former = "github-actions[bot]";
        await using var scenario = await MonthlySessionsAsync(People + (former ? $"  former-automation: [\"{Former}\"]\n" : "") + Voting);
        var application = scenario.AddApplications(1)[0];
        scenario.SetClock("2026-11-24T12:00-08:00");                       // joins the batch of 2026-12-08
        var scheduled = await scenario.NightlyAsync();
        Assert.AreEqual(0, scheduled.ExitCode, scheduled.ToString());
        StringAssert.Contains(Session(application), "session 2026-12-08");
        // Reviewed on 2026-12-08, declined by its vote, and back with /ecosystem returning.
        scenario.SetClock("2026-12-09T12:00-08:00");
        var close = scenario.VoteAndClose(application, ("bob", "/vote decline no docs"), ("carol", "/vote decline no CI"));
        var tally = await scenario.Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", application, close), "tally");
        Assert.AreEqual(0, tally.ExitCode, tally.ToString());
        CollectionAssert.Contains(application.Labels.ToArray(), "Declined");
        scenario.SetClock("2026-12-20T12:00-08:00");
        var request = scenario.Say(application, application.Author, "The docs are up.\n\n/ecosystem returning");
        scenario.State.AuthenticatedLogin = former ? Former : World.Automation;
        Assert.AreEqual(0, (await scenario.Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", application, request), "guard")).ExitCode);
        scenario.State.AuthenticatedLogin = World.Automation;
        CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, application.Labels.ToArray());
        Assert.AreEqual(former ? Former : World.Automation, application.Comments.Last().Author, "the reply's author");
        if (byHand)
        {
            // Staff put it in review by hand before the nightly run: the session comment still names the declined review's.
            application.RemoveLabel("New", Staff).AddLabel("In review", Staff);
        }

        scenario.SetClock(FourteenDaysBefore);
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { application.Number }, Scheduled(result), result.ToString());
        StringAssert.Contains(Session(application), "session 2027-01-12", "its session comment names the next session");
        CollectionAssert.AreEquivalent(new[] { "In review", "Returning" }, application.Labels.ToArray());
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests, "a second run writes nothing");
    }

    [TestMethod]
    [DataRow(false, DisplayName = "the applicant's /ecosystem returning")]
    [DataRow(true, DisplayName = "staff's returning label")]
    public async Task Back_a_second_time_from_a_wait_and_put_in_review_by_hand_it_joins_the_next_session_not_the_one_it_waited_at(bool byLabel)
    {
        await using var scenario = await MonthlySessionsAsync(People);
        var application = scenario.AddApplications(1)[0];
        async Task WaitAndReturnAsync(string waitFrom, string returnOn)
        {
            // Reviewed at its session, staff wait on the applicant, who answers; the same person brings it back each time.
            scenario.SetClock(waitFrom);
            application.AddLabel("Waiting on comment", Staff);
            scenario.SetClock(returnOn);
            if (byLabel)
            {
                application.RemoveLabel("Returning", Staff).AddLabel("Returning", Staff);
                var labeled = EventPayloads.Issues("labeled", application, Staff, "Returning");
                Assert.AreEqual(0, (await scenario.Run.RunAsync("issues", labeled, "guard")).ExitCode);
            }
            else
            {
                var request = scenario.Say(application, application.Author, "Answered above.\n\n/ecosystem returning");
                var created = EventPayloads.IssueComment("created", application, request);
                Assert.AreEqual(0, (await scenario.Run.RunAsync("issue_comment", created, "guard")).ExitCode);
            }

            CollectionAssert.AreEquivalent(new[] { "New", "Returning" }, application.Labels.ToArray());
        }

        scenario.SetClock("2026-11-24T12:00-08:00");                       // joins the batch of 2026-12-08
        Assert.AreEqual(0, (await scenario.NightlyAsync()).ExitCode);
        await WaitAndReturnAsync("2026-12-08T11:00-08:00", "2026-12-10T12:00-08:00");
        scenario.SetClock(FourteenDaysBefore);                               // joins the batch of 2027-01-12
        Assert.AreEqual(0, (await scenario.NightlyAsync()).ExitCode);
        StringAssert.Contains(Session(application), "session 2027-01-12");
        await WaitAndReturnAsync("2027-01-12T11:00-08:00", "2027-01-14T12:00-08:00");
        // Staff put it in review by hand: its session comment still names 2027-01-12, the session it waited at.
        application.RemoveLabel("New", Staff).AddLabel("In review", Staff);

        scenario.SetClock("2027-01-26T12:00-08:00");                       // 14 days before 2027-02-09
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { application.Number }, Scheduled(result), result.ToString());
        StringAssert.Contains(Session(application), "session 2027-02-09", "its session comment names the next session");
        CollectionAssert.AreEquivalent(new[] { "In review", "Returning" }, application.Labels.ToArray());
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests, "a second run writes nothing");
    }

    /// <summary>
    /// Set waiting at its session and answered by a plain comment after it: the guard marks it returning and tells the Working
    /// Group it goes first in the next batch, so the next batch takes it first. Its session comment still named the session it
    /// waited at, which the scheduler read as its review, awaiting an outcome no one would give.
    /// </summary>
    [TestMethod]
    public async Task Answered_after_the_session_it_waited_at_it_goes_first_into_the_next_batch()
    {
        await using var scenario = await MonthlySessionsAsync(People);
        var earlier = scenario.AddApplicationFor("Earlier", "Waiting on comment");
        var application = scenario.AddApplicationFor("Answers");
        scenario.SetClock("2026-11-24T12:00-08:00");                       // joins the batch of 2026-12-08
        Assert.AreEqual(0, (await scenario.NightlyAsync()).ExitCode);
        StringAssert.Contains(Session(application), "session 2026-12-08");
        earlier.RemoveLabel("Waiting on comment", Staff);
        var later = scenario.AddApplicationFor("Later");
        scenario.SetClock("2026-12-08T11:00-08:00");                       // at the meeting
        application.AddLabel("Waiting on comment", Staff);
        scenario.SetClock("2026-12-10T12:00-08:00");
        var answer = scenario.Say(application, application.Author, "Our CI now runs on every architecture we list.");
        var guard = await scenario.Run.RunAsync("issue_comment", EventPayloads.IssueComment("created", application, answer), "guard");
        Assert.AreEqual(0, guard.ExitCode, guard.ToString());
        CollectionAssert.AreEquivalent(new[] { "In review", "Returning" }, application.Labels.ToArray());
        StringAssert.Contains(scenario.OwnComments(application)[^1].Body, "it goes first in the next review batch");

        // Before the window opens, the forecast and the status page put it first in the next session's batch too.
        var forecast = JsonDocument.Parse((await scenario.NightlyAsync()).Outputs["forecast"]).RootElement.GetProperty("sessions")[0];
        Assert.AreEqual("2027-01-12", forecast.GetProperty("date").GetString());
        Assert.AreEqual(application.Number, forecast.GetProperty("scheduled")[0].GetInt32(), forecast.ToString());
        Assert.AreEqual(0, (await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page")).ExitCode);
        StringAssert.Contains(File.ReadAllText(Path.Combine(scenario.Run.Workspace, "_site", "index.html")),
            $"<tr data-issue=\"{application.Number}\" data-stage=\"scheduled\" data-expected=\"2027-01-12\">");

        scenario.SetClock(FourteenDaysBefore);                               // 14 days before 2027-01-12
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { application.Number, earlier.Number, later.Number }, Scheduled(result), result.ToString());
        StringAssert.Contains(Session(application), "session 2027-01-12", "its session comment names the next session");
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests, "a second run writes nothing");
    }

    [TestMethod]
    public async Task An_application_back_in_the_queue_after_its_session_that_leaves_it_again_is_told_it_has_no_place()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(2);
        static string Notice(Issue issue) =>
            issue.Comments.Single(c => c.Body.Contains("ecosystem-bot:queue-position", StringComparison.Ordinal)).Body;
        scenario.SetClock("2026-11-20T12:00-08:00");                       // 18 days before 2026-12-08: told their places
        await scenario.NightlyAsync();
        scenario.SetClock("2026-11-24T12:00-08:00");                       // both join the batch of 2026-12-08
        await scenario.NightlyAsync();
        StringAssert.Contains(Notice(issues[0]), "Left the review queue: scheduled");
        // Reviewed on 2026-12-08 and sent back to the queue (returning); the other awaits its vote.
        issues[0].RemoveLabel("In review", "staff").AddLabel("New", "staff").AddLabel("Returning", "staff");
        scenario.SetClock("2026-12-10T12:00-08:00");
        await scenario.NightlyAsync();
        StringAssert.Contains(Notice(issues[0]), "number **1** in the queue");
        issues[0].Close(issues[0].Author, "not_planned");

        scenario.SetClock("2026-12-11T12:00-08:00");
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("in the queue of applications", Notice(issues[0]), "withdrawn, it has no place");
        StringAssert.Contains(Notice(issues[0]), "is closed");
        StringAssert.Contains(Notice(issues[1]), "Left the review queue: scheduled", "the one reviewed keeps its comment");
        Assert.HasCount(1, result.WriteRequests, result.ToString());
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests, "a second run writes nothing");
    }

    [TestMethod]
    public async Task A_withdrawn_application_is_replaced_by_the_next_in_line()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(12);
        scenario.SetClock(FourteenDaysBefore);
        await scenario.NightlyAsync();
        issues[3].Close(issues[3].Author, "not_planned");

        scenario.SetClock("2026-12-30T12:00-08:00");
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { issues[10].Number }, Scheduled(result));
        Assert.IsTrue(InReview(issues[10]));
        Assert.IsFalse(InReview(issues[11]));
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        StringAssert.Contains(agenda.Body, $"[#{issues[10].Number}]");
        Assert.IsFalse(agenda.Body!.Contains($"[#{issues[3].Number}]", StringComparison.Ordinal), "the withdrawn one leaves the agenda");
        Assert.AreEqual(1, scenario.Repository.Issues.Count(i => i.Title.StartsWith("Review session", StringComparison.Ordinal)), "the agenda is edited, not opened again");
        // Labels (add, remove), the comment, its queue comment now saying "scheduled", the agenda edit, one board
        // mutation; and the one left waiting moves up a place.
        Assert.HasCount(7, result.WriteRequests, result.ToString());
    }

    [TestMethod]
    public async Task When_the_last_application_of_a_batch_is_withdrawn_the_agenda_no_longer_lists_it()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var only = scenario.AddApplications(1)[0];
        scenario.SetClock(FourteenDaysBefore);
        await scenario.NightlyAsync();
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        StringAssert.Contains(agenda.Body, $"[#{only.Number}]");
        only.Close(only.Author, "not_planned");

        scenario.SetClock("2026-12-30T12:00-08:00");
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(agenda.Body!.Contains($"[#{only.Number}]", StringComparison.Ordinal), "the withdrawn one leaves the agenda");
        StringAssert.Contains(agenda.Body, "**Batch:** 0 applications");
        Assert.AreEqual(1, scenario.Repository.Issues.Count(i => i.Title.StartsWith("Review session", StringComparison.Ordinal)));
        var rerun = await scenario.NightlyAsync();
        Assert.IsEmpty(rerun.WriteRequests, rerun.ToString());
    }

    [TestMethod]
    public async Task An_agenda_staff_close_after_the_meeting_is_not_opened_again_that_evening()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.AddApplications(3);
        scenario.SetClock(FourteenDaysBefore);
        await scenario.NightlyAsync();
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        scenario.SetClock("2027-01-12T11:00-08:00");
        agenda.Close("staff");                                              // the meeting is over

        scenario.SetClock("2027-01-12T22:17-08:00");                        // the nightly run, still the session's day
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(1, scenario.Repository.Issues.Count(i => i.Title == "Review session 2027-01-12"), "no second agenda: " + result);
        Assert.AreEqual("closed", agenda.State, "staff closed it");
        Assert.IsEmpty(result.WriteRequests, result.ToString());
    }

    /// <summary>
    /// Once its session started, the agenda is the record of the batch the session reviewed, and of who led each review,
    /// which later sessions read to spread the reviews: the nightly run on the session's evening took off it one set waiting
    /// or withdrawn at the meeting, with its lead reviewer.
    /// </summary>
    [TestMethod]
    public async Task An_agenda_is_left_as_its_session_saw_it_once_the_session_started()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(3);
        scenario.SetClock(FourteenDaysBefore);
        Assert.AreEqual(0, (await scenario.NightlyAsync()).ExitCode);
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        var seen = agenda.Body;
        scenario.SetClock("2027-01-12T11:00-08:00");                        // at the meeting
        issues[0].AddLabel("Waiting on comment", "staff");
        issues[1].Close(issues[1].Author, "not_planned");

        scenario.SetClock("2027-01-12T22:17-08:00");                        // the nightly run, still the session's day
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(seen, agenda.Body);
        Assert.IsEmpty(result.WriteRequests, result.ToString());
    }

    /// <summary>
    /// Staff retitled the agenda (notes added to it, say): the next run found no issue by the title it writes and opened a
    /// second agenda for the session, while reviewer history went on reading the first, which no run kept current.
    /// </summary>
    [TestMethod]
    public async Task An_agenda_staff_retitled_is_still_its_sessions_agenda_and_gets_its_title_back()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.SetClock(FourteenDaysBefore);
        var issues = scenario.AddApplications(3);
        Assert.AreEqual(0, (await scenario.NightlyAsync()).ExitCode);
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12").Retitle("Review session 12 January: notes");
        issues[2].Close(issues[2].Author, "not_planned");

        scenario.SetClock("2026-12-30T12:00-08:00");
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var agendas = scenario.Repository.Issues.Where(i => i.Body?.Contains("ecosystem-bot:review-agenda", StringComparison.Ordinal) == true);
        Assert.AreEqual(1, agendas.Count(), result.ToString());
        Assert.AreEqual("Review session 2027-01-12", agenda.Title);
        Assert.DoesNotContain($"#{issues[2].Number}]", agenda.Body ?? string.Empty, "the withdrawn application left it");
    }

    [TestMethod]
    public async Task An_empty_batch_opens_no_agenda()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
    }

    [TestMethod]
    public async Task After_the_session_the_following_one_is_targeted()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(25);
        scenario.SetClock("2026-11-24T12:00-08:00"); // 14 days before 2026-12-08
        var first = await scenario.NightlyAsync();
        Assert.AreEqual("2026-12-08", first.Outputs["session-date"]);
        CollectionAssert.AreEqual(issues.Take(10).Select(i => i.Number).ToArray(), Scheduled(first));

        scenario.SetClock("2026-12-09T12:00-08:00");
        var dayAfter = await scenario.NightlyAsync();
        Assert.AreEqual("2027-01-12", dayAfter.Outputs["session-date"]);
        Assert.IsEmpty(dayAfter.WriteRequests, dayAfter.ToString());

        scenario.SetClock(FourteenDaysBefore);
        var next = await scenario.NightlyAsync();

        Assert.AreEqual(0, next.ExitCode, next.ToString());
        Assert.AreEqual("2027-01-12", next.Outputs["session-date"]);
        CollectionAssert.AreEqual(issues.Skip(10).Take(10).Select(i => i.Number).ToArray(), Scheduled(next));
        StringAssert.Contains(issues[0].Comments.Single().Body, "2026-12-08", "the reviewed batch keeps its comment");
        Assert.IsNotNull(scenario.Repository.Issues.SingleOrDefault(i => i.Title == "Review session 2027-01-12"));
    }

    [TestMethod]
    public async Task A_thousand_open_applications_cost_ten_list_requests_and_one_board_mutation()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.AddApplications(1000);
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.HasCount(10, Scheduled(result));
        var lists = result.Requests.Where(r => r.GraphQLDocument?.Contains("query IssueHistories", StringComparison.Ordinal) == true).ToList();
        Assert.HasCount(10, lists, "⌈1000/100⌉ pages of open issues with their comments");
        var queueReads = result.Requests.Where(r => r.Method == "GET" && r.Path.EndsWith("/comments", StringComparison.Ordinal)).ToList();
        // The comments of the 10 taken from the backlog and of the 990 waiting came with the pages; each thread is read
        // again once, after the comment this first night posts on it (another run may have posted one too).
        Assert.HasCount(1000, queueReads);
        var otherReads = result.Requests.Where(r => !r.IsWrite && !lists.Contains(r) && !queueReads.Contains(r)).ToList();
        // The viewer, the board and its items: a constant.
        Assert.IsLessThanOrEqualTo(4, otherReads.Count, string.Join('\n', otherReads));
        Assert.HasCount(1, result.WriteRequests.Where(r => r.IsGraphQL), "one mutation moves the 10 items");
        Assert.HasCount(32 + 990, result.WriteRequests, "3 per application, the agenda, the board mutation and the 990 queue-position comments");
    }

    [TestMethod]
    public async Task Dry_run_prints_the_batch_and_forecast_and_writes_nothing()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(12);
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync("--dry-run");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.IsFalse(scenario.Repository.Issues.Any(InReview));
        StringAssert.Contains(result.Stdout, $"1. #{issues[0].Number} [Ecosystem] P1 (added)");
        StringAssert.Contains(result.Stdout, $"1. #{issues[10].Number} expected 2027-02-09");
        StringAssert.Contains(result.Stdout, "create issue \"Review session 2027-01-12\"");
        StringAssert.Contains(result.Stdout, "planned, none sent");
        Assert.DoesNotContain("(s)", result.Stdout, "counts read as English: \"10 applications\", not \"10 application(s)\"");
        Assert.HasCount(10, Scheduled(result));
    }

    [TestMethod]
    public async Task A_session_date_given_by_hand_is_filled_now_with_the_given_batch_size()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(12);
        scenario.SetClock(FifteenDaysBefore);

        var result = await scenario.DispatchAsync(new Dictionary<string, string> { ["session-date"] = "2027-01-12", ["batch-size"] = "3" });

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("2027-01-12", result.Outputs["session-date"]);
        CollectionAssert.AreEqual(issues.Take(3).Select(i => i.Number).ToArray(), Scheduled(result));
        Assert.DoesNotContain("::warning", result.Stdout, "a batch of the size asked for is no shortfall");
    }

    /// <summary>
    /// The batch size given by hand is how many the session takes: the nightly runs after it do not top its batch up to
    /// sessions.batch.max, and the queue says so to the applicants waiting behind it.
    /// </summary>
    [TestMethod]
    public async Task A_batch_size_given_by_hand_holds_for_its_session_and_the_queue_comment_says_so()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var issues = scenario.AddApplications(6);
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.DispatchAsync(new Dictionary<string, string> { ["batch-size"] = "3" });

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(issues.Take(3).Select(i => i.Number).ToArray(), Scheduled(result));
        var notice = issues[3].Comments.Single(c => c.Body.Contains("ecosystem-bot:queue-position", StringComparison.Ordinal)).Body;
        StringAssert.Contains(notice, "Expected session: **Tuesday 9 February 2027** (2027-02-09), "
            + "if the sessions before it take 10 applications each (3 on 2027-01-12, the batch size staff chose).");

        scenario.SetClock("2026-12-30T12:00-08:00");
        var nightly = await scenario.NightlyAsync();

        Assert.AreEqual(0, nightly.ExitCode, nightly.ToString());
        Assert.IsEmpty(Scheduled(nightly), "the session keeps the three staff chose: " + nightly);
        Assert.IsEmpty(nightly.WriteRequests, nightly.ToString());
    }

    [TestMethod]
    public async Task When_a_scheduled_session_moves_to_another_hour_its_comments_say_the_new_time()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var issues = scenario.AddApplications(2);
        scenario.SetClock(FourteenDaysBefore);
        await scenario.NightlyAsync();
        static string Notice(Issue issue) =>
            issue.Comments.Single(c => c.Body.Contains("ecosystem-bot:review-session", StringComparison.Ordinal)).Body;
        StringAssert.Contains(Notice(issues[0]), "09:00 America/Los_Angeles");

        // Staff move the session of 2027-01-12 from 09:00 to 10:00; the batch stays.
        scenario.SetClock("2026-12-30T12:00-08:00");
        string[] tenOClock = ["--set", "sessions.recurrence=0 10 * * TUE#2"];
        var result = await scenario.NightlyAsync(tenOClock);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        foreach (var issue in issues)
        {
            StringAssert.Contains(Notice(issue), "**Tuesday 12 January 2027, 10:00 America/Los_Angeles (18:00 UTC)**", $"#{issue.Number}");
        }

        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        StringAssert.Contains(agenda.Body, "10:00 America/Los_Angeles");
        Assert.HasCount(3, result.WriteRequests, "the two session comments and the agenda: " + result);
        Assert.IsEmpty((await scenario.NightlyAsync(tenOClock)).WriteRequests, "a second run writes nothing");
    }

    /// <summary>
    /// Two runs scheduling at once leave two session comments when the later one is cancelled between its post and the read
    /// after it; one already in the batch had its comment planned only when its text differed, so the applicant kept both.
    /// The next night keeps the first and deletes the other, editing nothing.
    /// </summary>
    [TestMethod]
    public async Task A_twin_session_comment_a_cancelled_run_left_is_deleted_the_next_night_and_the_first_kept()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var issue = scenario.AddApplications(1)[0];
        scenario.SetClock(FourteenDaysBefore);
        await scenario.NightlyAsync();
        var first = issue.Comments.Single(c => c.Body.Contains("ecosystem-bot:review-session", StringComparison.Ordinal));
        var text = first.Body;
        issue.AddComment(Automation, text, UserKind.Bot, first.CreatedAt.AddSeconds(1));

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(first.Id, issue.Comments.Single(c => c.Body.Contains("ecosystem-bot:review-session", StringComparison.Ordinal)).Id);
        Assert.AreEqual(text, first.Body, "the kept comment is not edited");
        Assert.HasCount(1, result.WriteRequests, result.ToString());
        Assert.AreEqual("DELETE", result.WriteRequests[0].Method, result.ToString());
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests, "a third run writes nothing");
    }

    /// <summary>Another foundation's applicants were asked whether their project supports PyTorch.</summary>
    [TestMethod]
    public async Task The_session_comment_asks_for_the_configured_thresholds_and_software()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var issue = scenario.AddApplications(1)[0];
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync(
            "--set", "requirements.min-stars=500", "--set", "requirements.min-commits-90d=45", "--set", "foundation.software=JAX");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var notice = scenario.OwnComments(issue).Single(c => c.Body.Contains("ecosystem-bot:review-session", StringComparison.Ordinal)).Body;
        StringAssert.Contains(notice, "At least 45 commits in the last 90 days");
        StringAssert.Contains(notice, "At least 500 GitHub stars");
        StringAssert.Contains(notice, "1. Supports JAX (validated with the latest release)");
        Assert.DoesNotContain("PyTorch", notice);
    }

    [TestMethod]
    public async Task Fewer_ready_than_the_minimum_is_a_warning_not_an_error()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.AddApplications(4);
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.HasCount(4, Scheduled(result));
        StringAssert.Contains(result.Stdout, "::warning title=Schedule::The batch for the session on 2027-01-12 has 4 applications, fewer than the minimum of 7");
        StringAssert.Contains(result.Summary, "[!WARNING]");
    }

    [TestMethod]
    public async Task Without_a_board_labels_and_comments_alone_are_written()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        scenario.AddApplications(3);
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.HasCount(3, Scheduled(result));
        Assert.IsFalse(result.WriteRequests.Any(r => r.IsGraphQL), result.ToString());
        Assert.IsTrue(scenario.Repository.Issues.Where(i => i.Title.StartsWith("[Ecosystem]", StringComparison.Ordinal)).All(InReview));
    }

    [TestMethod]
    [DataRow("batch-size", "ten", "--batch-size (input 'batch-size'): 'ten' is not a whole number of at least 1.")]
    [DataRow("batch-size", "99999999999999999999", "--batch-size (input 'batch-size'): '99999999999999999999' is too large")]
    [DataRow("session-date", "12/01/2027", "--session-date (input 'session-date'): '12/01/2027' is not a date; write yyyy-MM-dd.")]
    [DataRow("session-date", "2026-12-01", "--session-date (input 'session-date'): 2026-12-01 is before today (2026-12-28 in America/Los_Angeles)")]
    public async Task A_bad_input_is_named_exits_2_and_sends_no_request(string input, string value, string message)
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.AddApplications(2);
        scenario.SetClock(FifteenDaysBefore);

        var result = await scenario.DispatchAsync(new Dictionary<string, string> { [input] = value });

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, message);
        Assert.IsEmpty(result.Requests);
    }

    /// <summary>
    /// A batch dated on a day in sessions.skip moves to the next session (as the configuration refuses a date both held and
    /// skipped): one dispatched for such a day, "scheduled anyway, as asked", was moved away again by the nightly runs.
    /// </summary>
    [TestMethod]
    public async Task A_session_date_listed_in_sessions_skip_is_refused_naming_the_key()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.AddApplications(2);
        scenario.Run.Environment["ECOSYSTEM_SESSIONS__SKIP"] = "2027-01-12";
        scenario.SetClock(FifteenDaysBefore);

        var result = await scenario.DispatchAsync(new Dictionary<string, string> { ["session-date"] = "2027-01-12" });

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "--session-date (input 'session-date'): 2027-01-12 is listed in sessions.skip");
        Assert.IsEmpty(result.Requests);
    }

    /// <summary>
    /// Staff skip a session after its agenda was opened: the next run closes the agenda with one comment saying the session
    /// is cancelled and its batch goes to the next session, where it stayed open for good, announcing a meeting that would
    /// not be held. The batch then fills the next session's room (the two left waiting are told the session after it), and
    /// moves there once that session's window opens, the closed agenda left alone.
    /// </summary>
    [TestMethod]
    public async Task An_agenda_whose_session_is_skipped_after_it_opened_is_closed_once_saying_where_its_batch_goes()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = await ScheduleThenSkipAsync(scenario);
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");

        var cancelled = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, cancelled.ExitCode, cancelled.ToString());
        Assert.AreEqual(("closed", "not_planned"), (agenda.State, agenda.StateReason));
        var comment = scenario.OwnComments(agenda).Single().Body;
        StringAssert.Contains(comment, "review session of 2027-01-12 is cancelled");
        StringAssert.Contains(comment, "Tuesday 9 February 2027");
        foreach (var waiting in issues.Skip(10))
        {
            StringAssert.Contains(scenario.OwnComments(waiting).Single().Body, "(2027-03-09)", $"#{waiting.Number} waits for the session after");
        }

        Assert.HasCount(14, cancelled.WriteRequests, "the comment, the close, the two queue comments and the batch's ten session comments");
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());

        var moved = await MovesOnceTheWindowOpensAsync(scenario, issues);

        Assert.IsNotNull(scenario.Repository.Issues.SingleOrDefault(i => i.Title == "Review session 2027-02-09" && i.State == "open"));
        Assert.IsFalse(moved.WriteRequests.Any(r => r.Path.Contains($"/issues/{agenda.Number}", StringComparison.Ordinal)), moved.ToString());
    }

    /// <summary>
    /// Staff skip a session after its batch was scheduled: the next run tells each application of that batch, in its one
    /// session comment (edited in place), that the session is cancelled and it goes into the next session's batch, and its
    /// queue comment names that session, where both named the cancelled day until the next window opened weeks later. Nothing
    /// is scheduled early: labels stay, `scheduled` lists none until that batch is filled, then the ten as before.
    /// </summary>
    [TestMethod]
    public async Task A_batch_whose_session_is_skipped_after_it_was_scheduled_is_told_at_once_where_it_goes()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = await ScheduleThenSkipAsync(scenario, queuedBefore: true);

        var cancelled = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, cancelled.ExitCode, cancelled.ToString());
        foreach (var issue in issues.Take(10))
        {
            Assert.HasCount(2, scenario.OwnComments(issue), $"#{issue.Number}: its queue and session comments, edited in place");
            var session = SessionComment(scenario, issue);
            StringAssert.Contains(session, "review session of **Tuesday 12 January 2027** (2027-01-12) is cancelled");
            StringAssert.Contains(session, "the next session, on **Tuesday 9 February 2027, 09:00 America/Los_Angeles (17:00 UTC)**");
            StringAssert.Contains(scenario.OwnComments(issue).Single(c => c.Body != session).Body, "(2027-02-09)");
            Assert.IsTrue(InReview(issue));
        }

        // The agenda's comment and close, the ten session and ten queue comments, the two left waiting told the session after.
        Assert.HasCount(24, cancelled.WriteRequests, cancelled.ToString());
        Assert.AreEqual(22, cancelled.WriteRequests.Count(r => r.Method == "PATCH" && r.Path.Contains("/comments/", StringComparison.Ordinal)));
        Assert.AreEqual("[]", cancelled.Outputs["scheduled"]);
        StringAssert.Contains(cancelled.Summary, "its session is cancelled: told it goes here, moves once the batch is filled");
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());

        await MovesOnceTheWindowOpensAsync(scenario, issues);

        Assert.IsTrue(issues.Take(10).All(i => SessionComment(scenario, i).Contains("Scheduled for review on 2027-02-09", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Staff move the sessions from the 2nd to the 3rd Tuesday after 12 January's batch was scheduled: 12 January is no longer
    /// a session, so it is cancelled as a skipped one is, where its batch stayed in review for a day that no longer existed,
    /// its agenda open. The next run closes the agenda saying why and tells the batch it goes into 19 January's; the run
    /// after writes nothing; once 19 January's window opens the ten move there.
    /// </summary>
    [TestMethod]
    public async Task A_batch_whose_session_is_no_longer_in_the_calendar_is_told_at_once_and_moves_to_the_next_session()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = await ScheduleThenSkipAsync(scenario);
        scenario.Run.Environment.Remove("ECOSYSTEM_SESSIONS__SKIP");
        scenario.Run.Environment["ECOSYSTEM_SESSIONS__RECURRENCE"] = "0 9 * * TUE#3";
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");

        var cancelled = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, cancelled.ExitCode, cancelled.ToString());
        Assert.AreEqual(("closed", "not_planned"), (agenda.State, agenda.StateReason));
        StringAssert.Contains(scenario.OwnComments(agenda).Single().Body, "no longer one of the sessions of the configuration");
        const string Next = "the next session, on **Tuesday 19 January 2027, 09:00 America/Los_Angeles (17:00 UTC)**";
        Assert.IsTrue(issues.Take(10).All(i => SessionComment(scenario, i).Contains(Next, StringComparison.Ordinal)), cancelled.ToString());
        StringAssert.Contains(cancelled.Summary, "its session is cancelled: told it goes here, moves once the batch is filled");
        Assert.HasCount(14, cancelled.WriteRequests, "the comment, the close, the two queue comments and the batch's ten session comments");
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());

        scenario.SetClock("2027-01-05T12:00-08:00");
        var moved = await scenario.NightlyAsync();

        Assert.AreEqual(0, moved.ExitCode, moved.ToString());
        CollectionAssert.AreEqual(issues.Take(10).Select(i => i.Number).ToArray(), Scheduled(moved));
        Assert.IsTrue(issues.Take(10).All(i => SessionComment(scenario, i).Contains("Scheduled for review on 2027-01-19", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Staff take a skipped session's date out of sessions.skip again (a mistake, or the meeting is back on): the next run
    /// makes it as if the date had never been skipped, where the agenda stayed closed and the applicants kept reading that
    /// the session was cancelled. The agenda is reopened, its one comment from the automation now saying the session is
    /// back on; each application's session comment names the session and how to prepare again, its queue comment its batch.
    /// </summary>
    [TestMethod]
    public async Task A_session_taken_out_of_sessions_skip_again_reopens_its_agenda_and_tells_its_batch()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = await ScheduleThenSkipAsync(scenario, queuedBefore: true);
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");
        var scheduledComments = issues.Take(10).Select(i => SessionComment(scenario, i)).ToList();

        var (backOn, again) = await SkippedThenBackOnAsync(scenario);

        Assert.AreEqual(0, backOn.ExitCode, backOn.ToString());
        Assert.AreEqual("open", agenda.State);
        StringAssert.Contains(scenario.OwnComments(agenda).Single().Body, "review session of 2027-01-12 is back on");
        CollectionAssert.AreEqual(scheduledComments, issues.Take(10).Select(i => SessionComment(scenario, i)).ToList());
        Assert.IsTrue(issues.Take(10).All(i => scenario.OwnComments(i).Any(c => c.Body.Contains("batch of the review session on **Tuesday 12 January 2027**",
            StringComparison.Ordinal))), backOn.ToString());
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>
    /// A batch that changed while its session was skipped (an application of it withdrawn): the run that reopens the agenda
    /// writes its body as the batch now is, where it decided from the agenda as read at its start, closed, and left the body
    /// to the run after it.
    /// </summary>
    [TestMethod]
    public async Task A_session_back_on_after_its_batch_changed_writes_its_agenda_in_the_one_run()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = await ScheduleThenSkipAsync(scenario, queuedBefore: true);
        var agenda = scenario.Repository.Issues.Single(i => i.Title == "Review session 2027-01-12");

        var (backOn, again) = await SkippedThenBackOnAsync(scenario, () => issues[0].Close(issues[0].Author));

        Assert.AreEqual(0, backOn.ExitCode, backOn.ToString());
        Assert.AreEqual("open", agenda.State);
        Assert.IsTrue(backOn.WriteRequests.Any(r => r.Method == "PATCH" && r.Path.EndsWith($"/issues/{agenda.Number}", StringComparison.Ordinal)
            && r.Body!.Contains("\"body\"", StringComparison.Ordinal)), backOn.ToString());
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>
    /// Twelve applications (told their place in the queue first when <paramref name="queuedBefore"/>), the ten first scheduled
    /// for 12 January, which staff then skip; the clock on 30 December, the window of the next session (9 February) closed.
    /// </summary>
    private static async Task<IReadOnlyList<Issue>> ScheduleThenSkipAsync(World scenario, bool queuedBefore = false)
    {
        var issues = scenario.AddApplications(12);
        if (queuedBefore)
        {
            scenario.SetClock(FifteenDaysBefore);
            await scenario.NightlyAsync();
        }

        scenario.SetClock(FourteenDaysBefore);
        var opened = await scenario.NightlyAsync();
        Assert.AreEqual(0, opened.ExitCode, opened.ToString());
        scenario.Run.Environment["ECOSYSTEM_SESSIONS__SKIP"] = "2027-01-12";
        scenario.SetClock("2026-12-30T12:00-08:00");
        return issues;
    }

    /// <summary>
    /// The night that cancels the skipped session, then <paramref name="whileSkipped"/>; the date taken out of sessions.skip,
    /// the night that puts the session back on, and the night after it.
    /// </summary>
    private static async Task<(RunResult BackOn, RunResult Again)> SkippedThenBackOnAsync(World scenario, Action? whileSkipped = null)
    {
        Assert.AreEqual(0, (await scenario.NightlyAsync()).ExitCode);
        whileSkipped?.Invoke();
        scenario.Run.Environment.Remove("ECOSYSTEM_SESSIONS__SKIP");
        scenario.SetClock("2027-01-02T12:00-08:00");
        return (await scenario.NightlyAsync(), await scenario.NightlyAsync());
    }

    /// <summary>The run once the window of 9 February opens: the skipped session's ten move there, as `scheduled` says.</summary>
    private static async Task<RunResult> MovesOnceTheWindowOpensAsync(World scenario, IReadOnlyList<Issue> issues)
    {
        scenario.SetClock("2027-01-26T12:00-08:00");
        var moved = await scenario.NightlyAsync();
        Assert.AreEqual(0, moved.ExitCode, moved.ToString());
        CollectionAssert.AreEqual(issues.Take(10).Select(i => i.Number).ToArray(), Scheduled(moved));
        return moved;
    }

    [TestMethod]
    public async Task An_issue_event_is_refused_with_the_events_it_runs_on()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issue = scenario.AddApplicationFor("One");

        var result = await scenario.Run.RunAsync("issues", EventPayloads.Issues("opened", issue), "schedule");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "runs on the schedule and workflow_dispatch events, not on 'issues'");
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task A_missing_issue_form_is_named_and_nothing_is_sent()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.AddApplications(2);
        scenario.WithoutForm();

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "The application form .github/ISSUE_TEMPLATE/application.yml (application.template) "
            + "does not exist (looked for ");
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task A_hand_labelled_application_is_adopted_and_a_session_line_typed_by_a_user_is_not_trusted()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issues = scenario.AddApplications(3);
        var byHand = scenario.AddApplicationFor("ByHand", "In review");
        byHand.AddComment("mallory", "<!-- ecosystem-bot:review-session -->\n<!-- ecosystem-bot-session: 2027-01-12 -->");
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { issues[0].Number, issues[1].Number, issues[2].Number, byHand.Number }, Scheduled(result));
        var own = byHand.Comments.Where(c => c.Author == scenario.State.AuthenticatedLogin).ToList();
        Assert.HasCount(1, own, "the automation writes its own comment beside the forged one");
        StringAssert.Contains(own[0].Body, "2027-01-12");
        StringAssert.Contains(result.Summary, "labelled by hand, now recorded");
        Assert.AreEqual("In progress", scenario.Board!.ItemFor(byHand)!.ValueOf("Status"));
    }

    /// <summary>
    /// A <c>board.session-date-field</c> the board does not have (misspelt, or the field renamed) stopped every move of the
    /// run: the batch stayed in the backlog column though only its date could not be set. Now the batch moves, and the
    /// warning names the key and the board, as a column the board lacks does; a rerun moves nothing more.
    /// </summary>
    [TestMethod]
    public async Task A_date_field_the_board_lacks_is_a_warning_naming_the_key_and_the_batch_still_moves()
    {
        await using var scenario = await World.Schedule().StartAsync();
        scenario.Board!.WithField("Review date", ProjectFieldType.Date);
        var issues = scenario.AddApplications(2);
        scenario.Run.Environment["ECOSYSTEM_BOARD__SESSION_DATE_FIELD"] = "Session date";
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { "In progress", "In progress" }, issues.Select(i => scenario.Board.ItemFor(i)?.ValueOf("Status")).ToArray());
        StringAssert.Contains(result.Stdout, "::warning");
        StringAssert.Contains(result.Stdout,
            "board.session-date-field: project #6 of pytorch-fdn (\"Ecosystem applications\") has no date field named 'Session date'");
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>
    /// Staff keep one application "On hold"; it joins the batch, and GitHub refuses the board's write. The rerun kept it
    /// there for good: it knew an application moves on only in the run that labels it, and the labels were written. Now
    /// the placement carries when the application joined (its session comment), and an item put in a column of staff's own
    /// before then moves, so the rerun completes the move; a third night writes nothing.
    /// </summary>
    [TestMethod]
    public async Task An_item_staff_kept_on_hold_moves_with_its_batch_on_the_rerun_after_a_failed_move()
    {
        await using var scenario = await World.Schedule(board: false, configuration: "ecosystem.board.yml").StartAsync();
        var board = WithOnHold(scenario);
        var issues = scenario.AddApplications(2);
        board.AddItem(issues[0]).WithValue("Status", "On hold");
        board.AddItem(issues[1]).WithValue("Status", "New");
        scenario.SetClock(FourteenDaysBefore);
        string?[] Columns() => [.. issues.Select(i => board.ItemFor(i)?.ValueOf("Status"))];
        // Viewer, board, items, then every board mutation is refused.
        scenario.Server.Faults.Add("POST", "/api/graphql", new FaultHits(4, 100), Fault.Status(403, "Forbidden"));

        var failed = await scenario.NightlyAsync();
        scenario.Server.Faults.Clear();
        var afterFailure = Columns();
        var rerun = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, failed.ExitCode, failed.ToString());
        Assert.IsTrue(issues.All(InReview), failed.ToString());
        CollectionAssert.AreEqual(new[] { "On hold", "New" }, afterFailure, failed.ToString());
        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        CollectionAssert.AreEqual(new[] { "In progress", "In progress" }, Columns(), rerun.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>Staff put an application of the batch "On hold" after it joined: the nightly run leaves it there.</summary>
    [TestMethod]
    public async Task An_item_staff_put_on_hold_after_its_batch_was_scheduled_stays_there()
    {
        await using var scenario = await World.Schedule(board: false, configuration: "ecosystem.board.yml").StartAsync();
        var board = WithOnHold(scenario);
        var issue = scenario.AddApplicationFor("Held");
        board.AddItem(issue).WithValue("Status", "New");
        scenario.SetClock(FourteenDaysBefore);
        Assert.AreEqual(0, (await scenario.NightlyAsync()).ExitCode);
        scenario.SetClock("2026-12-30T12:00-08:00");
        board.ItemFor(issue)!.WithValue("Status", "On hold");

        var next = await scenario.NightlyAsync();

        Assert.AreEqual("On hold", board.ItemFor(issue)?.ValueOf("Status"), next.ToString());
        Assert.IsEmpty(next.WriteRequests, next.ToString());
    }

    /// <summary>Board #6 with staff's own column "On hold" beside the three; the applications are put on it by the test.</summary>
    private static Project WithOnHold(World scenario) =>
        scenario.State.AddProject("pytorch-fdn", 6, "Ecosystem applications")
            .WithSingleSelectField("Status", "New", "In progress", "Done", "On hold");

    [TestMethod]
    public async Task Applications_not_yet_on_the_board_are_added_and_moved()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issue = scenario.Repository.AddIssue("[Ecosystem] Off board", CompleteBody, "alice", ["New"]);
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("In progress", scenario.Board!.ItemFor(issue)?.ValueOf("Status"));
        Assert.HasCount(2, result.WriteRequests.Where(r => r.IsGraphQL), "one mutation adds the item, one sets its column");
    }

    /// <summary>
    /// An application deleted (or transferred: GitHub then no longer finds it by its number either) while the nightly run
    /// writes, before the board's items are read or between that read and the moves. GitHub's error for that one issue
    /// stopped every other move of the run; now the others move, the warning names the issue and what GitHub said, and the
    /// next run converges (the agenda drops the deleted application once; the run after writes nothing).
    /// </summary>
    [TestMethod]
    [DataRow("query ProjectBoard(", "#2: GitHub finds no such issue in the repository any more (transferred or deleted?)")]
    [DataRow("query BoardItems(", "#2: GitHub answered: Could not resolve to a node with the global id of 'I_")]
    public async Task An_application_deleted_during_the_run_is_named_and_the_others_still_move(string deletedAfter, string warning)
    {
        await using var scenario = await World.Schedule().StartAsync();
        // #1 on the board; #2 and #3 not yet, so one mutation adds them and one sets the columns.
        Issue[] issues =
        [
            scenario.AddApplicationFor("OnBoard"),
            scenario.Repository.AddIssue("[Ecosystem] Deleted", CompleteBody, "alice", ["New"]),
            scenario.Repository.AddIssue("[Ecosystem] Off board", CompleteBody, "bob", ["New"]),
        ];
        scenario.SetClock(FourteenDaysBefore);
        var server = scenario.Server;
        var deleted = issues[1];
        server.Faults.Add("POST", "/api/graphql", FaultHits.Always, Fault.OtherWriteFirst(() =>
        {
            if (scenario.Repository.Issues.Contains(deleted)
                && server.Requests.LastOrDefault(r => r.IsGraphQL)?.GraphQLDocument?.Contains(deletedAfter, StringComparison.Ordinal) == true)
            {
                deleted.Delete();
            }
        }));

        var result = await scenario.NightlyAsync();
        var second = await scenario.NightlyAsync();
        var third = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain(deleted, scenario.Repository.Issues);
        StringAssert.Contains(result.Stdout, "::warning title=Schedule::The labels and comments were written, but the board (project #");
        StringAssert.Contains(result.Stdout, ") was updated only in part: " + warning);
        StringAssert.Contains(result.Stdout, "; the other moves were made. The next run moves what is still missing.");
        Assert.DoesNotContain("was not updated", result.Stdout, "the other moves were made");
        Assert.AreEqual(("In progress", "In progress"), (scenario.Board!.ItemFor(issues[0])?.ValueOf("Status"), scenario.Board.ItemFor(issues[2])?.ValueOf("Status")));
        Assert.HasCount(2, result.WriteRequests.Where(r => r.IsGraphQL), "one mutation adds the items, one sets their column, as without a deletion");
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.DoesNotContain("was not updated", second.Stdout);
        Assert.IsEmpty(third.WriteRequests, third.ToString());
    }

    /// <summary>
    /// A returning application whose item the board archived after its decline (GitHub's auto-archive, or staff tidying
    /// the Done column): GitHub refuses to set a field of an archived item, so the move failed on every run with a warning
    /// and the Working Group never saw the application on the board. It is brought back, then moved.
    /// </summary>
    [TestMethod]
    public async Task An_archived_item_is_brought_back_and_moved_and_a_second_run_writes_nothing()
    {
        await using var scenario = await World.Schedule().StartAsync();
        var issue = scenario.Repository.AddIssue("[Ecosystem] Returning", CompleteBody, "alice", ["New"]);
        var item = scenario.Board!.AddItem(issue).WithValue("Status", "Done").Archive();
        scenario.SetClock(FourteenDaysBefore);

        var result = await scenario.NightlyAsync();
        var second = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("was not updated", result.Stdout);
        Assert.AreEqual(("In progress", false), (item.ValueOf("Status"), item.IsArchived));
        Assert.HasCount(2, result.WriteRequests.Where(r => r.IsGraphQL), "one mutation brings the item back, one sets its column");
        Assert.IsEmpty(second.WriteRequests, second.ToString());
    }
}
