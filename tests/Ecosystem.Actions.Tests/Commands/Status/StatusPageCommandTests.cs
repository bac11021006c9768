using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Status;

/// <summary>
/// The acceptance of "Status page": the real program against the test server writes the site, and Debian's
/// Chromium renders it at a phone's and a desktop's width. Sessions are monthly (2nd Tuesday, 09:00 Los Angeles);
/// today is 2026-12-03, five days before the session of 2026-12-08.
/// </summary>
[TestClass]
public sealed class StatusPageCommandTests
{
    private const string Today = "2026-12-03T06:00Z";
    private const string Hostile = "<script>alert('x')</script> @pytorch/everyone <img src=x onerror=alert(1)>";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Twenty_five_waiting_three_sessions_and_a_year_of_decisions_render_in_Chromium_at_phone_and_desktop_width()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var decided = AddYearOfDecisions(scenario);
        var waiting = AddWaiting(scenario, 25);
        scenario.Repository.AddIssue("How do I apply?", "Where is the form?", "someone", at: At("2026-11-20T10:00Z"));
        scenario.SetClock(Today);

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        // The viewer (whose comments record sessions) and one page of the 49 issues; nothing written.
        Assert.HasCount(2, result.Requests, result.ToString());
        Assert.IsEmpty(result.WriteRequests);
        var site = Path.Combine(scenario.Run.Workspace, "_site");
        Assert.AreEqual("_site", result.Outputs["path"]);
        CollectionAssert.AreEquivalent(new[] { "index.html" }, Directory.GetFiles(site).Select(Path.GetFileName).ToArray());

