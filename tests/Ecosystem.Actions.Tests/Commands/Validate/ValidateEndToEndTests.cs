using System.Globalization;
using System.Text.Json;
using Ecosystem.Actions.Tests.EndToEnd;

namespace Ecosystem.Actions.Tests.Commands.Validate;

/// <summary>The acceptance points of intake, each run through the real program against the test GitHub server.</summary>
[TestClass]
public sealed class ValidateEndToEndTests
{
    private const string Waiting = "Waiting on comment";
    private const string Marker = "<!-- ecosystem-bot:intake-report -->";

    [TestMethod]
    public async Task Opened_incomplete_application_gets_one_report_comment_and_the_waiting_label()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("missing-contact-emails"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var comment = issue.Comments.Single();
        Assert.AreEqual(World.Automation, comment.Author);
        StringAssert.StartsWith(comment.Body, Marker);
        StringAssert.Contains(comment.Body, "Incomplete: 1 question to fix before review");
        StringAssert.Contains(comment.Body, "Contact emails");
        CollectionAssert.Contains(issue.Labels.ToList(), Waiting);
        Assert.AreEqual("false", result.Outputs["valid"]);
        var problems = JsonDocument.Parse(result.Outputs["problems"]).RootElement;
        Assert.AreEqual("form.required", problems[0].GetProperty("check").GetString());
        Assert.AreEqual("fail", problems[0].GetProperty("status").GetString());
        StringAssert.Contains(result.Outputs["report"], "## Intake check");
        StringAssert.Contains(result.Summary, "Incomplete: 1 question to fix before review");
    }

    [TestMethod]
    public async Task Repository_facts_of_one_application_take_four_requests_and_the_whole_run_nine()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(
            new[]
            {
                "GET /repos/pytorch-fdn/ecosystem/issues/1",
                "query IssueSummaries",                               // earlier applications: titles and bodies, 100 a page
                "query RepositoryFacts",
                "query UsersExist",
                "GET /pypi/torchrender/json",                         // found: conda-forge is not asked
                "GET /repos/pytorch-fdn/ecosystem/issues/1/comments",
                "query Viewer",
                "POST /repos/pytorch-fdn/ecosystem/issues/1/comments",
                "GET /repos/pytorch-fdn/ecosystem/issues/1/comments",   // read again: another run may have posted a report too
            },
            RequestLines.Of(result.Requests),
            string.Join("\n", RequestLines.Of(result.Requests)));
        Assert.AreEqual("true", result.Outputs["valid"]);
        Assert.AreEqual("[]", result.Outputs["problems"]);
        Assert.IsFalse(issue.Labels.Contains(Waiting));
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task Contributing_and_code_of_conduct_from_the_owners_public_github_repository_meet_17_and_19_in_the_same_requests(bool isPrivate)
    {
        // GitHub shows them on torchrender/torchrender, which has none of its own; not from a private .github.
        await using var world = await World.Intake().StartAsync();
        world.State.Repository("torchrender", "torchrender").WithoutFiles("CONTRIBUTING.md", "CODE_OF_CONDUCT.md");
        world.State.AddRepository("torchrender", ".github")
            .WithFiles("CONTRIBUTING.md", "docs/CODE_OF_CONDUCT.md", "profile/README.md").Private(isPrivate);
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var rows = issue.Comments.Single().Body.Split('\n');
        const string Default = "from torchrender/.github, the owner's default that GitHub shows on repositories without their own.";
        CollectionAssert.AreEqual(
            isPrivate
                ? new[] { "| 17 | CONTRIBUTING file | ❌ | No CONTRIBUTING file in the root, .github/ or docs/. |",
                          @"| 19 | CODE\_OF\_CONDUCT file | ❌ | No CODE\_OF\_CONDUCT file in the root, .github/ or docs/. |" }
                : new[] { $"| 17 | CONTRIBUTING file | ✅ | CONTRIBUTING.md {Default} |",
                          $@"| 19 | CODE\_OF\_CONDUCT file | ✅ | docs/CODE\_OF\_CONDUCT.md {Default} |" },
            rows.Where(l => l.StartsWith("| 17 |", StringComparison.Ordinal) || l.StartsWith("| 19 |", StringComparison.Ordinal)).ToArray());
        Assert.AreEqual(isPrivate, issue.Comments.Single().Body.Contains("Complete, with 2 requirements not met", StringComparison.Ordinal));
        Assert.HasCount(9, result.Requests, string.Join("\n", RequestLines.Of(result.Requests)));
        Assert.HasCount(1, RequestLines.Of(result.Requests).Where(l => l == "query RepositoryFacts"));
    }

