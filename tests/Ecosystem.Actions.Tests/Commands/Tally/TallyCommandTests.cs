using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Scheduling;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Tally;

/// <summary>The acceptance of <c>tally</c> ("Votes"), run end to end against the test GitHub server.</summary>
[TestClass]
public sealed class TallyCommandTests
{
    [TestMethod]
    public async Task Vote_open_by_staff_adds_in_voting_and_posts_the_tally()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        var open = world.Say(issue, World.Staff, "Let's vote.\n/vote open");

        var result = await world.OnCommentAsync(open);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "In review", "in voting" }, issue.Labels.ToArray());
        var tally = world.OwnComments(issue).Single();
        StringAssert.Contains(tally.Body, "<!-- ecosystem-bot:vote-tally -->");
        StringAssert.Contains(tally.Body, "### Working Group vote");
        Assert.HasCount(2, result.WriteRequests, World.Writes(result));
        Assert.AreEqual("open", result.Outputs["status"]);
        Assert.AreEqual("0", result.Outputs["approve"]);
        Assert.AreEqual(string.Empty, result.Outputs["outcome"]);
        StringAssert.Contains(result.Summary, "Vote tally");
    }

    [TestMethod]
    public async Task Ballots_are_counted_into_the_one_tally_comment()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        world.Say(issue, "bob", "/vote approve");
        world.Say(issue, "carol", "/vote decline no GPU tests in CI");
        var abstain = world.Say(issue, "dave", "Not my area.\n/vote abstain");

        var result = await world.OnCommentAsync(abstain);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("1", result.Outputs["approve"]);
        Assert.AreEqual("1", result.Outputs["decline"]);
        Assert.AreEqual("1", result.Outputs["abstain"]);
        Assert.AreEqual("decided", result.Outputs["status"], "every member voted: one approval of three cannot win");
        var tally = world.OwnComments(issue).Single();
        StringAssert.Contains(tally.Body, "no GPU tests in CI");
        Assert.HasCount(1, result.WriteRequests, World.Writes(result));
        Assert.AreEqual("PATCH", result.WriteRequests[0].Method);
    }

    [TestMethod]
    public async Task Vote_close_sets_the_outcome_label_removes_review_labels_and_posts_the_outcome_then_a_rerun_writes_nothing()
    {
        await using var world = await OnBoard().StartAsync();
        var issue = world.AddApplication();
        var item = InProgress(world, issue, "New", "In progress", "Done");
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        world.Say(issue, "bob", "/vote approve");
        world.Say(issue, "carol", "/vote +1");
        var close = world.Say(issue, World.Staff, "/vote close");

        var closed = await world.OnCommentAsync(close);

        Assert.AreEqual(0, closed.ExitCode, closed.ToString());
        CollectionAssert.AreEquivalent(new[] { "Accepted" }, issue.Labels.ToArray());
        Assert.AreEqual("approved", closed.Outputs["outcome"]);
        Assert.AreEqual("approved", closed.Outputs["status"]);
        var own = world.OwnComments(issue);
        Assert.HasCount(2, own);
        StringAssert.Contains(own[1].Body, "<!-- ecosystem-bot:vote-outcome -->");
        Assert.AreEqual("Done", item.ValueOf("Status"));
        Assert.IsTrue(closed.WriteRequests.Any(r => r.IsGraphQL), "the board move is a GraphQL mutation\n" + World.Writes(closed));

        var again = await world.OnCommentAsync(close);

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        Assert.IsEmpty(again.WriteRequests, World.Writes(again));
        Assert.AreEqual("approved", again.Outputs["outcome"]);
    }

    /// <summary>
    /// Staff move an accepted application on from Done to a column of their own ("Onboarding"): every later ballot on it (a
    /// member who missed the vote) ran the tally, which moved the item back to Done, fighting staff. The decision is recorded;
    /// the item stays.
    /// </summary>
    [TestMethod]
    public async Task An_accepted_application_staff_moved_to_a_column_of_their_own_stays_there_on_a_late_ballot()
    {
        await using var world = await OnBoard().StartAsync();
        var issue = world.AddApplication();
        var item = InProgress(world, issue, "New", "In progress", "Done", "Onboarding");
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        world.Say(issue, "bob", "/vote approve");
        world.Say(issue, "carol", "/vote +1");
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote close"));
        Assert.AreEqual("Done", item.ValueOf("Status"));
        item.WithValue("Status", "Onboarding");

        var later = await world.OnCommentAsync(world.Say(issue, "dave", "Sorry, I missed it.\n/vote approve"));

        Assert.AreEqual(0, later.ExitCode, later.ToString());
        Assert.AreEqual("Onboarding", item.ValueOf("Status"));
        Assert.IsEmpty(
            later.WriteRequests.Where(r => r.IsGraphQL), "the tally comment notes the late ballot; the board is left\n" + World.Writes(later));
    }

    /// <summary>Votes close at once, on board #6 of pytorch-fdn.</summary>
    private static World OnBoard() => World.Tally("""
        voting:
          close-after-days: 0
        board:
          owner: "pytorch-fdn"
          number: 6
        """);

    /// <summary>The board with these <paramref name="columns"/>, <paramref name="issue"/>'s item in progress on it.</summary>
    private static ProjectItem InProgress(World world, Issue issue, params string[] columns) =>
        world.State.AddProject("pytorch-fdn", 6, "Ecosystem").WithSingleSelectField("Status", columns)
            .AddItem(issue).WithValue("Status", "In progress");

    [TestMethod]
    public async Task Running_twice_sends_no_write_the_second_time()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        var ballot = world.Say(issue, "bob", "/vote approve");
        var first = await world.OnCommentAsync(ballot);
        Assert.HasCount(1, first.WriteRequests, World.Writes(first));

        var second = await world.OnCommentAsync(ballot);

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.IsEmpty(second.WriteRequests, World.Writes(second));
        Assert.AreEqual("1", second.Outputs["approve"]);
    }

    [TestMethod]
    public async Task Dry_run_prints_the_plan_and_sends_no_write()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        var open = world.Say(issue, World.Staff, "/vote open");

        var result = await world.OnCommentAsync(open, "--dry-run");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, World.Writes(result));
        StringAssert.Contains(result.Stdout, "Dry run: 2 writes planned, none sent:");
        StringAssert.Contains(result.Stdout, "add labels [in voting] to #1");
        Assert.IsEmpty(world.OwnComments(issue));
        Assert.AreEqual("open", result.Outputs["status"]);
    }

    [TestMethod]
    public async Task A_thousand_comments_are_read_in_ten_pages_with_one_membership_read_and_at_most_two_writes()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        world.Say(issue, World.Staff, "/vote open");
        for (var i = 0; i < 996; i++)
        {
            world.Say(issue, "reader" + (i % 7), "Looking forward to this, comment " + i);
        }

        world.Say(issue, "bob", "/vote approve");
        world.Say(issue, "carol", "/vote approve");
        var last = world.Say(issue, "dave", "/vote decline the docs are thin");
        Assert.HasCount(1000, issue.Comments);

        var result = await world.OnCommentAsync(last);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        // Ten pages, then the comments since the newest read, after the tally comment was posted (another run may have posted one too).
        Assert.AreEqual(11, World.CommentReads(result, issue));
        Assert.AreEqual(1, World.MembershipReads(result));
        Assert.IsLessThanOrEqualTo(2, result.WriteRequests.Count, World.Writes(result));
        Assert.AreEqual("2", result.Outputs["approve"]);
        Assert.AreEqual("1", result.Outputs["decline"]);
        Assert.AreEqual("decided", result.Outputs["status"]);
    }

    [TestMethod]
    public async Task The_nightly_run_closes_the_vote_at_the_deadline_after_the_session_date()
    {
        await using var world = await World.Tally("""
            sessions:
              time-zone: "UTC"
            voting:
              close-after-days: 7
            """).StartAsync();
        var issue = world.AddApplication();
        AddSessionNotice(issue, new DateOnly(2026, 11, 27));
        issue.AddComment("mallory", "<!-- ecosystem-bot-session: 2026-12-31 -->\nMy own session date.");
        world.Say(issue, World.Staff, "/vote open");
        world.Say(issue, "bob", "/vote approve");
        world.Say(issue, "carol", "/vote approve");
        world.Time.SetUtcNow(new DateTimeOffset(2026, 12, 5, 3, 17, 0, TimeSpan.Zero));
        world.Say(issue, "dave", "/vote decline too late to count");

        var result = await world.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "Accepted" }, issue.Labels.ToArray());
        var own = world.OwnComments(issue);
        Assert.HasCount(3, own, "review-session, tally and outcome");
        StringAssert.Contains(own[1].Body, "too late to count");
        StringAssert.Contains(result.Summary, "| approved | 2 | 0 |");
    }

    [TestMethod]
    public async Task The_nightly_run_opens_no_vote_on_schedule_for_a_session_staff_cancelled()
    {
        // sessions.skip reaches the tally: a batch announced for 2026-11-27 waits for the scheduler to move it on.
        await using var world = await World.Tally("""
            sessions:
              time-zone: "UTC"
              skip: ["2026-11-27"]
            voting:
              open-on-schedule: true
              close-after-days: 7
            """).StartAsync();
        var issue = world.AddApplication();
        AddSessionNotice(issue, new DateOnly(2026, 11, 27));
        var labels = issue.Labels.ToArray();
        world.Time.SetUtcNow(new DateTimeOffset(2026, 12, 5, 3, 17, 0, TimeSpan.Zero));

        var result = await world.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(labels, issue.Labels.ToArray(), "no vote opened on the cancelled day, none declined at its deadline");
        Assert.HasCount(1, world.OwnComments(issue), "the review-session comment alone");
    }

    /// <summary>
    /// Withdrawn by its applicant (closed) before its session of 2026-11-27 and reopened after it: never reviewed there, it waits in
    /// the queue again (the scheduler reads its timeline so), yet the tally opened its vote as that day started, and counted a
    /// member's ballot. The nightly run reads the closures with the comments; a <c>/vote</c> comment's run reads the issue's
    /// events, one request made only for an issue GitHub reports reopened.
    /// </summary>
    [TestMethod]
    [DataRow(true, 0, DisplayName = "the nightly run")]
    [DataRow(false, 1, DisplayName = "a ballot's run")]
    public async Task No_vote_opens_on_schedule_for_an_application_withdrawn_from_its_session(bool nightly, int eventReads)
    {
        await using var world = await World.Tally("""
            sessions:
              time-zone: "UTC"
            voting:
              open-on-schedule: true
              close-after-days: 7
            """).StartAsync();
        var issue = world.AddApplication();
        AddSessionNotice(issue, new DateOnly(2026, 11, 27));
        issue.Close(issue.Author, "not_planned", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        issue.Reopen(issue.Author, new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        var ballot = world.Say(issue, "bob", "/vote approve");              // once reopened, as if the vote were open
        var labels = issue.Labels.ToArray();
        world.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 3, 17, 0, TimeSpan.Zero));

        var result = nightly ? await world.NightlyAsync() : await world.OnCommentAsync(ballot);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(labels, issue.Labels.ToArray(), "no vote opened for the session it was withdrawn from");
        var tally = world.OwnComments(issue).Single(c => c.Body.Contains("ecosystem-bot:vote-tally", StringComparison.Ordinal)).Body;
        StringAssert.Contains(tally, "Voting has not opened");
        StringAssert.Contains(tally, "· 0 approve ·", "the early ballot is listed as not counted");
        Assert.AreEqual(eventReads, result.Requests.Count(r => r.Path.EndsWith($"/issues/{issue.Number}/events", StringComparison.Ordinal)),
            result.ToString());
        Assert.IsEmpty((nightly ? await world.NightlyAsync() : await world.OnCommentAsync(ballot)).WriteRequests, "a second run writes nothing");
    }

    [TestMethod]
    public async Task An_unreachable_board_is_a_warning_and_the_labels_still_show_the_outcome()
    {
        await using var world = await World.Tally("""
            voting:
              close-after-days: 0
            board:
              owner: "pytorch-fdn"
              number: 99
            """).StartAsync();
        var issue = world.AddApplication();
        var close = world.VoteAndClose(issue, ("bob", "/vote decline no tests"), ("carol", "/vote decline no docs"));

        var result = await world.OnCommentAsync(close);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        // The project number is wrong, not the column: the warning named board.columns.done for every board problem.
        StringAssert.Contains(result.Stdout, "::warning title=Tally::#1 was not moved to 'Done' on board #99 of pytorch-fdn: "
            + "pytorch-fdn has no project #99 visible to the automation's token; check board.owner and board.number");
        Assert.DoesNotContain("board.columns.done", result.Stdout);
        CollectionAssert.AreEquivalent(new[] { "Declined" }, issue.Labels.ToArray());
        Assert.AreEqual("declined", result.Outputs["outcome"]);
    }

    [TestMethod]
    public async Task Working_group_members_come_from_the_team_on_the_server()
    {
        await using var world = await World.Tally().StartAsync();
        world.State.FindTeam("pytorch-fdn", "ecosystem-wg")!.WithMembers("erin");
        var issue = world.AddApplication();
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        world.Say(issue, "mallory", "/vote approve");
        var erin = world.Say(issue, "erin", "/vote approve");

        var result = await world.OnCommentAsync(erin);

        Assert.AreEqual("1", result.Outputs["approve"], result.ToString());
        var tally = world.OwnComments(issue).Single().Body;
        StringAssert.Contains(tally, "erin");
        StringAssert.Contains(tally, "mallory");
    }

    [TestMethod]
    public async Task A_failed_team_lookup_is_an_error_with_exit_1_and_no_write()
    {
        await using var world = await World.Tally().WithConfiguration("""
            people:
              staff:
                users: ["staff-alice"]
              working-group:
                team: "pytorch-fdn/no-such-team"
            """).StartAsync();
        var issue = world.AddApplication();
        var open = world.Say(issue, World.Staff, "/vote open");

        var result = await world.OnCommentAsync(open);

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "::error::people.working-group.team: the members of team pytorch-fdn/no-such-team could not be read");
        Assert.IsEmpty(result.WriteRequests);
        Assert.IsEmpty(world.OwnComments(issue));
    }

    [TestMethod]
    public async Task The_automations_own_comment_edit_starts_no_tally()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        var own = world.OwnComments(issue).Single();

        var result = await world.Run.RunAsync("issue_comment", EventPayloads.IssueComment("edited", issue, own), "tally");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "written by the automation itself");
        Assert.HasCount(1, result.Requests, "only the viewer query: " + result);
        Assert.IsEmpty(result.WriteRequests);
    }

    [TestMethod]
    public async Task A_tally_comment_deleted_while_the_vote_is_open_is_written_again_with_the_electorate_frozen_at_opening()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        await world.OnCommentAsync(world.Say(issue, "bob", "/vote approve"));
        var tally = world.OwnComments(issue).Single();

        // The Working Group changes after the opening (dave leaves, erin and frank join); then a person deletes the
        // tally comment, which held the electorate frozen at opening.
        world.State.FindTeam("pytorch-fdn", "ecosystem-wg")?.WithoutMember("dave").WithMembers("erin", "frank");
        issue.DeleteComment(tally);
        var deleted = await world.RunAsync("issue_comment", EventPayloads.IssueComment("deleted", issue, tally));

        Assert.AreEqual(0, deleted.ExitCode, deleted.ToString());
        Assert.AreEqual(tally.Body, world.OwnComments(issue).Single().Body, "written again as it was");
        var late = await world.OnCommentAsync(world.Say(issue, "erin", "/vote approve"));
        Assert.AreEqual("1", late.Outputs["approve"], "erin joined after the vote opened");
        var electorate = "Frozen when the vote opened; 3 members: @\u2060bob, @\u2060carol, @\u2060dave.";
        StringAssert.Contains(world.OwnComments(issue).Single().Body, electorate);
    }

    [TestMethod]
    public async Task A_tally_comment_whose_hidden_state_a_person_edited_away_while_the_vote_is_open_keeps_its_electorate()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));
        await world.OnCommentAsync(world.Say(issue, "bob", "/vote approve"));
        var tally = world.OwnComments(issue).Single();

        // dave leaves and erin joins; staff edit the tally comment by hand and take its hidden state out.
        world.State.FindTeam("pytorch-fdn", "ecosystem-wg")?.WithoutMember("dave").WithMembers("erin");
        var withoutState = tally.Body[..tally.Body.IndexOf("<!-- ecosystem-bot:tally-state", StringComparison.Ordinal)];
        tally.Edit(withoutState, World.Now.AddMinutes(5), World.Staff);
        var late = await world.OnCommentAsync(world.Say(issue, "erin", "/vote approve"));

        Assert.AreEqual(0, late.ExitCode, late.ToString());
        Assert.AreEqual("1", late.Outputs["approve"], "erin joined after the vote opened");
        var electorate = "Frozen when the vote opened; 3 members: @\u2060bob, @\u2060carol, @\u2060dave.";
        StringAssert.Contains(world.OwnComments(issue).Single().Body, electorate);
        Assert.AreEqual(1, HistoryReads(late), late.ToString());
        StringAssert.Contains(world.OwnComments(issue).Single().Body, "<!-- ecosystem-bot:tally-state", "written back with its state");

        // The state written back, the next run reads no history and still counts against the electorate frozen at opening.
        var next = await world.OnCommentAsync(world.Say(issue, "carol", "/vote approve"));
        Assert.AreEqual(("2", 0), (next.Outputs["approve"], HistoryReads(next)), next.ToString());
    }

    private static int HistoryReads(RunResult run) =>
        run.Requests.Count(r => r.IsGraphQL && r.Body?.Contains("userContentEdits", StringComparison.Ordinal) == true);

    [TestMethod]
    public async Task A_comment_on_an_issue_that_is_not_an_application_sends_no_request()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.Repository.AddIssue("Docs typo", "The README has a typo.", "someone");
        var comment = world.Say(issue, World.Staff, "/vote open");

        var result = await world.OnCommentAsync(comment);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "#1 is not an application");
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task An_issue_carrying_the_configured_application_label_is_tallied_whatever_its_title_and_body()
    {
        await using var world = await World.Tally("voting:\n  close-after-days: 0\napplication:\n  label: ecosystem-application\n").StartAsync();
        var issue = world.Repository.AddIssue("TorchRender", "We applied by email; see the thread.", "janedoe", ["ecosystem-application", "In review"]);
        var open = world.Say(issue, World.Staff, "/vote open");

        var result = await world.OnCommentAsync(open);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "ecosystem-application", "In review", "in voting" }, issue.Labels.ToArray());
        Assert.AreEqual("open", result.Outputs["status"]);
    }

    [TestMethod]
    public async Task A_new_comment_without_a_vote_command_sends_no_request()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        var chatter = world.Say(issue, "bob", "Nice project! See `/vote approve` once the vote opens.");

        var result = await world.OnCommentAsync(chatter);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task A_new_comment_without_a_vote_command_is_decided_before_the_issue_form_is_read()
    {
        await using var world = await World.Tally().StartAsync();
        world.WithoutForm();
        var issue = world.AddApplication();

        var result = await world.OnCommentAsync(world.Say(issue, "bob", "Thanks, looks good."));

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "has no /vote command; nothing to tally.");
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task A_manual_run_that_names_no_issue_is_a_usage_error_before_any_request()
    {
        await using var world = await World.Tally().StartAsync();

        var result = await world.DispatchAsync(new Dictionary<string, string>());

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "The workflow_dispatch event names no issue: give --issue (input 'issue') an issue number or 'all'.");
        Assert.IsEmpty(result.Requests);
    }

    /// <summary>
    /// With <c>voting.close-declined-issues</c>, the run recording a decline writes the outcome, then the labels (Declined on,
    /// In review and in voting off), then closes the issue. A run stopped before the close left the application open for good:
    /// the nightly tally reads only applications in voting, in review or returning, and it had none of those labels. The
    /// nightly run now finishes the close; one staff reopened after the close stays open, and is left alone: it was tallied
    /// every night, for nothing but a read of the board (its item already in done).
    /// </summary>
    [TestMethod]
    public async Task A_declined_application_whose_close_never_came_is_closed_by_the_nightly_run_unless_staff_reopened_it()
    {
        await using var world = await World.Tally(World.Voting + "\n  close-declined-issues: true\nboard:\n  owner: pytorch-fdn\n  number: 6\n")
            .WithBoard().StartAsync();
        var stopped = world.AddApplication("[Ecosystem] Stopped");
        var reopened = world.AddApplication("[Ecosystem] Reopened");
        // The run that recorded the decline stopped before the close: it left the issue as a run with the close off does.
        var first = await world.OnCommentAsync(
            world.VoteAndClose(stopped, ("bob", "/vote decline no tests")), "--set", "voting.close-declined-issues=false");
        var second = await world.OnCommentAsync(world.VoteAndClose(reopened, ("bob", "/vote decline no docs")));
        world.Say(reopened, World.Staff, "Reopened to discuss the docs here.");
        reopened.Reopen(World.Staff);
        Assert.AreEqual(0, first.ExitCode + second.ExitCode, first + "\n" + second);
        CollectionAssert.AreEquivalent(new[] { "Declined" }, stopped.Labels.ToArray());

        var night = await world.NightlyAsync();
        var again = await world.NightlyAsync();

        Assert.AreEqual(0, night.ExitCode, night.ToString());
        Assert.AreEqual("closed", stopped.State, World.Writes(night));
        Assert.AreEqual("open", reopened.State, "staff reopened it after the close");
        Assert.IsEmpty(again.WriteRequests, World.Writes(again));
        Assert.HasCount(3, again.Requests, "the Working Group team, the automation's account, the applications; no board read: " + again);
        Assert.DoesNotContain("#2", again.Summary);
    }

    [TestMethod]
    public async Task Nightly_run_tallies_every_application_in_voting_or_in_review()
    {
        await using var world = await World.Tally().StartAsync();
        var voting = world.AddApplication("[Ecosystem] Voting", "in voting");
        var review = world.AddApplication("[Ecosystem] Review", "In review");
        var waiting = world.AddApplication("[Ecosystem] Waiting", "New");
        world.Say(voting, World.Staff, "/vote open");
        world.Say(voting, "bob", "/vote approve");

        var result = await world.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.HasCount(1, world.OwnComments(voting));
        Assert.IsEmpty(world.OwnComments(review), "no vote and nothing to list: no tally comment");
        // The comments came with the issues, in one page of those labelled in voting or in review; the voting thread's are
        // read once more after its tally comment was posted (another run may have posted one too).
        Assert.AreEqual(1, World.CommentReads(result, voting));
        Assert.AreEqual(0, World.CommentReads(result, review));
        Assert.AreEqual(0, World.CommentReads(result, waiting));
        Assert.AreEqual(1, result.Requests.Count(r => r.GraphQLDocument?.Contains("query IssueHistories", StringComparison.Ordinal) == true), result.ToString());
        Assert.IsFalse(result.Outputs.ContainsKey("status"), "outputs describe one vote; the summary lists several");
        StringAssert.Contains(result.Summary, "#1");
        StringAssert.Contains(result.Summary, "#2");
        Assert.AreEqual(1, World.MembershipReads(result));
    }

    [TestMethod]
    public async Task Workflow_dispatch_tallies_the_issue_named_by_its_input()
    {
        await using var world = await World.Tally().StartAsync();
        var issue = world.AddApplication();
        world.Say(issue, World.Staff, "/vote open");
        world.Say(issue, "bob", "/vote approve");

        var result = await world.Run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string> { ["issue"] = "1" }), "tally");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("1", result.Outputs["approve"]);
        Assert.HasCount(1, world.OwnComments(issue));
    }

    [TestMethod]
    public async Task A_malformed_issue_input_is_a_usage_error_naming_the_input()
    {
        await using var world = await World.Tally().StartAsync();
        world.Run.WithInput("issue", "twelve");

        var result = await world.Run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string>()), "tally");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "--issue (input 'issue') is 'twelve': expected an issue number such as 42, or 'all'.");
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task A_missing_issue_form_is_an_error_naming_the_key_and_the_fix()
    {
        await using var world = await World.Tally().StartAsync();
        world.WithoutForm();
        var issue = world.AddApplication();

        var result = await world.OnCommentAsync(world.Say(issue, World.Staff, "/vote open"));

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "::error::tally: The application form .github/ISSUE_TEMPLATE/application.yml (application.template) "
            + "does not exist (looked for ");
        StringAssert.Contains(result.Stdout, "actions/checkout");
        Assert.IsEmpty(result.Requests);
    }

    /// <summary>The automation's review-session comment naming <paramref name="date"/> (17:00 UTC), as the scheduler posts it.</summary>
    private static void AddSessionNotice(Issue issue, DateOnly date)
    {
        var session = new ReviewSession(date, new DateTimeOffset(date, new TimeOnly(17, 0), TimeSpan.Zero));
        var notice = ReviewSessionNotice.Render(
            session, TimeZoneInfo.Utc, new SchedulingRules(), new IntakeRules(), "https://github.com/pytorch-fdn/ecosystem");
        issue.AddComment(World.Automation, notice, UserKind.Bot);
    }
}
