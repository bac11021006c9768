using System.Globalization;
using Ecosystem.Actions.Tests.Commands.Guard;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>Each real command under every fault at every request of a small fault-free run.</summary>
[TestClass]
[DoNotParallelize]
public sealed class CommandFaultTests
{
    private const string TallyConfiguration = """
        people:
          staff:
            users: ["staff-alice"]
          working-group:
            users: ["bob", "carol", "dave"]
        voting:
          close-after-days: 0
        """;

    private const string ScheduleConfiguration = """
        sessions:
          dates: ["2026-12-11"]
          batch:
            min: 1
            max: 2
        """;

    private const string Board = """

        board:
          owner: "pytorch-fdn"
          number: 6
        """;

    private static readonly DateTimeOffset GuardNow = FaultScenario.DefaultNow;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Validate_all_open_applications_survives_every_fault_and_a_rerun_converges()
    {
        var scenario = IntakeScenario("validate --issue all", "all");

        await ProveAsync(scenario);
    }

    /// <summary>One application, whose earlier one is found through the issues' titles and bodies (GraphQL, by the page).</summary>
    [TestMethod]
    public async Task Validate_one_application_survives_every_fault_and_a_rerun_converges()
    {
        var scenario = IntakeScenario("validate --issue 2", "2");

        await ProveAsync(scenario);
    }

    /// <summary>
    /// Closing a stale application is a comment, Too early added, Waiting removed, then the close, each its own request: a run
    /// refused after Waiting went left it open and labelled Too early, which the nightly pass no longer looked at (found by this
    /// proof with refusals); the pass now finishes a close its comment announced.
    /// </summary>
    [TestMethod]
    public async Task Guard_at_night_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "guard (schedule)",
            () =>
            {
                var world = World.Guard();
                world.AddApplication(now.AddDays(-40), "New").AddLabel("Waiting on comment", World.Staff, now.AddDays(-30));
                world.WithApplications(title: "[Ecosystem] TorchWidget").AddApplication(now.AddDays(-70), "New")
                    .AddLabel("Waiting on comment", World.Staff, now.AddDays(-60))
                    .AddComment(
                        World.Automation, HiddenMarker.Stamp(StaleWaits.ReminderPurpose, "Reminded on day 30."), UserKind.Bot, now.AddDays(-30));
                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "guard");