    [TestMethod]
    public async Task Private_repository_the_token_can_read_is_no_public_project_to_measure()
    {
        // An app's or a person's token reads private repositories too; the requirements are met in public, or not at all.
        await using var world = await World.Intake().StartAsync();
        world.State.Repository("torchrender", "torchrender").Private();
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var report = issue.Comments.Single().Body;
        StringAssert.Contains(report, "Repository torchrender/torchrender does not exist or is not public");
        Assert.DoesNotContain("Repository torchrender/torchrender exists.", report);
        CollectionAssert.Contains(issue.Labels.ToList(), Waiting);
        Assert.AreEqual("false", result.Outputs["valid"]);
    }

    [TestMethod]
    public async Task Empty_repository_sends_the_application_back_naming_the_repo_url_question()
    {
        // Created on GitHub but never pushed to: the code lives elsewhere, or not yet anywhere.
        await using var world = await World.Intake().StartAsync();
        world.State.AddRepository("torchrender", "torchrender-next");
        var issue = world.Apply(World.Body("complete").Replace("torchrender/torchrender", "torchrender/torchrender-next", StringComparison.Ordinal));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var report = issue.Comments.Single().Body;
        StringAssert.Contains(report, "Incomplete: 1 question to fix before review");
        StringAssert.Contains(report, "❌ **Project repo URL**: Repository torchrender/torchrender-next is empty");
        CollectionAssert.Contains(issue.Labels.ToList(), Waiting);
        Assert.AreEqual("false", result.Outputs["valid"]);
    }

