using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Commands.Guard;

/// <summary>Every six months, accepted projects are measured again; a shortfall opens one periodic-review issue.</summary>
[TestClass]
public sealed class PeriodicRecheckEndToEndTests
{
    private const string Title = "Periodic review: TorchRender";

    [TestMethod]
    public async Task A_passing_recheck_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario);
        AcceptedApplication(scenario);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.IsFalse(scenario.Repository.Issues.Any(i => i.Title == Title));
        StringAssert.Contains(result.Summary, "TorchRender");
    }

    [TestMethod]
    public async Task A_failing_recheck_opens_exactly_one_issue_and_the_next_night_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        var application = AcceptedApplication(scenario);

        var first = await scenario.NightlyAsync();

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var review = scenario.Repository.Issues.Single(i => i.Title == Title);
        Assert.AreEqual(World.Automation, review.Author);
        CollectionAssert.AreEqual(new[] { "review - scheduled" }, review.Labels.ToArray());
        StringAssert.Contains(review.Body, "| 14 |");
        StringAssert.Contains(review.Body, "40 stars");
        StringAssert.Contains(review.Body, application.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        StringAssert.Contains(review.Body, "@alice @janedoe @rajpatel");
        Assert.HasCount(1, first.WriteRequests, first.ToString());
        Assert.HasCount(6, first.Requests, "people (2), one page of the issues with their comments and label events, repository facts, maintainer accounts, the new issue: " + first);

        scenario.Time.Advance(TimeSpan.FromDays(1));
        var second = await scenario.NightlyAsync();

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.IsEmpty(second.WriteRequests, second.ToString());
        Assert.HasCount(1, scenario.Repository.Issues.Where(i => i.Title == Title));
    }

    [TestMethod]
    public async Task Accepted_put_back_by_the_guard_after_an_outsider_removed_it_keeps_the_anniversary()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        var application = AcceptedApplication(scenario);
        application.RemoveLabel("Accepted", "mallory");
        var restored = await scenario.LabelChangedAsync(application, "Accepted", "mallory", added: false);
        Assert.Contains("Accepted", application.Labels, restored.ToString());

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var review = scenario.Repository.Issues.Single(i => i.Title == Title);
        StringAssert.Contains(review.Body, "started on 2026-11-26", "accepted 2026-05-26: the restore is no acceptance");
    }

    /// <summary>
    /// The nightly sweep puts back an Accepted whose removal by an outsider had its event run lost; the re-check after it
    /// dates the acceptance from the staff's add in the timeline read with the issues, which it does not read again.
    /// </summary>
    [TestMethod]
    public async Task Accepted_put_back_by_the_nightly_sweep_keeps_the_anniversary_without_reading_the_timeline_again()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        var application = AcceptedApplication(scenario);
        application.RemoveLabel("Accepted", "mallory", World.Now.AddDays(-1));

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.Contains("Accepted", application.Labels, result.ToString());
        var review = scenario.Repository.Issues.Single(i => i.Title == Title);
        StringAssert.Contains(review.Body, "started on 2026-11-26", "accepted 2026-05-26: the restore is no acceptance");
        var timeline = $"/issues/{application.Number}/events";
        Assert.IsFalse(result.Requests.Any(r => r.Path.EndsWith(timeline, StringComparison.Ordinal)), result.ToString());
        Assert.HasCount(9, result.Requests, "people (2), the issues page, the undo (2) and its post's read, repository facts, maintainers, the new issue: " + result);
    }

    [TestMethod]
    public async Task A_late_first_recheck_gives_the_full_grace_period_from_the_day_the_issue_opens()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        // Accepted six months and forty days ago: the period began 40 days before the automation first looks, so a
        // deadline counted from the anniversary would have passed ten days ago.
        var application = scenario.AddApplication(World.Now.AddMonths(-9), "New");
        var acceptedAt = World.Now.AddDays(-40).AddMonths(-6);
        application.AddLabel("Accepted", World.Staff, acceptedAt);
        application.RemoveLabel("New", World.Staff, acceptedAt);

        var first = await scenario.NightlyAsync();

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var review = scenario.Repository.Issues.Single(i => i.Title == Title);
        StringAssert.Contains(review.Body, "by **2026-12-27**", "30 days from the day the owners are told");
        scenario.Time.Advance(TimeSpan.FromDays(1));
        var second = await scenario.NightlyAsync();
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.IsEmpty(second.WriteRequests, second.ToString());
        CollectionAssert.AreEqual(new[] { "review - scheduled" }, review.Labels.ToArray(), "not marked for retirement the next night");
    }

    [TestMethod]
    public async Task A_fixed_shortfall_closes_the_review_with_a_thank_you()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (repository, review) = await OpenedReviewAsync(scenario);

        repository.WithStars(500);
        scenario.Time.Advance(TimeSpan.FromDays(2));
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("closed", review.State);
        StringAssert.Contains(World.CommentsBy(review, World.Automation).Single().Body, "every measured requirement met");
        var again = await scenario.NightlyAsync();
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task Not_due_before_the_first_anniversary_measures_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        var application = scenario.AddApplication(World.Now.AddMonths(-3), "New");
        application.AddLabel("Accepted", World.Staff, World.Now.AddMonths(-2));

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.IsFalse(result.Requests.Any(r => r.IsGraphQL && (r.GraphQLDocument ?? "").Contains("stargazer", StringComparison.OrdinalIgnoreCase)),
            "the repository is not measured: " + result);
    }

    [TestMethod]
    public async Task Dry_run_writes_nothing_and_plans_the_issue()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        AcceptedApplication(scenario);

        var result = await scenario.NightlyAsync("--dry-run");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        Assert.IsFalse(scenario.Repository.Issues.Any(i => i.Title == Title));
        StringAssert.Contains(result.Stdout, "Dry run: 1 write planned, none sent:");
    }

    [TestMethod]
    public async Task A_shortfall_past_the_deadline_marks_the_review_Retire_with_one_comment()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (_, review) = await OpenedReviewAsync(scenario);

        scenario.Time.Advance(TimeSpan.FromDays(31));
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEquivalent(new[] { "review - scheduled", "Retire" }, review.Labels.ToArray());
        StringAssert.Contains(World.CommentsBy(review, World.Automation).Single().Body, "has passed");
        var again = await scenario.NightlyAsync();
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>The review's label taken off by staff stays off: the rewrite writes Retire alone, in one label write.</summary>
    [TestMethod]
    public async Task A_rewrite_past_the_deadline_writes_the_review_labels_once()
    {
        await using var scenario = await World.Guard().StartAsync();
        var (repository, review) = await OpenedReviewAsync(scenario);
        review.RemoveLabel("review - scheduled", World.Staff);

        repository.WithStars(45);
        scenario.Time.Advance(TimeSpan.FromDays(31));
        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(review.Body, "45 stars");
        CollectionAssert.AreEquivalent(new[] { "Retire" }, review.Labels.ToArray());
        Assert.HasCount(1, result.WriteRequests.Where(r => r.Path.EndsWith("/labels", StringComparison.Ordinal)), result.ToString());
        Assert.HasCount(3, result.WriteRequests, "the body, Retire, the retire comment: " + result);
        var again = await scenario.NightlyAsync();
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>A night stopped between the review's body and its label: the next night writes the label, and only it.</summary>
    [TestMethod]
    public async Task A_label_write_refused_after_the_rewrite_is_made_good_the_next_night()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        AcceptedApplication(scenario);
        var review = scenario.Repository.AddIssue(Title, "Stars are low.", World.Automation, [], World.Now.AddDays(-2));
        scenario.Server.Faults.Add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels", FaultHits.Always, Fault.Status(422));

        var refused = await scenario.NightlyAsync();
        scenario.Server.Faults.Clear();

        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(review.Body, "40 stars");
        Assert.IsEmpty(review.Labels);
        scenario.Time.Advance(TimeSpan.FromDays(1));
        var next = await scenario.NightlyAsync();
        Assert.AreEqual(0, next.ExitCode, next.ToString());
        CollectionAssert.AreEqual(new[] { "review - scheduled" }, review.Labels.ToArray());
        Assert.HasCount(1, next.WriteRequests, next.ToString());
        Assert.HasCount(6, next.Requests, "people (2), the issues with their label events (1), repository facts, maintainer accounts, the label: " + next);
        var again = await scenario.NightlyAsync();
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>
    /// A review GitHub refuses the thank-you on every time (locked, say) fails its own re-check, named, and the night still
    /// re-checks the projects after it, where the refusal stopped the whole guard, every night, leaving every project after
    /// it unmeasured. Once GitHub takes the comment, the rerun closes the review and the night after writes nothing.
    /// </summary>
    [TestMethod]
    public async Task A_review_GitHub_refuses_a_comment_on_does_not_keep_the_next_project_from_its_recheck()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario);
        AcceptedApplication(scenario);
        var review = scenario.Repository.AddIssue(Title, "Stars are low.", World.Automation, [], World.Now.AddDays(-2));
        AcceptedTorchLightShortOnStars(scenario);
        scenario.Server.Faults.Add("POST", $"/repos/pytorch-fdn/ecosystem/issues/{review.Number}/comments", FaultHits.Always, Fault.Status(403));

        var refused = await scenario.NightlyAsync();

        Assert.HasCount(1, scenario.Repository.Issues.Where(i => i.Title == "Periodic review: TorchLight"), refused.ToString());
        Assert.AreEqual("open", review.State);
        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Stdout, $"::error::#{review.Number} (re-check): GitHub answered 403");

        scenario.Server.Faults.Clear();
        var rerun = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        Assert.AreEqual("closed", review.State);
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    /// <summary>
    /// A review GitHub refuses to edit every time (locked, say), the rewrite of its text or the close of a second review a
    /// run at the same moment opened, fails its project's re-check, named, and the night still re-checks the projects after
    /// it, where the refusal stopped the whole guard, every night. Once GitHub takes the edit, the rerun makes it and the
    /// night after writes nothing.
    /// </summary>
    [TestMethod]
    [DataRow(false, DisplayName = "the rewrite of the review")]
    [DataRow(true, DisplayName = "the close of a second review")]
    public async Task A_review_GitHub_refuses_to_edit_does_not_keep_the_next_project_from_its_recheck(bool second)
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        var application = AcceptedApplication(scenario);
        var review = scenario.Repository.AddIssue(Title, "Stars are low.", World.Automation, [], World.Now.AddDays(-2));
        var twin = second ? scenario.Repository.AddIssue(Title, "Stars are low.", World.Automation, [], World.Now.AddDays(-2)) : review;
        AcceptedTorchLightShortOnStars(scenario);
        scenario.Server.Faults.Add("PATCH", $"/repos/pytorch-fdn/ecosystem/issues/{twin.Number}", FaultHits.Always, Fault.Status(403));

        var refused = await scenario.NightlyAsync();

        Assert.HasCount(1, scenario.Repository.Issues.Where(i => i.Title == "Periodic review: TorchLight"), refused.ToString());
        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Stdout, $"::error::#{application.Number} (re-check): GitHub answered 403");

        scenario.Server.Faults.Clear();
        var rerun = await scenario.NightlyAsync();
        var again = await scenario.NightlyAsync();

        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        StringAssert.Contains(review.Body, "40 stars");
        Assert.AreEqual(second ? "closed" : "open", twin.State);
        Assert.IsEmpty(again.WriteRequests, again.ToString());
    }

    [TestMethod]
    public async Task A_project_listed_in_recheck_projects_is_rechecked_without_the_Accepted_label()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        scenario.AddApplication(World.Now.AddMonths(-7), "Blog completed");
        scenario.Run.WithFile(".github/ecosystem.yml", World.Fixture("Commands/Guard/Fixtures/ecosystem.yml") + "\nhousekeeping:\n  recheck-projects: [torchrender/torchrender, \"77\"]\n");

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.HasCount(1, scenario.Repository.Issues.Where(i => i.Title == Title));
        StringAssert.Contains(result.Stdout, "::warning title=Guard::housekeeping.recheck-projects: '77' matches no application issue");
    }

    /// <summary>
    /// Staff hear that a project accepted two months ago archived its repository and list it to re-check it on the next run,
    /// "whatever the schedule": the run said it was not due until its first anniversary, and measured nothing. It opens its
    /// review now, and once the entry is gone the next night writes nothing.
    /// </summary>
    [TestMethod]
    public async Task A_project_listed_in_recheck_projects_before_its_first_anniversary_is_rechecked_on_the_next_run()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).Archived();
        var application = scenario.AddApplication(World.Now.AddMonths(-3), "New");
        application.AddLabel("Accepted", World.Staff, World.Now.AddMonths(-2));
        var configuration = World.Fixture("Commands/Guard/Fixtures/ecosystem.yml");
        scenario.Run.WithFile(".github/ecosystem.yml", configuration + $"\nhousekeeping:\n  recheck-projects: [\"#{application.Number}\"]\n");

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var review = scenario.Repository.Issues.Single(i => i.Title == Title);
        StringAssert.Contains(review.Body, "archived");
        StringAssert.Contains(review.Body, "by **2026-12-27**", "30 days from the day it opens");

        scenario.Run.WithFile(".github/ecosystem.yml", configuration);
        scenario.Time.Advance(TimeSpan.FromDays(1));
        var next = await scenario.NightlyAsync();
        Assert.IsEmpty(next.WriteRequests, next.ToString());
    }

    /// <summary>
    /// A repository transferred since acceptance (GitHub follows the old name) is measured where it is now, its community files
    /// defaulting from its new owner's .github repository, and the summary says where it moved.
    /// </summary>
    [TestMethod]
    public async Task A_repository_transferred_since_acceptance_is_rechecked_under_its_new_name_and_owner()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithoutFiles("CONTRIBUTING.md", "CODE_OF_CONDUCT.md").MovedTo("renderlabs", "torchrender-core");
        scenario.State.AddRepository("renderlabs", ".github").WithFiles("CONTRIBUTING.md", "CODE_OF_CONDUCT.md");
        AcceptedApplication(scenario);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(result.WriteRequests, result.ToString());
        StringAssert.Contains(result.Summary, "moved to renderlabs/torchrender-core");
    }

    /// <summary>A project that moved its code off GitHub is due, but not measured: staff are told, under the step's title, to check it by hand.</summary>
    [TestMethod]
    public async Task A_due_project_on_another_forge_is_a_warning_titled_with_the_guard_and_opens_no_review()
    {
        await using var scenario = await World.Guard().StartAsync();
        var body = World.Fixture("Commands/Guard/Fixtures/torchrender-application.md")
            .Replace("https://github.com/torchrender/torchrender", "gitlab.com/torchrender/torchrender");
        scenario.WithApplications(title: "[Ecosystem] TorchRender", body: body);
        var application = AcceptedApplication(scenario);

        var result = await scenario.NightlyAsync();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, $"::warning title=Guard::#{application.Number} (TorchRender) is due for its periodic re-check, but its "
            + "repository is on GitLab");
        Assert.IsFalse(scenario.Repository.Issues.Any(i => i.Title.StartsWith("Periodic review", StringComparison.Ordinal)), result.ToString());
    }

    /// <summary>GitHub refuses a title over 256 characters: a long project name gets the cut title, by which the next night finds it.</summary>
    [TestMethod]
    public async Task A_project_with_a_very_long_name_gets_one_review_under_a_title_GitHub_takes_and_the_next_night_writes_nothing()
    {
        await using var scenario = await World.Guard().StartAsync();
        HealthyRepository(scenario).WithStars(40);
        scenario.WithApplications(title: "[Ecosystem] TorchRender " + string.Join(" ", Enumerable.Repeat("fast rendering for PyTorch", 12)));
        AcceptedApplication(scenario);

        var first = await scenario.NightlyAsync();

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var review = scenario.Repository.Issues.Single(i => i.Title.StartsWith("Periodic review: TorchRender", StringComparison.Ordinal));
        Assert.IsLessThanOrEqualTo(256, review.Title.Length, review.Title);
        scenario.Time.Advance(TimeSpan.FromDays(1));
        var second = await scenario.NightlyAsync();
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.IsEmpty(second.WriteRequests, second.ToString());
    }

    /// <summary>The first night's review of a project short on stars.</summary>
    private static async Task<(Repository Repository, Issue Review)> OpenedReviewAsync(World scenario)
    {
        var repository = HealthyRepository(scenario).WithStars(40);
        AcceptedApplication(scenario);
        await scenario.NightlyAsync();
        return (repository, scenario.Repository.Issues.Single(i => i.Title == Title));
    }

    private static Issue AcceptedApplication(World scenario)
    {
        var application = scenario.AddApplication(World.Now.AddMonths(-8), "New");
        application.AddLabel("Accepted", World.Staff, World.Now.AddMonths(-6).AddDays(-1));
        application.RemoveLabel("New", World.Staff, World.Now.AddMonths(-6).AddDays(-1));
        return application;
    }

    /// <summary>A second accepted project, TorchLight, whose re-check opens a review (it is short on stars).</summary>
    private static void AcceptedTorchLightShortOnStars(World scenario)
    {
        HealthyRepository(scenario, "torchlight").WithStars(40);
        var body = World.Fixture("Commands/Guard/Fixtures/torchrender-application.md").Replace("torchrender/torchrender", "torchlight/torchlight");
        scenario.WithApplications(title: "[Ecosystem] TorchLight", body: body);
        AcceptedApplication(scenario);
    }

    internal static Repository HealthyRepository(World scenario, string name = "torchrender")
    {
        var now = World.Now;
        return scenario.State.AddRepository(name, name)
            .WithStars(350)
            .WithLicense("BSD-3-Clause")
            .WithFiles("LICENSE", "README.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", ".github/CODEOWNERS", ".github/workflows/ci.yml")
            .WithCommit(now.AddDays(-2), "jane@example.org", "janedoe")
            .WithCommit(now.AddDays(-9), "raj@example.org", "rajpatel")
            .WithCommit(now.AddDays(-20), "jane@example.org", "janedoe");
    }
}