        await ProveWithRefusalsAsync(scenario);
    }

    /// <summary>
    /// The nightly run with each guardian of the open applications at work: an outsider's label whose event run was lost, an
    /// answer whose comment run was lost, and a reminder due.
    /// </summary>
    [TestMethod]
    public async Task Guard_at_night_sweeping_labels_and_replies_survives_every_fault_and_a_rerun_converges()
    {
        var scenario = new FaultScenario(
            "guard (schedule, sweep)",
            () =>
            {
                var world = World.Guard();
                world.AddApplication(GuardNow.AddDays(-20), "New").AddLabel("Accepted", "mallory", GuardNow.AddDays(-2));
                var replied = world.AddApplication(GuardNow.AddDays(-20), "New").AddLabel("Waiting on comment", World.Staff, GuardNow.AddDays(-9));
                replied.AddComment("alice", "Done, the README has a quick start now.", at: GuardNow.AddDays(-1));
                world.AddApplication(GuardNow.AddDays(-40), "New").AddLabel("Waiting on comment", World.Staff, GuardNow.AddDays(-31));
                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "guard");

        await ProveWithRefusalsAsync(scenario);
    }

    /// <summary>
    /// A periodic review past its deadline whose measurements changed: its body rewritten, its labels (with Retire) written
    /// once, the retire comment posted; with and without the review's own label still on it.
    /// </summary>
    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public async Task Guard_retiring_a_rewritten_review_survives_every_fault_and_a_rerun_converges(bool labelled)
    {
        await ProveAsync(RetiringReviewScenario(labelled));
    }

    /// <summary>
    /// The same night stopped for good at each request in turn: refused between the body and the labels, the rerun found
    /// the body as wanted and wrote nothing, so the review's own label never came (found by this proof).
    /// </summary>
    [TestMethod]
    public async Task Guard_retiring_a_rewritten_review_refused_at_any_request_converges_when_rerun()
    {
        var report = await FaultProof.RunAsync(RetiringReviewScenario(labelled: false), [InjectedFault.Refused]);

        TestContext.WriteLine(report.ToString());
        // The night past the deadline: 5 reads, then the body, the labels with Retire, the retire comment and the comments
        // read after it; every refusal stops it with an error (the reruns converging is checked inside the proof).
        Assert.AreEqual(9, report.BaselineRequests, report.ToString());
        Assert.AreEqual(report.FaultedRuns, report.FailedClearly, report.ToString());
    }

    /// <summary>An outsider's Accepted on an application: taken off, and the note on who may change labels posted once.</summary>
    [TestMethod]
    public async Task Guard_undoing_an_outsiders_label_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(
            LabelScenario("guard (outsider's label)", "Accepted", "mallory", i => i.AddLabel("Accepted", "mallory", GuardNow.AddMinutes(-5))));
    }

    /// <summary>Staff's Too early on an application in review: the comment with the expectations, the labels, closed.</summary>
    [TestMethod]
    public async Task Guard_carrying_out_too_early_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(LabelScenario("guard (too early)", "Too early", World.Staff, issue =>
        {
            issue.AddLabel("In review", World.Automation, GuardNow.AddDays(-10));
            issue.AddComment("bob", "Come back once the CI runs on every platform.", at: GuardNow.AddDays(-2));
            issue.AddLabel("Too early", World.Staff, GuardNow.AddMinutes(-5));
        }));
    }

    /// <summary>The applicant's <c>/ecosystem returning</c> on a declined, closed application: relabelled, the comment, reopened.</summary>
    [TestMethod]
    public async Task Guard_bringing_a_declined_application_back_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(CommentScenario("guard (returning)", issue =>
        {
            issue.AddLabel("Declined", World.Automation, GuardNow.AddDays(-30));
            issue.Close(World.Automation, "not_planned", GuardNow.AddDays(-30));
            return issue.AddComment("alice", "We fixed every reason given.\n\n/ecosystem returning", at: GuardNow.AddMinutes(-5));
        }));
    }

    /// <summary>
    /// The same on an application in review, waiting on its applicant since before it was scheduled: its waiting label is what
    /// the request is granted on, so a run refused after taking it off, before In review, left In review on for good.
    /// </summary>
    [TestMethod]
    public async Task Guard_bringing_back_an_application_waiting_in_review_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(CommentScenario("guard (returning from review)", issue =>
        {
            issue.AddLabel("Waiting on comment", World.Staff, GuardNow.AddDays(-10));
            issue.AddLabel("In review", World.Automation, GuardNow.AddDays(-3));
            return issue.AddComment("alice", "/ecosystem returning", at: GuardNow.AddMinutes(-5));
        }));
    }

    /// <summary>The applicant answers an application waiting on them: the waiting label off, the Working Group told once.</summary>
    [TestMethod]
    public async Task Guard_ending_a_wait_on_the_applicants_reply_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(CommentScenario("guard (reply)", issue =>
        {
            issue.AddLabel("Waiting on comment", World.Staff, GuardNow.AddDays(-3));
            return issue.AddComment("alice", "The licence is in the repository now.", at: GuardNow.AddMinutes(-5));
        }));
    }

    [TestMethod]
    public async Task Tally_closing_a_vote_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "tally --issue 1 (close)",
            () =>
            {
                var world = TallyApplicationWorld();
                AddClosedVote(world.Repository, now);
                return world;
            },
            "workflow_dispatch",
            _ => EventPayloads.WorkflowDispatch(new Dictionary<string, string>()),
            "tally", "--issue", "1");

        await ProveAsync(scenario);
    }

    /// <summary>The nightly tally reads by the page (GraphQL) and reads the history of a ballot edited after the close.</summary>
    [TestMethod]
    public async Task Tally_at_night_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "tally (schedule)",
            () =>
            {
                var world = TallyApplicationWorld();
                var body = World.Body("complete");
                AddClosedVote(world.Repository, now).Comments[2].Edit("/vote decline changed my mind after the close", now.AddHours(-1));
                var open = world.Repository.AddIssue("[Ecosystem] TorchWidget", body, "erin", ["In review"], now.AddDays(-10));
                open.AddComment("staff-alice", "/vote open", at: now.AddDays(-1));
                open.AddComment("bob", "/vote approve", at: now.AddHours(-5));
                world.Repository.AddIssue("[Ecosystem] TorchQueue", body, "frank", ["New"], now.AddDays(-5));
                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "tally");

        await ProveAsync(scenario);
    }

    [TestMethod]
    public async Task Schedule_filling_a_batch_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "schedule (3 applications, 14 days ahead)",
            () =>
            {
                var world = World.Create().WithRepository().WithForm().WithConfiguration(ScheduleConfiguration);
                var body = World.Body("complete");
                for (var i = 1; i <= 3; i++)
                {
                    world.Repository.AddIssue($"[Ecosystem] Project {i}", body, "applicant" + i, ["New"], now.AddDays(-30 + i));
                }

                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "schedule");

        await ProveAsync(scenario);
    }

    /// <summary>
    /// An agenda still open for a session staff then skipped: it is closed with one comment while its application moves to
    /// the next session, whose agenda is opened; a run stopped between the comment and the close completes it on the rerun.
    /// </summary>
    [TestMethod]
    public async Task Schedule_closing_a_skipped_sessions_agenda_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "schedule (the agenda of a skipped session open, its application in review)",
            () =>
            {
                var (world, _) = ScheduledForSkippedSession(ScheduleConfiguration);
                var agenda = HiddenMarker.Stamp(ReviewAgenda.Purpose, HiddenMarker.For("session", "2026-12-04"));
                world.Repository.AddIssue("Review session 2026-12-04", agenda, World.Automation, at: now.AddDays(-13));
                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "schedule");

        await ProveAsync(scenario);
    }

    /// <summary>
    /// An application scheduled for a session staff then skipped, the next session's window still closed: its session and
    /// queue comments are edited to name the next session; a run stopped between the two completes it on the rerun.
    /// </summary>
    [TestMethod]
    public async Task Schedule_telling_a_skipped_sessions_batch_where_it_goes_survives_every_fault_and_a_rerun_converges()
    {
        var now = FaultScenario.DefaultNow;
        var scenario = new FaultScenario(
            "schedule (an application in review for a skipped session, the next window closed)",
            () =>
            {
                var nextWindowClosed = ScheduleConfiguration.Replace("2026-12-11", "2027-01-20", StringComparison.Ordinal);
                var (world, application) = ScheduledForSkippedSession(nextWindowClosed);
                var queue = QueuePositionNotice.Scheduled(new DateOnly(2026, 12, 4)).MarkedBody;
                application.AddComment(World.Automation, queue, UserKind.Bot, now.AddDays(-13));
                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "schedule");

        await ProveAsync(scenario);
    }

    /// <summary>
    /// A session taken out of sessions.skip again: its agenda, which the automation closed with its one comment saying the
    /// session is cancelled, is reopened with that comment saying it is back on and its body written for the batch as it now
    /// is (an application withdrawn while skipped); a run stopped anywhere between completes it on the rerun.
    /// </summary>
    [TestMethod]
    public async Task Schedule_reopening_a_session_back_on_survives_every_fault_and_a_rerun_converges()
    {
        static World BackOn()
        {
            var sessions = ScheduleConfiguration.Replace("\"2026-12-11\"", "\"2026-12-04\", \"2026-12-11\"", StringComparison.Ordinal);
            var (world, _) = ScheduledForSkippedSession(sessions, skip: "");
            var listing = HiddenMarker.Stamp(ReviewAgenda.Purpose, HiddenMarker.For("session", "2026-12-04")) + "\n[Ecosystem] Withdrawn";
            var agenda = world.Repository.AddIssue("Review session 2026-12-04", listing, World.Automation, at: FaultScenario.DefaultNow.AddDays(-13));
            var cancelled = HiddenMarker.Stamp(ReviewAgenda.CancelledPurpose, "The session is cancelled.");
            agenda.AddComment(World.Automation, cancelled, UserKind.Bot, FaultScenario.DefaultNow.AddDays(-3));
            agenda.Close(World.Automation, "not_planned", FaultScenario.DefaultNow.AddDays(-3));
            return world.Runs("schedule");
        }

        await using (var world = await BackOn().StartAsync())
        {
            var agenda = world.Repository.Issues.Single(i => i.Title == "Review session 2026-12-04");
            var run = await world.NightlyAsync();
            Assert.AreEqual(("open", false), (agenda.State, agenda.Body!.Contains("Withdrawn", StringComparison.Ordinal)), run.ToString());
        }

        await ProveAsync(new FaultScenario(
            "schedule (the agenda of a session back on closed as cancelled, its batch changed)",
            BackOn,
            "schedule",
            _ => EventPayloads.Schedule(),
            "schedule"));
    }

    /// <summary>Two applications joining the batch of 2026-12-08, each given a Working Group reviewer and moved on the board.</summary>
    [TestMethod]
    public async Task Schedule_assigning_reviewers_and_moving_the_board_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(new FaultScenario(
            "schedule (board, reviewers)",
            () =>
            {
                var people = "people:\n  working-group:\n    users: [\"bob\", \"carol\", \"dave\"]\n";
                var world = World.Schedule().WithConfiguration(World.Fixture("Commands/Schedule/Fixtures/ecosystem.board.yml") + people);
                world.Seed(s => Array.ForEach(["bob", "carol", "dave"], login => s.AddUser(login)));
                world.AddApplications(2);
                world.SetClock("2026-11-24T12:00-08:00");
                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "schedule"), board: true);
    }

    /// <summary>
    /// A lead reviewer who left the Working Group before the session: taken off the issue, a member assigned in their place
    /// and the agenda's record edited; a run stopped anywhere between leaves the application with a lead reviewer on the rerun.
    /// </summary>
    [TestMethod]
    public async Task Schedule_replacing_a_reviewer_who_left_the_working_group_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(new FaultScenario(
            "schedule (a lead reviewer left the Working Group)",
            () =>
            {
                var people = "people:\n  working-group:\n    users: [\"bob\", \"carol\"]\n";
                var sessions = ScheduleConfiguration.Replace("\"2026-12-11\"", "\"2026-12-04\", \"2026-12-11\"", StringComparison.Ordinal);
                var (world, application) = ScheduledForSkippedSession(sessions + "\n" + people, skip: "");
                world.Seed(s => Array.ForEach(["alice", "bob", "carol"], login => s.AddUser(login)));
                application.Assign("alice");
                var agenda = HiddenMarker.Stamp(ReviewAgenda.Purpose, HiddenMarker.For("session", "2026-12-04") + "\n"
                    + HiddenMarker.For("reviewers", $"{application.Number}=alice"));
                world.Repository.AddIssue("Review session 2026-12-04", agenda, World.Automation, at: FaultScenario.DefaultNow.AddDays(-13));
                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "schedule"));
    }

    /// <summary>
    /// An application withdrawn (closed) before its session of 2026-11-20 and reopened after it waits in the queue again: it joins
    /// the batch of 2026-12-11, its session and queue comments edited to name that session and its agenda opened; a run stopped
    /// anywhere between completes it on the rerun. When alice, its lead reviewer by that session's agenda, has left the Working
    /// Group since, she is taken off and bob assigned in her place on the way.
    /// </summary>
    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task Schedule_taking_an_application_back_from_a_session_it_was_withdrawn_from_survives_every_fault_and_a_rerun_converges(
        bool reviewerLeft)
    {
        World Reopened()
        {
            var now = FaultScenario.DefaultNow;
            var sessions = ScheduleConfiguration.Replace("\"2026-12-11\"", "\"2026-11-20\", \"2026-12-11\"", StringComparison.Ordinal);
            var world = World.Create().WithRepository().WithForm()
                .WithConfiguration(sessions + (reviewerLeft ? "\npeople:\n  working-group:\n    users: [\"bob\", \"carol\"]\n" : ""));
            var application = world.Repository.AddIssue(
                "[Ecosystem] Project 1", World.Body("complete"), "applicant1", ["In review"], now.AddDays(-30));
            var session = HiddenMarker.Stamp(ReviewSessionNotice.Purpose, HiddenMarker.For("session", "2026-11-20"));
            application.AddComment(World.Automation, session, UserKind.Bot, now.AddDays(-20));
            var queue = QueuePositionNotice.Scheduled(new DateOnly(2026, 11, 20)).MarkedBody;
            application.AddComment(World.Automation, queue, UserKind.Bot, now.AddDays(-20));
            if (reviewerLeft)
            {
                world.Seed(s => Array.ForEach(["alice", "bob", "carol"], login => s.AddUser(login)));
                application.Assign("alice");
                var agenda = HiddenMarker.Stamp(ReviewAgenda.Purpose, HiddenMarker.For("session", "2026-11-20") + "\n"
                    + HiddenMarker.For("reviewers", $"{application.Number}=alice"));
                world.Repository.AddIssue("Review session 2026-11-20", agenda, World.Automation, at: now.AddDays(-21));
            }

            application.Close("applicant1", "not_planned", now.AddDays(-12)).Reopen("applicant1", now.AddDays(-2));
            return world.Runs("schedule");
        }

        await using (var world = await Reopened().StartAsync())
        {
            var run = await world.NightlyAsync();
            Assert.AreEqual("[1]", run.Outputs["scheduled"], run.ToString());
            CollectionAssert.AreEqual(reviewerLeft ? new[] { "bob" } : [], world.Repository.Issues[0].Assignees.ToArray(), run.ToString());
        }

        await ProveWithRefusalsAsync(new FaultScenario(
            "schedule (an application withdrawn before its session, reopened after it)",
            Reopened,
            "schedule",
            _ => EventPayloads.Schedule(),
            "schedule"));
    }

    /// <summary>An accepted vote closed by staff: outcome, labels, the board item to Done, the onboarding issue assigned to staff.</summary>
    [TestMethod]
    public async Task Tally_accepting_on_the_board_survives_every_fault_and_a_rerun_converges()
    {
        Comment? close = null;
        await ProveWithRefusalsAsync(new FaultScenario(
            "tally (close, board, onboarding)",
            () =>
            {
                var world = World.Tally().WithBoard().WithConfiguration(World.People + World.Voting + Board);
                var application = world.AddApplication();
                close = world.VoteAndClose(application, ("bob", "/vote approve"), ("carol", "/vote approve"));
                return world;
            },
            "issue_comment",
            state => EventPayloads.IssueComment("created", First(state), First(state).Comments.Single(c => c.Id == close?.Id)),
            "tally"), board: true);
    }

    /// <summary>
    /// An accepted vote whose outcome comment is missing (a person deleted it) after staff closed the onboarding issue: the
    /// outcome is written naming that issue, and no other is opened.
    /// </summary>
    [TestMethod]
    public async Task Tally_accepting_once_the_onboarding_is_done_survives_every_fault_and_a_rerun_converges()
    {
        Comment? close = null;
        await ProveWithRefusalsAsync(new FaultScenario(
            "tally (close, onboarding closed by staff)",
            () =>
            {
                var world = World.Tally();
                var application = world.AddApplication();
                close = world.VoteAndClose(application, ("bob", "/vote approve"), ("carol", "/vote approve"));
                var body = HiddenMarker.Stamp(
                    "onboarding", HiddenMarker.For("application", application.Number.ToString(CultureInfo.InvariantCulture)));
                world.Repository.AddIssue("Onboarding: TorchRender", body, World.Automation).Close(World.Staff);
                return world;
            },
            "issue_comment",
            state => EventPayloads.IssueComment("created", First(state), First(state).Comments.Single(c => c.Id == close?.Id)),
            "tally"));
    }

    /// <summary>A Working Group member's Blog candidate: the comment, marketing assigned, the board item to Done.</summary>
    [TestMethod]
    public async Task Guard_carrying_out_a_community_highlight_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(new FaultScenario(
            "guard (community highlight, board, marketing)",
            () =>
            {
                var marketing = "people:\n  marketing:\n    users: [mkt-anna]\n";
                var world = World.Guard().WithBoard().WithConfiguration(
                    World.Fixture("Commands/Guard/Fixtures/ecosystem.yml").Replace("people:\n", marketing, StringComparison.Ordinal) + Board);
                world.Seed(s => s.AddUser("mkt-anna"));
                var issue = world.AddApplication(GuardNow.AddDays(-30), "In review");
                issue.AddLabel("Blog candidate", World.WorkingGroupMember, GuardNow.AddMinutes(-5));
                return world;
            },
            "issues",
            state => EventPayloads.Issues("labeled", First(state), World.WorkingGroupMember, "Blog candidate"),
            "guard"), board: true);
    }

    /// <summary>A new application not yet on the board: the intake report, and the item added to the backlog column.</summary>
    [TestMethod]
    public async Task Validate_putting_a_new_application_on_the_board_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(new FaultScenario(
            "validate (opened, board)",
            () =>
            {
                var world = World.Intake().WithConfiguration(w => w.PackageIndexes + Board);
                world.Seed(s => s.AddProject("pytorch-fdn", 6, "Ecosystem").WithSingleSelectField("Status", "New", "In progress", "Done"));
                world.Apply(World.Body("complete"));
                return world;
            },
            "issues",
            state => EventPayloads.Issues("opened", First(state)),
            "validate"), board: true);
    }

    /// <summary>The first re-check of an accepted project short on stars: the review issue opened once, with its label.</summary>
    [TestMethod]
    public async Task Guard_opening_a_periodic_review_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(new FaultScenario("guard (schedule, re-check opens a review)", () =>
        {
            var world = World.Guard();
            PeriodicRecheckEndToEndTests.HealthyRepository(world).WithStars(40);
            AcceptedAgo(world, months: 6);
            return world;
        }, "schedule", _ => EventPayloads.Schedule(), "guard"));
    }

    /// <summary>An open review whose project now meets every requirement: the thank-you comment, then the review closed.</summary>
    [TestMethod]
    public async Task Guard_closing_a_periodic_review_met_again_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(new FaultScenario("guard (schedule, re-check met again)", () =>
        {
            var world = World.Guard();
            PeriodicRecheckEndToEndTests.HealthyRepository(world);
            AcceptedAgo(world, months: 6);
            world.Repository.AddIssue(
                "Periodic review: TorchRender", "Stars are low (40).", World.Automation, ["review - scheduled"], GuardNow.AddDays(-2));
            return world;
        }, "schedule", _ => EventPayloads.Schedule(), "guard"));
    }

    /// <summary>An outsider takes In review off: it is put back, and the note on who may change labels posted once.</summary>
    [TestMethod]
    public async Task Guard_putting_back_a_label_an_outsider_removed_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(new FaultScenario("guard (outsider's removal)", () => Seeded(issue =>
            {
                issue.AddLabel("In review", World.Automation, GuardNow.AddDays(-10));
                issue.RemoveLabel("New", World.Automation, GuardNow.AddDays(-10));
                issue.RemoveLabel("In review", "mallory", GuardNow.AddMinutes(-5));
            }),
            "issues", state => EventPayloads.Issues("unlabeled", First(state), "mallory", "In review"), "guard"));
    }

    /// <summary>The nightly tally with reminders due: one vote opened four days ago, one a day before its deadline.</summary>
    [TestMethod]
    public async Task Tally_at_night_reminding_voters_survives_every_fault_and_a_rerun_converges()
    {
        await ProveWithRefusalsAsync(new FaultScenario("tally (schedule, reminders)", () =>
        {
            var world = World.Tally()
                .WithConfiguration(World.FiveMembers.Replace("close-after-days: 0", "close-after-days: 7", StringComparison.Ordinal));
            var opened = world.AddApplication();
            opened.AddComment(World.Staff, "/vote open", at: GuardNow.AddDays(-4));
            opened.AddComment("bob", "/vote approve", at: GuardNow.AddDays(-3));
            var closing = world.AddApplication("[Ecosystem] TorchWidget");
            closing.AddComment(World.Staff, "/vote open", at: GuardNow.AddDays(-6).AddHours(-1));
            return world;
        }, "schedule", _ => EventPayloads.Schedule(), "tally"));
    }

    /// <summary>A vote closed as declined with <c>voting.close-declined-issues</c>: outcome, labels, then the issue closed.</summary>
    [TestMethod]
    public async Task Tally_declining_and_closing_the_issue_survives_every_fault_and_a_rerun_converges()
    {
        Comment? close = null;
        await ProveWithRefusalsAsync(new FaultScenario("tally (close, declined, issue closed)", () =>
        {
            var world = World.Tally(World.Voting + "\n  close-declined-issues: true\n");
            var application = world.AddApplication();
            close = world.VoteAndClose(application, ("bob", "/vote decline no tests"), ("carol", "/vote decline no docs"));
            return world;
        }, "issue_comment",
            state => EventPayloads.IssueComment("created", First(state), First(state).Comments.Single(c => c.Id == close?.Id)), "tally"));
    }

    /// <summary>
    /// Staff close the vote as too early without a note: the tally, the expectations gathered since the application was
    /// scheduled (the label events read), Too early on, the review labels off, then the issue closed.
    /// </summary>
    [TestMethod]
    public async Task Tally_carrying_out_staffs_too_early_survives_every_fault_and_a_rerun_converges()
    {
        Comment? close = null;
        await ProveWithRefusalsAsync(new FaultScenario("tally (close, staff's too early)", () =>
        {
            var world = World.Tally();
            var application = world.AddApplication();
            world.Say(application, World.Staff, "/vote open");
            world.Say(application, "carol", "Come back once the CI runs on every platform.");
            close = world.Say(application, World.Staff, "/vote close too-early");
            return world;
        }, "issue_comment",
            state => EventPayloads.IssueComment("created", First(state), First(state).Comments.Single(c => c.Id == close?.Id)), "tally"));
    }

    /// <summary>
    /// An application in review for the session of 2026-12-04, told so 13 days ago, which <paramref name="configuration"/>
    /// (its sessions) now skips, or with <paramref name="skip"/> skips no longer.
    /// </summary>
    private static (World World, Issue Application) ScheduledForSkippedSession(string configuration, string skip = "\"2026-12-04\"")
    {
        var world = World.Create().WithRepository().WithForm()
            .WithConfiguration(configuration.Replace("batch:", $"skip: [{skip}]\n  batch:", StringComparison.Ordinal));
        var application = world.Repository.AddIssue("[Ecosystem] Project 1", World.Body("complete"), "applicant1", ["In review"]);
        var session = HiddenMarker.Stamp(ReviewSessionNotice.Purpose, HiddenMarker.For("session", "2026-12-04"));
        application.AddComment(World.Automation, session, UserKind.Bot, FaultScenario.DefaultNow.AddDays(-13));
        return (world, application);
    }

    private static FaultScenario RetiringReviewScenario(bool labelled)
    {
        var now = FaultScenario.DefaultNow;
        return new FaultScenario(
            "guard (schedule, re-check past the deadline)",
            () =>
            {
                var world = World.Guard();
                PeriodicRecheckEndToEndTests.HealthyRepository(world).WithStars(45);
                var application = world.AddApplication(now.AddMonths(-8), "New");
                application.AddLabel("Accepted", World.Staff, now.AddMonths(-7));
                application.RemoveLabel("New", World.Staff, now.AddMonths(-7));
                world.Repository.AddIssue("Periodic review: TorchRender", "Stars are low (40).", World.Automation,
                    labelled ? ["review - scheduled"] : [], now.AddDays(-31));
                return world;
            },
            "schedule",
            _ => EventPayloads.Schedule(),
            "guard");
    }

    /// <summary>An application filed in <paramref name="world"/> and accepted by staff <paramref name="months"/> months and a day ago.</summary>
    private static Issue AcceptedAgo(World world, int months)
    {
        var application = world.AddApplication(GuardNow.AddMonths(-months - 2), "New");
        application.AddLabel("Accepted", World.Staff, GuardNow.AddMonths(-months).AddDays(-1));
        application.RemoveLabel("New", World.Staff, GuardNow.AddMonths(-months).AddDays(-1));
        return application;
    }

    private static FaultScenario LabelScenario(string name, string label, string sender, Action<Issue> seed) =>
        new(name, () => Seeded(issue => seed(issue)), "issues", state => EventPayloads.Issues("labeled", First(state), sender, label), "guard");

    private static FaultScenario CommentScenario(string name, Func<Issue, Comment> seed)
    {
        Comment? comment = null;
        return new FaultScenario(name, () => Seeded(issue => comment = seed(issue)), "issue_comment",
            state => EventPayloads.IssueComment("created", First(state), First(state).Comments.Single(c => c.Id == comment?.Id)), "guard");
    }

    /// <summary>A guard world with one application, opened by alice 40 days ago and labelled New, then <paramref name="seed"/>.</summary>
    private static World Seeded(Action<Issue> seed)
    {
        var world = World.Guard();
        seed(world.AddApplication(GuardNow.AddDays(-40), "New"));
        return world;
    }

    private static Issue First(GitHubState state) => state.Repository("pytorch-fdn", "ecosystem").Issues[0];

    private static World TallyApplicationWorld() => World.Create().WithRepository().WithForm().WithConfiguration(TallyConfiguration);

    /// <summary>An application in review whose vote staff closed a day ago at two approvals of three members.</summary>
    private static Issue AddClosedVote(Repository repository, DateTimeOffset now)
    {
        var issue = repository.AddIssue("[Ecosystem] TorchRender", World.Body("complete"), "alice", ["In review"], now.AddDays(-20));
        issue.AddComment("staff-alice", "/vote open", at: now.AddDays(-3));
        issue.AddComment("bob", "/vote approve", at: now.AddDays(-2));
        issue.AddComment("carol", "/vote approve", at: now.AddDays(-2));
        issue.AddComment("dave", "/vote decline not yet maintained long enough", at: now.AddDays(-2));
        issue.AddComment("staff-alice", "/vote close", at: now.AddDays(-1));
        return issue;
    }

    private static FaultScenario IntakeScenario(string name, string issue)
    {
        var now = FaultScenario.DefaultNow;
        return new FaultScenario(
            name,
            () =>
            {
                var world = World.Intake();
                world.Repository.AddIssue("[Ecosystem] TorchRender", World.Body("complete"), "janedoe", ["New"], now.AddDays(-2));
                world.Repository.AddIssue("[Ecosystem] TorchRender again", World.Body("missing-contact-emails"), "janedoe", ["New"], now.AddDays(-1));
                return world;
            },
            "workflow_dispatch",
            _ => EventPayloads.WorkflowDispatch(new Dictionary<string, string> { ["issue"] = issue }),
            "validate");
    }

    private async Task ProveAsync(FaultScenario scenario)
    {
        var report = await FaultProof.RunAsync(scenario);

        TestContext.WriteLine(report.ToString());
        Assert.AreEqual(report.BaselineRequests * InjectedFault.All.Count, report.FaultedRuns);
        Assert.IsGreaterThan(0, report.FailedClearly + report.CompletedDespiteFault);
    }

    /// <summary>
    /// Every fault that a retry overcomes, then a refusal that stops the run for good, at each request in turn; with a
    /// <paramref name="board"/>, a refused board write is only a warning (the next run moves the item), so such a run completes.
    /// </summary>
    private async Task ProveWithRefusalsAsync(FaultScenario scenario, bool board = false)
    {
        await ProveAsync(scenario);
        var refused = await FaultProof.RunAsync(scenario, [InjectedFault.Refused]);

        TestContext.WriteLine(refused.ToString());
        if (!board)
        {
            Assert.AreEqual(refused.FaultedRuns, refused.FailedClearly, refused.ToString());
        }
    }
}