    [TestMethod]
    public async Task Edit_that_fixes_the_application_updates_the_same_comment_and_removes_the_waiting_label()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("missing-contact-emails"));
        await world.OpenedAsync(issue);
        var first = issue.Comments.Single();
        var firstBody = first.Body;

        await world.EditBodyAsync(issue, World.Body("complete"));
        var result = await world.EditedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var comment = issue.Comments.Single();
        Assert.AreEqual(first.Id, comment.Id);
        Assert.AreNotEqual(firstBody, comment.Body);
        StringAssert.Contains(comment.Body, "Complete.");
        Assert.IsFalse(issue.Labels.Contains(Waiting));
        CollectionAssert.AreEquivalent(
            new[] { $"PATCH /repos/pytorch-fdn/ecosystem/issues/comments/{first.Id}", $"DELETE /repos/pytorch-fdn/ecosystem/issues/{issue.Number}/labels/{Waiting}" },
            RequestLines.Of(result.WriteRequests),
            string.Join("\n", RequestLines.Of(result.WriteRequests)));
        Assert.AreEqual("true", result.Outputs["valid"]);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task Waiting_label_a_person_set_on_a_complete_application_stays_when_the_body_is_edited(bool removedAndPutBack)
    {
        // A reviewer waits on an answer in a comment; an edited body is no answer, so intake leaves their label alone,
        // also once the guard has put it back after the applicant took it off.
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("complete"));
        await world.OpenedAsync(issue);
        issue.AddLabel(Waiting, World.Staff, World.Now.AddHours(1));
        if (removedAndPutBack)
        {
            issue.RemoveLabel(Waiting, "janedoe", World.Now.AddHours(2)).AddLabel(Waiting, World.Automation, World.Now.AddHours(3));
        }

        await world.EditBodyAsync(issue, World.Body("complete") + "\nA typo fixed.\n");
        var result = await world.EditedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.Contains(issue.Labels.ToList(), Waiting, World.Writes(result));
        Assert.AreEqual("true", result.Outputs["valid"]);
    }

    [TestMethod]
    [DataRow("missing-contact-emails")]
    [DataRow("complete")]
    [DataRow("lost-form")]
    public async Task Second_run_on_an_unchanged_issue_sends_no_write(string body)
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body(body));
        var first = await world.OpenedAsync(issue);
        Assert.IsNotEmpty(first.WriteRequests);

        var second = await world.OpenedAsync(issue);

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.IsEmpty(second.WriteRequests, second.ToString());
        Assert.HasCount(1, issue.Comments);
    }

    [TestMethod]
    public async Task Package_indexes_turned_off_in_the_configuration_are_not_asked_and_binary_packages_are_left_to_reviewers()
    {
        await using var world = await World.Intake().StartAsync();
        world.Run.WithFile(".github/ecosystem.yml", """
            requirements:
              package-indexes:
                pypi: ""
                conda: ""
            """);
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(RequestLines.Of(result.Requests).Any(l => l.Contains("/pypi/", StringComparison.Ordinal) || l.Contains("/conda/", StringComparison.Ordinal)));
        var row = issue.Comments.Single().Body.Split('\n').Single(l => l.StartsWith("| 9 |", StringComparison.Ordinal));
        Assert.AreEqual("| 9 | Binary packages |  | for reviewers |", row);
        Assert.DoesNotContain("package index", issue.Comments.Single().Body + result.Summary + result.Outputs["problems"]);
    }

    [TestMethod]
    public async Task Dry_run_sends_no_write_and_prints_the_planned_writes()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("missing-contact-emails"));

        var result = await world.OpenedAsync(issue, "--dry-run");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.IsEmpty(issue.Comments);
        Assert.IsFalse(issue.Labels.Contains(Waiting));
        StringAssert.Contains(result.Stdout, "Dry run: 2 writes planned, none sent:");
        StringAssert.Contains(result.Stdout, Waiting);
        StringAssert.Contains(result.Summary, "### Dry run");
        Assert.AreEqual("false", result.Outputs["valid"]);
    }

    [TestMethod]
    public async Task Issue_that_is_not_an_application_is_left_alone()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Repository.AddIssue("Typo on the ecosystem page", "The word 'ecosytem' is misspelt.", "someone");

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(issue.Comments);
        Assert.IsEmpty(issue.Labels);
        CollectionAssert.AreEqual(new[] { "GET /repos/pytorch-fdn/ecosystem/issues/1" }, RequestLines.Of(result.Requests));
        Assert.AreEqual("false", result.Outputs["valid"]);
        Assert.AreEqual("[]", result.Outputs["problems"]);
        StringAssert.Contains(result.Summary, "not an application");
    }

    [TestMethod]
    public async Task Lost_form_gets_the_short_comment_and_the_waiting_label_without_repository_checks()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("lost-form"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var comment = issue.Comments.Single();
        StringAssert.Contains(comment.Body, "does not use the application form");
        Assert.DoesNotContain("### Requirements", comment.Body);
        CollectionAssert.Contains(issue.Labels.ToList(), Waiting);
        Assert.IsFalse(RequestLines.Of(result.Requests).Any(l => l.Contains("RepositoryFacts", StringComparison.Ordinal) || l.Contains("pypi", StringComparison.Ordinal)));
        Assert.AreEqual("false", result.Outputs["valid"]);
    }

    [TestMethod]
    public async Task Application_in_review_whose_body_is_edited_into_free_text_gets_the_lost_form_report_and_stays_in_review()
    {
        // Scheduled, it lost New; titled without the prefix, the form's headings were its only other mark. Its body edited
        // into free text, it read as no application at all, and its "Complete" report stood over a body with no answers.
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("complete"), "TorchRender");
        await world.OpenedAsync(issue);
        issue.RemoveLabel("New", World.Automation, World.Now.AddHours(1)).AddLabel("In review", World.Automation, World.Now.AddHours(1));
        var report = issue.Comments.Single();

        await world.EditBodyAsync(issue, "We rewrote this: TorchRender renders meshes with PyTorch. Docs at torchrender.org.");
        var result = await world.EditedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(report.Id, issue.Comments.Single().Id);
        StringAssert.Contains(issue.Comments.Single().Body, "does not use the application form");
        CollectionAssert.AreEquivalent(new[] { "In review", Waiting }, issue.Labels.ToList(), World.Writes(result));
        Assert.AreEqual("false", result.Outputs["valid"]);
    }

    [TestMethod]
    public async Task All_fits_every_applications_problems_together_in_what_GitHub_takes_of_a_jobs_outputs()
    {
        // Each list alone fits; together they ran past the 1 MB (counted in UTF-16) GitHub takes of a job's outputs.
        await using var world = await World.Intake().StartAsync();
        var headings = string.Concat(Enumerable.Range(1, 1_200).Select(i => $"### S{i}\n"));
        world.Apply(World.Body("missing-contact-emails") + headings);
        world.Apply(World.Body("missing-contact-emails") + headings, "[Ecosystem] TorchRender again");

        var result = await world.DispatchAsync("all");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsLessThanOrEqualTo(400_000, result.Outputs["problems"].Length);
        var problems = JsonDocument.Parse(result.Outputs["problems"]).RootElement;
        foreach (var number in new[] { "1", "2" })
        {
            Assert.HasCount(1, problems.GetProperty(number).EnumerateArray().Where(p => p.GetProperty("check").GetString() == "form.required"));
        }
    }

    [TestMethod]
    public async Task All_checks_every_open_application_reading_the_issue_list_once()
    {
        await using var world = await World.Intake().StartAsync();
        var complete = world.Apply(World.Body("complete"));
        var incomplete = world.Apply(World.Body("missing-contact-emails"), "[Ecosystem] TorchRender again");
        var other = world.Repository.AddIssue("Question about the process", "How long does a review take?", "someone");
        var closed = world.Apply(World.Body("missing-contact-emails"), "[Ecosystem] Old one");
        closed.Close("staff-alice");

        var result = await world.DispatchAsync("all");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.HasCount(1, RequestLines.Of(result.Requests).Where(l => l == "query IssueSummaries"));
        Assert.HasCount(1, complete.Comments);
        Assert.HasCount(1, incomplete.Comments);
        Assert.IsEmpty(other.Comments);
        Assert.IsEmpty(closed.Comments);
        CollectionAssert.Contains(incomplete.Labels.ToList(), Waiting);
        Assert.IsFalse(complete.Labels.Contains(Waiting));
        Assert.AreEqual("false", result.Outputs["valid"]);
        var problems = JsonDocument.Parse(result.Outputs["problems"]).RootElement;
        CollectionAssert.AreEqual(new[] { "1", "2" }, problems.EnumerateObject().Select(p => p.Name).ToArray());
        // Two open applications for the same repository: each report points at the other.
        StringAssert.Contains(complete.Comments[0].Body, "Issue 2 is another open application for the same repository.");
        StringAssert.Contains(result.Summary, "| #1 | \\[Ecosystem\\] TorchRender | complete |");
        StringAssert.Contains(result.Summary, "| #2 |");
        Assert.DoesNotContain("| #3 |", result.Summary);

        var again = await world.DispatchAsync("all");
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task Application_resubmitted_before_the_date_is_linked_both_ways_and_waits_with_the_date_its_queue_comment_names()
    {
        await using var world = await World.Intake().StartAsync();
        var declined = world.Apply(World.Body("complete"), "[Ecosystem] TorchRender", "Declined");
        declined.Close("staff-alice", at: World.Now.AddDays(-10));
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var report = issue.Comments.Single().Body;
        StringAssert.Contains(report, "Issue 1 for the same repository was decided as Declined on 2026-11-17; a new application is expected from 2027-02-15.");
        StringAssert.Contains(result.Outputs["problems"], "prior-applications.resubmitted-early");
        CollectionAssert.Contains(issue.Labels.ToArray(), "Waiting on comment");
        StringAssert.Contains(report, "<!-- ecosystem-bot:waits-until 2027-02-15 -->", "the nightly guard reads the date: no reminder, intake again on the day");
        var backLink = declined.Comments.Single();
        StringAssert.Contains(backLink.Body, "<!-- ecosystem-bot:resubmitted-as-2 -->");
        StringAssert.Contains(backLink.Body, "applied again in #2");

        var again = await world.OpenedAsync(issue);
        Assert.IsEmpty(again.WriteRequests, again.ToString());

        // Its queue comment told it to answer the open questions to take its place again, which changed nothing.
        var schedule = await world.Runs("schedule").NightlyAsync();
        Assert.AreEqual(0, schedule.ExitCode, schedule.ToString());
        var notice = issue.Comments.Single(c => c.Body.StartsWith("<!-- ecosystem-bot:queue-position -->", StringComparison.Ordinal)).Body;
        StringAssert.Contains(notice, "(2027-02-15)", "the date intake named");
        Assert.DoesNotContain("Answer the open questions", notice);
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests, "a rerun writes nothing");
    }

    [TestMethod]
    public async Task Incomplete_early_resubmission_waits_on_its_applicant_from_its_date_not_from_its_filing()
    {
        await using var world = await World.Intake().StartAsync();
        world.Apply(World.Body("complete"), "[Ecosystem] TorchRender", "Declined").Close("staff-alice", at: World.Now.AddDays(-20));
        var issue = world.Apply(World.Body("missing-contact-emails"));
        Assert.AreEqual(0, (await world.OpenedAsync(issue)).ExitCode);
        StringAssert.Contains(issue.Comments.Single().Body, "<!-- ecosystem-bot:waits-until 2027-02-05 -->", "filed 70 days before its date");

        world.DaysAfterStart(70);
        var onTheDay = await world.Runs("guard").NightlyAsync();
        Assert.AreEqual($"[{issue.Number}]", onTheDay.Outputs["rerun-intake"], onTheDay.ToString());
        var intake = await world.Runs("validate").DispatchAsync(issue.Number.ToString(CultureInfo.InvariantCulture));
        Assert.AreEqual(0, intake.ExitCode, intake.ToString());
        StringAssert.Contains(issue.Comments.Single().Body, "Contact emails", "still incomplete: it now waits on the applicant's answer");

        // The wait on the applicant began on the date: the usual reminder after 30 days, closing after 60, not the next night.
        world.Runs("guard");
        foreach (var day in new[] { 71, 99 })
        {
            world.DaysAfterStart(day);
            var quiet = await world.NightlyAsync();
            Assert.IsEmpty(quiet.WriteRequests, $"day {day}: " + quiet);
        }

        world.DaysAfterStart(100);
        var reminded = await world.NightlyAsync();
        Assert.AreEqual(0, reminded.ExitCode, reminded.ToString());
        Assert.AreEqual("open", issue.State);
        StringAssert.Contains(issue.Comments.Last().Body, "2027-02-05", "the reminder dates the wait from the resubmission date");
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests, "a rerun writes nothing");

        world.DaysAfterStart(129);
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests);
        world.DaysAfterStart(130);
        var closed = await world.NightlyAsync();
        Assert.AreEqual("closed", issue.State, closed.ToString());
        Assert.IsEmpty((await world.NightlyAsync()).WriteRequests, "a rerun writes nothing");
    }

    [TestMethod]
    public async Task Application_resubmitted_after_the_date_is_linked_and_reviewed_as_new()
    {
        await using var world = await World.Intake().StartAsync();
        var declined = world.Apply(World.Body("complete"), "[Ecosystem] TorchRender", "New");
        declined.AddLabel("Declined", "staff-alice", World.Now.AddDays(-120));
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("true", result.Outputs["valid"], result.ToString());
        CollectionAssert.DoesNotContain(issue.Labels.ToArray(), "Waiting on comment");
        StringAssert.Contains(issue.Comments.Single().Body, "this resubmission is reviewed as new");
        Assert.DoesNotContain("another open application", issue.Comments.Single().Body);
        StringAssert.Contains(declined.Comments.Single().Body, "applied again in #2");
    }

    [TestMethod]
    public async Task A_decision_the_guard_put_back_after_an_outsider_removed_it_still_dates_the_resubmission_wait()
    {
        await using var world = await World.Intake().StartAsync();
        var declined = world.Apply(World.Body("complete"), "[Ecosystem] TorchRender", "New");
        declined.AddLabel("Declined", "staff-alice", World.Now.AddDays(-120));
        declined.RemoveLabel("Declined", "mallory", World.Now.AddDays(-3));
        declined.AddLabel("Declined", World.Automation, World.Now.AddDays(-2));
        var issue = world.Apply(World.Body("complete"));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("true", result.Outputs["valid"], result.ToString());
        StringAssert.Contains(issue.Comments.Single().Body, "this resubmission is reviewed as new");
    }

    [TestMethod]
    [DataRow("# Leads\n*  @janedoe @LENA\n", false)]
    [DataRow("# @lena steps back\n*  @janedoe @torchrender/lena lena@example.org\n", true)]
    public async Task Maintainer_without_recent_commits_is_warned_about_unless_CODEOWNERS_names_them(string codeowners, bool warned)
    {
        await using var world = await World.Intake().StartAsync();
        world.State.AddUser("lena");
        world.State.Repository("torchrender", "torchrender").WithFile(".github/CODEOWNERS", codeowners);
        var issue = world.Apply(World.Body("complete").Replace("@rajpatel", "@lena", StringComparison.Ordinal));

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var report = issue.Comments.Single().Body;
        // Handles in the report are written @\u2060name, so that it notifies nobody.
        Assert.AreEqual(warned, report.Contains("lena has no commit in the last 90 days and is not in CODEOWNERS.", StringComparison.Ordinal), report);
        StringAssert.Contains(report, warned ? "| 11 | At least 2 core maintainers | ⚠️ |" : "| 11 | At least 2 core maintainers | ✅ |");
    }

    [TestMethod]
    public async Task Workflow_dispatch_takes_the_issue_number_from_its_input()
    {
        await using var world = await World.Intake().StartAsync();
        world.Apply(World.Body("complete"));
        var issue = world.Apply(World.Body("missing-contact-emails"), "[Ecosystem] Other");

        var result = await world.DispatchAsync("2");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.HasCount(1, issue.Comments);
        Assert.IsEmpty(world.Repository.Issues[0].Comments);
    }

    [TestMethod]
    public async Task Workflow_dispatch_of_an_issue_written_with_a_hash_is_refused_before_any_request()
    {
        // The workflow's group is the input as written (ecosystem-issue-#2), not issue 2's own: this run would write beside them.
        await using var world = await World.Intake().StartAsync();
        world.Apply(World.Body("missing-contact-emails"));
        world.Apply(World.Body("missing-contact-emails"), "[Ecosystem] Other");

        var result = await world.DispatchAsync("#2");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.ToString(), "the workflow_dispatch input 'issue' is '#2': write the issue number alone, 2");
        Assert.IsEmpty(result.Requests, "no request before the input is refused");
    }

    [TestMethod]
    public async Task Closed_issue_is_not_checked()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("missing-contact-emails"));
        issue.Close("staff-alice");

        var result = await world.DispatchAsync("1");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests);
        StringAssert.Contains(result.Stdout, "#1 is closed");
    }

    [TestMethod]
    public async Task Label_change_event_is_not_an_intake_trigger()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("missing-contact-emails"));

        var result = await world.Run.RunAsync("issues", EventPayloads.Issues("labeled", issue, label: "New"), "validate");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.Requests);
        StringAssert.Contains(result.Stdout, "this event is issues.labeled");
    }

    [TestMethod]
    [DataRow("abc")]
    [DataRow("0")]
    [DataRow("-3")]
    public async Task Issue_option_that_is_neither_a_number_nor_all_is_a_usage_error(string value)
    {
        await using var world = await World.Intake().StartAsync();

        var result = await world.DispatchAsync(value);

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, $"the workflow_dispatch input 'issue' is '{value}': expected an issue number such as 42, or 'all'.");
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task Nightly_run_without_an_issue_option_is_a_usage_error_naming_the_event()
    {
        await using var world = await World.Intake().StartAsync();

        var result = await world.NightlyAsync();

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "Nothing to validate: the schedule event carries no issue.");
        Assert.IsEmpty(result.Requests);
    }

    [TestMethod]
    public async Task Missing_issue_form_stops_the_run_before_any_request()
    {
        await using var world = await World.Intake().StartAsync();
        var issue = world.Apply(World.Body("complete"));
        world.WithoutForm();

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "::error::validate: The application form .github/ISSUE_TEMPLATE/application.yml (application.template) "
            + "does not exist (looked for ");
        Assert.IsEmpty(result.Requests);
    }
}
