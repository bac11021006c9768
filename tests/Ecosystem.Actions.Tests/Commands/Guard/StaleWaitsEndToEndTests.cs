using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Text;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>Nightly: one reminder after 30 days of waiting on the applicant, closing as too early after 60.</summary>
[TestClass]
public sealed class StaleWaitsEndToEndTests
{
    private const string Waiting = "Waiting on comment";

    /// <summary>An application opened ten days before the start, labelled waiting by staff at the start.</summary>
    private static Issue WaitingFromStart(World scenario)
    {
        var issue = scenario.AddApplication(World.Now.AddDays(-10), "New");
        issue.AddLabel(Waiting, World.Staff, World.Now);
        return issue;
    }

    /// <summary>A board configured, with <paramref name="issue"/> on it in <paramref name="column"/>.</summary>
    private static ProjectItem OnTheBoard(World scenario, Issue issue, string column)
    {
        var configuration = World.Fixture("Commands/Guard/Fixtures/ecosystem.yml");
        scenario.Run.WithFile(".github/ecosystem.yml", configuration + "\nboard:\n  owner: \"pytorch-fdn\"\n  number: 6\n");
        return scenario.State.AddProject("pytorch-fdn", 6, "Ecosystem").WithSingleSelectField("Status", "New", "In progress", "Done")
            .AddItem(issue).WithValue("Status", column);
    }

    /// <summary><see cref="WaitingFromStart"/>, and its reminder posted on the 30th night.</summary>
    private static async Task<(Issue Issue, Comment Reminder)> RemindedOnDay30Async(World scenario)
    {
        var issue = WaitingFromStart(scenario);
        scenario.DaysAfterStart(30);
        await scenario.NightlyAsync();
        return (issue, World.CommentsBy(issue, World.Automation).Single());
    }

    /// <summary>The nights of days 30 and 60 write nothing and leave <paramref name="issue"/> open; returns the night of day 60.</summary>
    private static async Task<RunResult> NeitherRemindedNorClosedAsync(World scenario, Issue issue)
    {
        scenario.DaysAfterStart(30);
        var day30 = await scenario.NightlyAsync();
        scenario.DaysAfterStart(60);
        var day60 = await scenario.NightlyAsync();

        Assert.AreEqual(0, day60.ExitCode, day60.ToString());
        Assert.IsEmpty(day30.WriteRequests, day30.ToString());
        Assert.IsEmpty(day60.WriteRequests, day60.ToString());
        Assert.AreEqual("open", issue.State);
        return day60;
    }

    [TestMethod]
    public async Task Day_29_no_reminder_day_30_one_day_31_none_more_day_60_closed_as_Too_early()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingFromStart(scenario);

        scenario.DaysAfterStart(29);
        var day29 = await scenario.NightlyAsync();
        Assert.AreEqual(0, day29.ExitCode, day29.ToString());
        Assert.IsEmpty(day29.WriteRequests, day29.ToString());
        Assert.HasCount(3, day29.Requests, "people (2) and one page of the issues with their comments and label events: " + day29);

        scenario.DaysAfterStart(30);
        var day30 = await scenario.NightlyAsync();
        Assert.AreEqual(0, day30.ExitCode, day30.ToString());
        var reminder = World.CommentsBy(issue, World.Automation).Single();
        StringAssert.Contains(reminder.Body, "@alice, this application has been waiting for an answer from you since 2026-11-27");
        StringAssert.Contains(reminder.Body, "2027-01-26");
        Assert.HasCount(1, day30.WriteRequests, day30.ToString());

        scenario.DaysAfterStart(31);
        var day31 = await scenario.NightlyAsync();
        Assert.IsEmpty(day31.WriteRequests, day31.ToString());
        Assert.HasCount(1, World.CommentsBy(issue, World.Automation));

        scenario.DaysAfterStart(60);
        var day60 = await scenario.NightlyAsync();
        Assert.AreEqual(0, day60.ExitCode, day60.ToString());
        Assert.AreEqual("closed", issue.State);
        Assert.AreEqual("not_planned", issue.StateReason);
        CollectionAssert.AreEquivalent(new[] { "New", "Too early" }, issue.Labels.ToArray());
        Assert.HasCount(2, World.CommentsBy(issue, World.Automation));