        var expected = ExpectedSessions(waiting);
        foreach (var (width, height, name) in new[] { (390, 2400, "phone"), (1280, 1600, "desktop") })
        {
            var page = await RenderAsync(Path.Combine(site, "index.html"), width, height, name);

            Assert.IsEmpty(page.ConsoleMessages, string.Join('\n', page.ConsoleMessages));
            Assert.IsLessThanOrEqualTo(page.ViewportWidth, page.ScrollWidth, $"{name}: the page scrolls sideways ({page.ScrollWidth}px in {page.ViewportWidth}px)");
            Assert.AreEqual(width, page.ViewportWidth);
            var rows = page.Applications;
            Assert.HasCount(25, rows);
            foreach (var issue in waiting)
            {
                Assert.AreEqual(("backlog", expected[issue.Number]), rows[issue.Number], $"#{issue.Number} at {name} width");
            }

            foreach (var date in new[] { "2026-12-08", "2027-01-12", "2027-02-09" })
            {
                Assert.AreEqual(1, page.Count($"data-session=\"{date}\""), $"session {date}");
            }

            Assert.AreEqual(0, page.Count("data-session=\"2027-03-09\""), "25 applications fill three sessions");
            Assert.Contains("bob, carol", page.Text, "the first session's reviewers");
            foreach (var issue in decided)
            {
                Assert.AreEqual(1, page.Count($"<tr data-issue=\"{issue.Number}\">"), $"decision #{issue.Number}");
            }

            Assert.Contains("Declined", page.Text);
            Assert.Contains("Accepted", page.Text);
            foreach (var figure in new[] { "first-response", "waiting", "to-review", "to-decision" })
            {
                Assert.AreEqual(1, page.Count($"<tr data-figure=\"{figure}\">"), figure);
                Assert.Contains($"id=\"figure-{figure}-chart-title\"", page.Html);
                Assert.Contains($"id=\"figure-{figure}-table\"", page.Html);
            }

            Assert.AreEqual(5, page.Count("role=\"img\""), "a chart for each figure and one of the sessions");
            Assert.Contains("Time to first response per month", page.Text + page.Html);
            Assert.AreEqual(0, page.Scripts);
        }
    }

    [TestMethod]
    public async Task Hostile_titles_render_as_text_in_Chromium_and_nothing_passes_into_the_summary()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var hostile = scenario.Repository.AddIssue(Hostile, World.CompleteBody, "mallory", ["New"], At("2026-11-01T10:00Z"));
        var quoted = scenario.Repository.AddIssue("[Ecosystem] \"><svg onload=alert(1)> & co", World.CompleteBody, "eve", ["New"], At("2026-11-02T10:00Z"));
        scenario.SetClock(Today);

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var page = await RenderAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"), 390, 1200, "hostile");
        Assert.Contains($"#{hostile.Number} {Hostile}", page.Text);
        Assert.Contains($"#{quoted.Number} [Ecosystem] \"><svg onload=alert(1)> & co", page.Text);
        Assert.AreEqual(0, page.Scripts);
        Assert.AreEqual(0, page.Images);
        Assert.AreEqual(5, page.Count("<svg"), "only the page's own five charts, none from a title");
        Assert.IsEmpty(page.ConsoleMessages, string.Join('\n', page.ConsoleMessages));
        Assert.DoesNotContain("pytorch/everyone", result.Summary);
        Assert.DoesNotContain("<script", result.Summary);
    }

    /// <summary>
    /// A title of one long word (a URL, a name run together) made the table of open applications as wide as the word: on a
    /// phone every applicant had to scroll it sideways to see their stage and expected session. Squeezed so, the expected
    /// session ("2026-12-08") broke at its hyphens onto two lines ("2026-12-" / "08"); every date stays on one line.
    /// </summary>
    [TestMethod]
    public async Task A_title_of_one_long_word_does_not_push_the_stages_off_a_phones_screen_nor_break_its_dates()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var title = "[Ecosystem]" + string.Concat(Enumerable.Repeat("VeryLongProjectName", 7));
        scenario.Repository.AddIssue(title, World.CompleteBody, "mallory", ["New"], At("2026-11-01T10:00Z"));
        AddWaiting(scenario, 2);
        scenario.SetClock(Today);

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var page = await RenderAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"), 390, 1200, "long-word");
        Assert.Contains(title, page.Text);
        Assert.AreEqual(0, page.QueueOverflow, "the table of open applications scrolls sideways on a phone");
        Assert.AreEqual(3, page.Count("data-expected=\"2026-12-08\""));
        Assert.IsEmpty(page.WrappedDates, "dates broken across lines: " + string.Join(", ", page.WrappedDates));
    }

    [TestMethod]
    public async Task Summary_has_the_figures_as_tables_and_a_Mermaid_chart_and_a_second_run_writes_the_same_page()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        AddYearOfDecisions(scenario);
        AddWaiting(scenario, 3);
        scenario.SetClock(Today);

        var first = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page", "--output", "public/status");
        var index = Path.Combine(scenario.Run.Workspace, "public", "status", "index.html");
        var written = await File.ReadAllTextAsync(index);
        var second = await scenario.Run.RunAsync("workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string>()), "status-page", "--output", "public/status");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.AreEqual(written, await File.ReadAllTextAsync(index));
        Assert.IsEmpty(first.WriteRequests);
        Assert.IsEmpty(second.WriteRequests);
        StringAssert.Contains(first.Summary, "| Figure | Median | 90th percentile | Measured |");
        StringAssert.Contains(first.Summary, "| Time to decision |");
        StringAssert.Contains(first.Summary, "```mermaid\nxychart-beta");
        StringAssert.Contains(first.Summary, "| Session | Reviewed |");
    }

    [TestMethod]
    public async Task An_outcome_the_guard_put_back_after_an_outsider_removed_it_keeps_its_decision_date()
    {
        await using var scenario = await World.Guard().StartAsync();
        var application = scenario.AddApplication(At("2026-05-01T10:00Z"), "New");
        application.AddLabel("Accepted", World.Staff, At("2026-06-16T18:00Z"));
        application.RemoveLabel("Accepted", "mallory", At("2026-11-20T10:00Z"));
        application.AddLabel("Accepted", World.Automation, At("2026-11-21T05:00Z"));

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var page = await File.ReadAllTextAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"));
        StringAssert.Contains(page, "<td>Accepted</td><td class=\"date\">2026-06-16</td>");
        Assert.HasCount(3, result.Requests, "the viewer, the issues and, as an outcome label was removed, the Working Group team: " + result);
    }

    /// <summary>
    /// The shapes the live tracker has: outcome labels left beside others (an accepted project still in voting and new, one
    /// blogged; too early with a post offered), declined ones closed, one declined and back in the backlog, one renamed
    /// without its prefix, one with its labels all taken off, a question, a withdrawn and a deleted issue. Each application
    /// is listed once where it stands, and each decision once with its outcome and date.
    /// </summary>
    [TestMethod]
    public async Task A_tracker_of_live_shapes_lists_each_application_once_where_it_stands()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var bot = scenario.State.AuthenticatedLogin;
        Issue Filed(string title, string created)
        {
            var issue = scenario.Repository.AddIssue(title, World.CompleteBody, "applicant-" + title.Length, at: At(created));
            issue.AddLabel("New", issue.Author, At(created));
            return issue;
        }

        var stale = Filed("[Ecosystem] Still in voting", "2026-03-02T10:00Z").AddLabel("in voting", "staff", At("2026-04-14T17:00Z"))
            .AddLabel("Accepted", "staff", At("2026-04-20T17:00Z")).AddLabel("review - scheduled", "staff", At("2026-10-20T17:00Z"));
        var blogged = Filed("[Ecosystem] Blogged", "2026-04-01T10:00Z").AddLabel("Accepted", "staff", At("2026-05-20T17:00Z"))
            .AddLabel("Blog completed", "staff", At("2026-06-01T17:00Z"));
        var early = Filed("[Ecosystem] Early", "2026-05-01T10:00Z").AddLabel("Too early", "staff", At("2026-06-16T17:00Z"))
            .AddLabel("Blog candidate", "staff", At("2026-06-17T17:00Z")).Close("staff", "not_planned", At("2026-06-16T17:00Z"));
        var declined = Filed("[Ecosystem] Declined", "2026-06-01T10:00Z").AddLabel("Declined", "staff", At("2026-07-21T17:00Z"))
            .Close("staff", "not_planned", At("2026-07-21T17:00Z"));
        var back = Filed("[Ecosystem] Back again", "2026-07-01T10:00Z").AddLabel("Declined", "staff", At("2026-08-18T17:00Z"))
            .Close("staff", "not_planned", At("2026-08-18T17:00Z")).Reopen(bot, At("2026-11-02T05:00:00Z"))
            .AddLabel("Returning", bot, At("2026-11-02T05:00:00Z")).RemoveLabel("Declined", bot, At("2026-11-02T05:00:01Z"));
        var renamed = Filed("torchthing: tensors, faster", "2026-10-05T10:00Z");
        var bare = Filed("[Ecosystem] Bare", "2026-10-06T10:00Z").RemoveLabel("New", "staff", At("2026-10-07T10:00Z"));
        scenario.Repository.AddIssue("How do I apply?", "Where is the form?", "someone", at: At("2026-11-20T10:00Z"));
        Filed("[Ecosystem] Withdrawn", "2026-10-08T10:00Z").Close("applicant-x", at: At("2026-10-09T10:00Z"));
        Filed("[Ecosystem] Deleted", "2026-10-09T10:00Z").Delete();
        scenario.SetClock(Today);

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var page = await File.ReadAllTextAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"));
        string Rows(string table, string row) => string.Join("\n", Regex.Matches(page.Split($"<table id=\"{table}\">")[1].Split("</table>")[0], row)
            .Select(m => string.Join(" ", m.Groups.Values.Skip(1).Select(g => g.Value))));
        var queue = Rows("queue-table", "<tr data-issue=\"(\\d+)\" data-stage=\"([^\"]+)\"");
        var decisions = Rows("decisions-table",
            "<tr data-issue=\"(\\d+)\"><th scope=\"row\">.*?</th><td>([^<]*)</td><td class=\"date\">([^<]*)</td>");
        Assert.AreEqual($"{back.Number} backlog\n{renamed.Number} backlog\n{bare.Number} not-queued", queue);
        Assert.AreEqual(
            $"{back.Number} Declined 2026-08-18\n{declined.Number} Declined 2026-07-21\n{early.Number} Too early 2026-06-16\n"
            + $"{blogged.Number} Accepted 2026-05-20\n{stale.Number} Accepted 2026-04-20",
            decisions);
        StringAssert.Contains(result.Summary, "3 open applications (backlog: 2, not in the review queue: 1). ");
    }

    /// <summary>
    /// Staff took the session of 2026-12-08 out of <c>sessions.dates</c> after its batch was scheduled: the scheduler moves the
    /// batch to the next session and says so, but the page, which read the applications without the automation's session
    /// comments, could not tell the date had been the calendar's, and told both applicants to expect the cancelled session.
    /// </summary>
    [TestMethod]
    public async Task A_batch_whose_session_was_taken_out_of_the_dates_expects_the_session_the_scheduler_moves_it_to()
    {
        const string Sessions = """
            sessions:
              time-zone: "America/Los_Angeles"
              dates: [{0}]
            """;
        await using var scenario = await World.Schedule(board: false)
            .WithConfiguration(string.Format(CultureInfo.InvariantCulture, Sessions, "\"2026-12-08\", \"2026-12-22\"")).StartAsync();
        var batch = AddWaiting(scenario, 2);
        scenario.SetClock("2026-11-24T12:00-08:00");
        Assert.AreEqual("[1,2]", (await scenario.NightlyAsync()).Outputs["scheduled"]);
        scenario.WithConfiguration(string.Format(CultureInfo.InvariantCulture, Sessions, "\"2026-12-22\""));
        scenario.SetClock("2026-11-26T12:00-08:00");

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var page = await File.ReadAllTextAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"));
        foreach (var application in batch)
        {
            StringAssert.Contains(page, $"<tr data-issue=\"{application.Number}\" data-stage=\"scheduled\" data-expected=\"2026-12-22\">",
                string.Join("\n", Regex.Matches(page, "<tr data-issue[^>]*>").Select(m => m.Value)));
        }
    }

    /// <summary>
    /// A batch of three for 2026-12-08 as its applicants and the Working Group see it after the session: the first withdrawn
    /// (closed) before the session and reopened after it, the second set waiting on its applicant after its review. The page
    /// says what their comments say: the first waits in the queue again, at the place and for the session its queue comment
    /// names, and was not reviewed on 2026-12-08, nor were its closed days time to review; the second was reviewed there.
    /// </summary>
    [TestMethod]
    public async Task A_batch_withdrawn_from_and_waited_on_after_its_session_is_on_the_page_as_its_comments_say()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var batch = AddWaiting(scenario, 3);
        scenario.SetClock("2026-11-24T12:00-08:00");
        Assert.AreEqual("[1,2,3]", (await scenario.NightlyAsync()).Outputs["scheduled"]);
        batch[0].Close(batch[0].Author, at: At("2026-12-01T10:00Z")).Reopen(batch[0].Author, At("2026-12-10T10:00Z"));
        batch[1].AddLabel("Waiting on comment", "wg-member", At("2026-12-09T10:00Z"));
        scenario.SetClock("2026-12-11T06:00Z");
        Assert.AreEqual(0, (await scenario.NightlyAsync()).ExitCode);

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var page = await File.ReadAllTextAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"));
        var told = scenario.OwnComments(batch[0])
            .Single(c => c.Body.Contains(HiddenMarker.For(QueuePositionNotice.Purpose), StringComparison.Ordinal)).Body;
        var place = Regex.Match(told, @"number \*\*(\d+)\*\*").Groups[1].Value;
        var session = Regex.Match(told, @"\((\d{4}-\d{2}-\d{2})\)").Groups[1].Value;
        Assert.AreEqual(("1", "2027-01-12"), (place, session), told);
        StringAssert.Contains(page, $"<tr data-issue=\"{batch[0].Number}\" data-stage=\"backlog\" data-expected=\"{session}\">");
        StringAssert.Contains(page, $"<td class=\"stage\">Backlog</td><td class=\"num\">{place}</td><td class=\"date\">{session}</td>");
        StringAssert.Contains(page, $"<tr data-issue=\"{batch[1].Number}\" data-stage=\"waiting\" data-expected=\"2026-12-08\">");
        StringAssert.Contains(page, "<tr><th scope=\"row\" class=\"date\">2026-12-08</th><td class=\"num\">2</td></tr>");
    }

    [TestMethod]
    public async Task A_configured_bot_writing_as_a_person_is_no_first_response()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        var created = At("2026-11-02T10:00Z");
        var issue = scenario.Repository.AddIssue("[Ecosystem] Greeted", World.CompleteBody, "applicant", ["New"], created);
        issue.AddComment("welcome-bot", "Thanks for applying!", at: created.AddMinutes(2));
        issue.AddComment("wg-member", "Could you add a CODEOWNERS file?", at: created.AddDays(3));
        scenario.SetClock(Today);

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page", "--set", "people.automation=welcome-bot");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var page = await File.ReadAllTextAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"));
        StringAssert.Contains(page, "<a href=\"#figure-first-response\">Time to first response</a></th><td class=\"num\">3.0</td>");
    }

    [TestMethod]
    public async Task The_page_is_titled_after_the_configured_ecosystem()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        AddWaiting(scenario, 2);
        scenario.SetClock(Today);

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page", "--set", "foundation.ecosystem=CNCF Landscape");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var page = await File.ReadAllTextAsync(Path.Combine(scenario.Run.Workspace, "_site", "index.html"));
        StringAssert.Contains(page, "<title>CNCF Landscape applications: where they stand</title>");
        StringAssert.Contains(page, "<h1>CNCF Landscape applications</h1>");
    }

    [TestMethod]
    public async Task A_missing_issue_form_is_a_setup_error_and_no_page_is_written()
    {
        await using var scenario = await World.Schedule(board: false).StartAsync();
        AddWaiting(scenario, 2);
        scenario.WithoutForm();

        var result = await scenario.Run.RunAsync("schedule", EventPayloads.Schedule(), "status-page");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "::error::status-page: The application form .github/ISSUE_TEMPLATE/application.yml "
            + "(application.template) does not exist (looked for ");
        Assert.IsEmpty(result.Requests);
        Assert.IsFalse(Directory.Exists(Path.Combine(scenario.Run.Workspace, "_site")));
    }

    /// <summary>
    /// Two applications a month for the eleven sessions of the page's twelve months (January to December 2026, the
    /// December session still to come): a first response after 3 days, one of them waiting on
    /// the applicant for 4 days, reviewed at the session named in the automation's comment, decided a week later.
    /// </summary>
    private static List<Issue> AddYearOfDecisions(World scenario)
    {
        var bot = scenario.State.AuthenticatedLogin;
        var decided = new List<Issue>();
        for (var month = 1; month < 12; month++)
        {
            var session = SecondTuesday(new DateOnly(2025, 12, 1).AddMonths(month));
            var sessionStart = new DateTimeOffset(session.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
            for (var k = 0; k < 2; k++)
            {
                var created = sessionStart.AddDays(-30 - (5 * k));
                var issue = scenario.Repository.AddIssue($"[Ecosystem] Decided {month}-{k}", World.CompleteBody, $"applicant-d{month}-{k}", ["New"], created);
                issue.AddComment("wg-member", "Could you add a CODEOWNERS file?", at: created.AddDays(3 + k));
                if (k == 1)
                {
                    issue.AddLabel("Waiting on comment", "wg-member", created.AddDays(4));
                    issue.AddComment(issue.Author, "Added it.", at: created.AddDays(8));
                    issue.RemoveLabel("Waiting on comment", "wg-member", created.AddDays(8));
                }

                issue.RemoveLabel("New", bot, sessionStart.AddDays(-14));
                issue.AddLabel("In review", bot, sessionStart.AddDays(-14));
                issue.AddComment(bot, $"{HiddenMarker.For(ReviewSessionNotice.Purpose)}\n<!-- ecosystem-bot-session: {session:yyyy-MM-dd} -->\nScheduled.", UserKind.Bot, sessionStart.AddDays(-14));
                issue.AddLabel(k == 0 ? "Accepted" : "Declined", "staff", sessionStart.AddDays(7));
                if (k == 1)
                {
                    issue.Close("staff", at: sessionStart.AddDays(7));
                }

                decided.Add(issue);
            }
        }

        // The automation's agenda issue is no application.
        scenario.Repository.AddIssue("Review session 2026-11-10", HiddenMarker.For(ReviewAgenda.Purpose) + "\nAgenda", bot, at: At("2026-10-27T17:00Z"));
        return decided;
    }

    private static List<Issue> AddWaiting(World scenario, int count)
    {
        var issues = Enumerable.Range(1, count)
            .Select(i => scenario.Repository.AddIssue($"[Ecosystem] Waiting {i}", World.CompleteBody, $"applicant-w{i}", ["New"], At("2026-10-01T10:00Z").AddDays(i)))
            .ToList();
        issues[0].AssignTo("bob");
        issues[1].AssignTo("carol");
        return issues;
    }

    /// <summary>10 a session in issue order: the next session, then the two after it.</summary>
    private static Dictionary<int, string> ExpectedSessions(List<Issue> waiting) =>
        waiting.Select((issue, i) => (issue.Number, Date: i < 10 ? "2026-12-08" : i < 20 ? "2027-01-12" : "2027-02-09"))
            .ToDictionary(p => p.Number, p => p.Date);

    private async Task<RenderedPage> RenderAsync(string index, int width, int height, string name)
    {
        var screenshot = Path.Combine(Path.GetDirectoryName(index)!, "..", $"status-page-{name}.png");
        var page = await Chromium.RenderAsync(index, width, height, Path.GetFullPath(screenshot));
        var kept = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), $"status-page-{TestContext.TestName}-{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Copy(page.Screenshot, kept, overwrite: true);
        TestContext.AddResultFile(kept);
        return page;
    }

    private static DateOnly SecondTuesday(DateOnly firstOfMonth)
    {
        var first = firstOfMonth.AddDays(((int)DayOfWeek.Tuesday - (int)firstOfMonth.DayOfWeek + 7) % 7);
        return first.AddDays(7);
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