        var day61 = await scenario.NightlyAsync();
        Assert.IsEmpty(day61.WriteRequests, "a closed application is not waiting any more: " + day61);
    }

    /// <summary>
    /// The night a wait closes as too early, GitHub refuses the board's write: the application is closed, and the nights
    /// after skipped it (a closed application waits on nobody), so its item stayed in the backlog for good. Now the next
    /// night places an application closed as too early in the past week on the board; a night later nothing is written,
    /// and the nights before and long after a close read the board no more than before.
    /// </summary>
    [TestMethod]
    public async Task A_wait_closed_as_too_early_whose_board_move_was_refused_reaches_done_the_next_night()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingFromStart(scenario);
        var item = OnTheBoard(scenario, issue, "New");
        scenario.DaysAfterStart(30);
        await scenario.NightlyAsync();
        scenario.DaysAfterStart(60);
        var reads = (await scenario.NightlyAsync("--dry-run")).Requests.Count(r => r.IsGraphQL);
        scenario.Server.Faults.Add("POST", "/api/graphql", new FaultHits(reads + 1, 100), Fault.Status(403, "Forbidden"));

        var day60 = await scenario.NightlyAsync();
        scenario.Server.Faults.Clear();
        var left = item.ValueOf("Status");
        scenario.DaysAfterStart(61);
        var day61 = await scenario.NightlyAsync();
        var placed = item.ValueOf("Status");
        var day61Again = await scenario.NightlyAsync();
        scenario.DaysAfterStart(70);
        var day70 = await scenario.NightlyAsync();

        Assert.AreEqual(0, day60.ExitCode, day60.ToString());
        Assert.AreEqual(("closed", "New"), (issue.State, left), day60.ToString());
        StringAssert.Contains(day60.Stdout, "::warning");
        Assert.AreEqual(0, day61.ExitCode, day61.ToString());
        Assert.AreEqual("Done", placed, day61.ToString());
        Assert.HasCount(1, day61.WriteRequests, day61.ToString());
        Assert.IsEmpty(day61Again.WriteRequests, day61Again.ToString());
        Assert.HasCount(3, day70.Requests, "a week after the close, people (2) and one page of the issues, as before: " + day70);
    }

    /// <summary>
    /// Staff close a waiting application as too early by hand. With a board, the nights of the week after a close watch
    /// applications closed as too early, for the board move of a close of a wait; on each of them the step summary listed
    /// this one as "not waiting on the applicant", though it is closed and the run had nothing to do with it. Now such a
    /// night watches only closes of a wait, and says that no application waits, at the same requests.
    /// </summary>
    [TestMethod]
    public async Task An_application_staff_closed_as_too_early_is_not_listed_as_not_waiting_on_the_nights_after()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingFromStart(scenario);
        OnTheBoard(scenario, issue, "Done");
        scenario.DaysAfterStart(10);
        issue.AddLabel("Too early", World.Staff).Close(World.Staff, "not_planned");
        scenario.DaysAfterStart(11);

        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.DoesNotContain("not waiting on the applicant", night.Summary, night.ToString());
        StringAssert.Contains(night.Summary, "No open application is labelled");
        Assert.HasCount(3, night.Requests, "people (2) and one page of the issues: " + night);
    }

    /// <summary>
    /// Staff label an issue that is no application (a request to update the project's landscape entry) as waiting on its
    /// author: the nightly run reminded its author of "this application" on day 30, and on day 60 closed it as too early,
    /// told them to submit it again with the application form and moved it to the board's done column. Reminders and closes
    /// are for applications, as the reader every command asks decides (validate, tally and the other guardians leave such an
    /// issue alone): it is neither reminded nor closed, at no extra request.
    /// </summary>
    [TestMethod]
    public async Task An_issue_that_is_no_application_labelled_waiting_is_neither_reminded_nor_closed()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.Repository.AddIssue("Update the TorchRender landscape entry", "Our logo changed; please use the new one.", "alice",
            at: World.Now.AddDays(-10));
        issue.AddLabel(Waiting, World.Staff, World.Now);

        var day60 = await NeitherRemindedNorClosedAsync(scenario, issue);
        Assert.HasCount(3, day60.Requests, "people (2) and one page of the issues, as on a night without it: " + day60);
    }

    /// <summary>
    /// Staff lock a spammed thread while it waits: the applicant, no collaborator, cannot comment any more, so the nightly
    /// guard neither asks them to answer in a comment nor closes the application for want of one.
    /// </summary>
    [TestMethod]
    public async Task A_locked_application_the_applicant_cannot_answer_on_is_neither_reminded_nor_closed()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingFromStart(scenario).LockConversation(World.Staff);

        var day60 = await NeitherRemindedNorClosedAsync(scenario, issue);
        StringAssert.Contains(day60.Summary, "locked");

        // Unlocked on day 70, past the closing date: reminded first, closed the usual 30 days after the reminder.
        scenario.DaysAfterStart(70);
        issue.LockConversation(World.Staff, locked: false);
        await scenario.NightlyAsync();
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Single().Body, "closed as **Too early** on 2027-03-07");
        scenario.DaysAfterStart(99);
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests);
        scenario.DaysAfterStart(100);
        await scenario.NightlyAsync();
        Assert.AreEqual("closed", issue.State);
    }

    /// <summary>
    /// Reminded on day 30, the thread is locked by staff on day 35 and unlocked on day 55: the applicant could answer for only
    /// 10 of the 30 days the reminder gave, and the night of day 60 closed the wait. The locked days are added: the reminder is
    /// edited to the new date once, and the wait closes on day 80. The lock events come on the page of the label events, so
    /// every night still costs the three requests a night without a lock does.
    /// </summary>
    [TestMethod]
    public async Task Days_locked_after_the_reminder_are_given_back_before_the_wait_closes_at_no_extra_request()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (issue, reminder) = await RemindedOnDay30Async(scenario);
        StringAssert.Contains(reminder.Body, "closed as **Too early** on 2027-01-26");
        issue.LockConversation(World.Staff, at: World.Now.AddDays(35));
        issue.LockConversation(World.Staff, locked: false, at: World.Now.AddDays(55));

        scenario.DaysAfterStart(60);
        var day60 = await scenario.NightlyAsync();
        Assert.AreEqual(0, day60.ExitCode, day60.ToString());
        Assert.AreEqual(("open", 1), (issue.State, day60.WriteRequests.Count), "the reminder edited, nothing closed: " + day60);
        StringAssert.Contains(reminder.Body, "closed as **Too early** on 2027-02-15");
        Assert.HasCount(3, day60.Requests.Where(r => !r.IsWrite).ToList(), "the same reads as a night without a lock: " + day60);

        scenario.DaysAfterStart(79);
        var day79 = await scenario.NightlyAsync();
        Assert.IsEmpty(day79.WriteRequests, day79.ToString());
        Assert.HasCount(3, day79.Requests, "people (2) and one page of the issues with their comments, label and lock events: " + day79);

        scenario.DaysAfterStart(80);
        var day80 = await scenario.NightlyAsync();
        Assert.AreEqual("closed", issue.State, day80.ToString());
        StringAssert.Contains(World.CommentsBy(issue, World.Automation).Last().Body, "from 2026-11-27 until 2027-02-15");
    }

    /// <summary>
    /// Reminded on day 30, closed by the applicant on day 35 with the waiting label still on, reopened on day 70: the first night
    /// after the reopening closed it as too early for the 35 days nobody waited on an answer. The days closed are added as days
    /// locked are, read from the close and reopen events that come on the page of the label events: the reminder is edited once
    /// to day 95, at no extra read.
    /// </summary>
    [TestMethod]
    public async Task Days_a_reopened_application_was_closed_are_given_back_before_the_wait_closes_at_no_extra_request()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (issue, reminder) = await RemindedOnDay30Async(scenario);
        issue.Close("alice", at: World.Now.AddDays(35)).Reopen("alice", at: World.Now.AddDays(70));

        scenario.DaysAfterStart(71);
        var night = await scenario.NightlyAsync();

        Assert.AreEqual(("open", 1, 3), (issue.State, night.WriteRequests.Count, night.Requests.Count(r => !r.IsWrite)), night.ToString());
        StringAssert.Contains(reminder.Body, "closed as **Too early** on 2027-03-02");
    }

    /// <summary>
    /// Two runs posting the reminder at once leave two when the later one is cancelled (or its read fails) between its post and
    /// the read after it, which would have deleted its twin: the next night keeps the first and deletes the other.
    /// </summary>
    /// <summary>
    /// One application GitHub refuses a comment on every time (locked, say) fails its own reminder, named, and the night
    /// still reminds the others, where the first refusal stopped the whole run, every night, leaving every wait after it
    /// unreminded and never closed. Once GitHub takes the comment, the rerun posts it alone and the night after writes nothing.
    /// </summary>
    [TestMethod]
    public async Task An_application_GitHub_refuses_a_comment_on_does_not_keep_the_others_from_their_reminders()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issues = Enumerable.Range(0, 3).Select(_ => WaitingFromStart(scenario)).ToList();
        var locked = $"/repos/pytorch-fdn/ecosystem/issues/{issues[0].Number}/comments";
        scenario.Server.Faults.Add("POST", locked, FaultHits.Always, Fault.Status(403));
        scenario.DaysAfterStart(30);

        var refused = await scenario.NightlyAsync();

        Assert.IsTrue(issues.Skip(1).All(i => World.CommentsBy(i, World.Automation).Count == 1), refused.ToString());
        Assert.IsEmpty(World.CommentsBy(issues[0], World.Automation));
        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Stdout, $"::error::#{issues[0].Number} (stale waits): GitHub answered 403");

        scenario.Server.Faults.Clear();
        var rerun = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.IsTrue(issues.All(i => World.CommentsBy(i, World.Automation).Count == 1), rerun.ToString());
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task A_twin_reminder_a_cancelled_run_left_is_deleted_the_next_night_and_the_first_kept()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (issue, first) = await RemindedOnDay30Async(scenario);
        issue.AddComment(World.Automation, first.Body, UserKind.Bot, World.Now.AddDays(30).AddMinutes(1));

        scenario.DaysAfterStart(31);
        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.AreEqual(first.Id, World.CommentsBy(issue, World.Automation).Single().Id);
        Assert.HasCount(1, night.WriteRequests, night.ToString());
        Assert.AreEqual("DELETE", night.WriteRequests[0].Method, night.ToString());
        scenario.DaysAfterStart(32);
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests);
    }

    /// <summary>
    /// A second wait on the applicant (staff ask again after the first was answered) is reminded by a new comment, which
    /// notifies the applicant; editing the first wait's reminder into it notified nobody before the application was closed.
    /// </summary>
    [TestMethod]
    public async Task A_second_wait_is_reminded_by_a_new_comment_and_the_first_reminder_is_left_as_it_was()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (issue, first) = await RemindedOnDay30Async(scenario);
        var firstText = first.Body;
        issue.AddComment("alice", "Added the quick start.", at: World.Now.AddDays(31));
        scenario.DaysAfterStart(32);
        await scenario.NightlyAsync();
        issue.AddLabel(Waiting, World.Staff, World.Now.AddDays(40));

        scenario.DaysAfterStart(70);
        var night = await scenario.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.AreEqual(firstText, first.Body, "the first wait's reminder stays as it was");
        var second = World.CommentsBy(issue, World.Automation).Last();
        Assert.AreNotEqual(first.Id, second.Id, night.ToString());
        StringAssert.Contains(second.Body, "waiting for an answer from you since 2027-01-06");
        scenario.DaysAfterStart(71);
        Assert.IsEmpty((await scenario.NightlyAsync()).WriteRequests);
    }

    [TestMethod]
    public async Task With_close_after_days_0_the_reminder_names_no_closing_date_and_the_wait_stays_open()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingFromStart(scenario);
        string[] neverClose = ["--set", "housekeeping.close-after-days=0"];

        scenario.DaysAfterStart(30);
        var day30 = await scenario.NightlyAsync(neverClose);
        Assert.AreEqual(0, day30.ExitCode, day30.ToString());
        var reminder = World.CommentsBy(issue, World.Automation).Single();
        StringAssert.Contains(reminder.Body, "stays open, waiting on your answer");
        Assert.DoesNotContain("Too early", reminder.Body);
        Assert.DoesNotMatchRegex(@"\d{4}-\d{2}-\d{2}.*\d{4}-\d{2}-\d{2}", reminder.Body.ReplaceLineEndings(" "), "only the start of the wait is dated");

        scenario.DaysAfterStart(400);
        var day400 = await scenario.NightlyAsync(neverClose);
        Assert.AreEqual(0, day400.ExitCode, day400.ToString());
        Assert.IsEmpty(day400.WriteRequests, day400.ToString());
        Assert.AreEqual("open", issue.State);
        CollectionAssert.AreEquivalent(new[] { "New", Waiting }, issue.Labels.ToArray());
    }

    [TestMethod]
    public async Task An_answer_whose_comment_event_was_missed_ends_the_wait_at_night()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = WaitingFromStart(scenario);
        issue.AddComment("janedoe", "Answered.", at: World.Now.AddDays(3));
        scenario.DaysAfterStart(4);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(new[] { "New" }, issue.Labels.ToArray());
        Assert.AreEqual($"[{issue.Number}]", result.Outputs["rerun-intake"]);
    }

    [TestMethod]
    public async Task Every_nightly_rule_is_idempotent_and_dry_run_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        var reminded = scenario.AddApplication(World.Now.AddDays(-10), "New");
        reminded.AddLabel(Waiting, World.Staff, World.Now.AddDays(-35));
        var closed = scenario.AddApplication(World.Now.AddDays(-90), "New");
        closed.AddLabel(Waiting, World.Staff, World.Now.AddDays(-61));
        closed.AddComment(
            World.Automation, HiddenMarker.Stamp(StaleWaits.ReminderPurpose, "Reminded on day 30."), UserKind.Bot, World.Now.AddDays(-31));

        var dry = await scenario.NightlyAsync("--dry-run");
        Assert.AreEqual(0, dry.ExitCode, dry.ToString());
        Assert.IsEmpty(dry.WriteRequests, dry.ToString());
        Assert.IsEmpty(reminded.Comments);

        var first = await scenario.NightlyAsync();
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.HasCount(1, reminded.Comments);
        Assert.AreEqual("closed", closed.State);
        Assert.AreEqual($"[{reminded.Number},{closed.Number}]", first.Outputs["changed"]);

        var second = await scenario.NightlyAsync();
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.IsEmpty(second.WriteRequests, second.ToString());
        Assert.AreEqual("0", second.Outputs["writes"]);
    }

    [TestMethod]
    public async Task A_manual_run_does_the_same_housekeeping()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-40), "New");
        issue.AddLabel(Waiting, World.Staff, World.Now.AddDays(-30));

        var result = await scenario.Run.RunAsync("workflow_dispatch", EndToEnd.EventPayloads.WorkflowDispatch(new Dictionary<string, string>()), "guard");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.HasCount(1, World.CommentsBy(issue, World.Automation));
    }

    [TestMethod]
    public async Task Without_the_issue_form_in_the_checkout_the_error_names_the_key_and_the_fix()
    {
        await using var scenario = await World.Guard().StartAsync();
        var issue = scenario.AddApplication(World.Now.AddDays(-40), "New");
        issue.AddLabel(Waiting, World.Staff, World.Now.AddDays(-30));
        scenario.WithoutForm();

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "::error::guard: The application form .github/ISSUE_TEMPLATE/application.yml (application.template) "
            + "does not exist (looked for ");
        StringAssert.Contains(result.Stdout, "actions/checkout");
        Assert.IsEmpty(result.WriteRequests);
    }
}
