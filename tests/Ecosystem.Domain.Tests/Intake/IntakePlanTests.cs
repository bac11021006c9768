using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class IntakePlanTests
{
    private static (IntakeReport Report, Ecosystem.Domain.Issues.IssuePlan Plan) Run(string body, IReadOnlyList<string> labels, string title = "[Ecosystem] TorchRender", IntakeRules? rules = null)
    {
        var assessor = IntakeFixtures.Assessor(rules);
        var issue = IntakeFixtures.Issue(IntakeFixtures.Body(body), title, labels);
        var report = assessor.Assess(assessor.Read(issue), IntakeFacts.Offline);
        return (report, assessor.Plan(issue, report));
    }

    [TestMethod]
    public void Incomplete_application_gets_the_waiting_label_and_the_report()
    {
        var (_, plan) = Run("missing-license", ["New"]);

        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, plan.AddLabels.ToList());
        Assert.IsEmpty(plan.RemoveLabels);
        Assert.AreEqual("intake-report", plan.Comments.Single().Purpose);
        Assert.Contains("Project license", plan.Comments.Single().Body);
        Assert.IsNull(plan.State);
    }

    [TestMethod]
    public void Incomplete_application_already_waiting_changes_no_label()
    {
        var (_, plan) = Run("missing-license", ["New", "waiting on comment"]);

        Assert.IsEmpty(plan.AddLabels);
        Assert.IsEmpty(plan.RemoveLabels);
    }

    [TestMethod]
    [DataRow("Accepted")]
    [DataRow("in voting")]
    [DataRow("Blog candidate")]
    [DataRow("Blog completed", DisplayName = "a community highlight published")]
    public void Application_in_voting_or_decided_edited_into_an_incomplete_one_is_not_put_to_wait(string settled)
    {
        // Accepted applications stay open; waiting on the applicant, the guard would remind them and then close the
        // project as too early. An edit after a changed form, or a dispatched 'validate all', reads them as incomplete.
        var (report, plan) = Run("missing-license", ["New", settled]);
        var (_, lost) = Run("lost-form", [settled]);

        Assert.AreEqual(IntakeVerdict.Incomplete, report.Verdict);
        Assert.IsEmpty(plan.AddLabels, string.Join(", ", plan.AddLabels));
        Assert.IsEmpty(lost.AddLabels, string.Join(", ", lost.AddLabels));
        Assert.AreEqual("intake-report", plan.Comments.Single().Purpose, "the report is still kept current");
    }

    [TestMethod]
    public void Report_on_an_accepted_application_does_not_say_it_joins_the_queue_for_review()
    {
        var (_, plan) = Run("complete", ["New", "Accepted"]);

        var report = plan.Comments.Single().Body;
        Assert.DoesNotContain("joins the queue", report);
        Assert.Contains("✅ **Complete.** Every required question is answered and every requirement measured here is met; "
            + "the application is past intake (labelled Accepted).", report);
    }

    [TestMethod]
    public void Complete_application_loses_the_waiting_label_and_keeps_new()
    {
        var (_, plan) = Run("complete", ["New", "Waiting on comment"]);

        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, plan.RemoveLabels.ToList());
        Assert.IsEmpty(plan.AddLabels);
        Assert.Contains("Complete", plan.Comments.Single().Body);
    }

    [TestMethod]
    public void An_application_is_put_on_the_boards_backlog_when_it_is_not_on_the_board_yet_or_left_in_done()
    {
        var (_, plan) = Run("missing-license", ["New"]);
        var (_, withoutBoard) = Run("complete", ["New"], rules: IntakeFixtures.Rules with { Columns = null });

        Assert.AreEqual(new Ecosystem.Domain.Issues.BoardPlacement("New") { OutOf = "Done" }, plan.Board);
        Assert.IsNull(withoutBoard.Board);
    }

    /// <summary>
    /// Accepted applications stay open, and their applicants edit them. The vote put the item where it belongs (Done);
    /// one removed from the board by hand, or on a board set up after the decision, came back under New at the next edit.
    /// </summary>
    [TestMethod]
    [DataRow("Accepted")]
    [DataRow("in voting")]
    [DataRow("Blog candidate")]
    [DataRow("Blog completed", DisplayName = "a community highlight published")]
    public void Application_in_voting_or_decided_is_not_put_on_the_boards_backlog(string settled)
    {
        var (_, plan) = Run("complete", [settled]);

        Assert.IsNull(plan.Board);
        Assert.AreEqual("intake-report", plan.Comments.Single().Purpose, "the report is still kept current");
    }

    [TestMethod]
    public void Label_names_come_from_the_rules()
    {
        var rules = IntakeFixtures.Rules with { Labels = new() { Waiting = "needs-info" } };

        var (_, plan) = Run("tbd-everywhere", ["New"], rules: rules);

        CollectionAssert.AreEqual(new[] { "needs-info" }, plan.AddLabels.ToList());
    }

    [TestMethod]
    public void Recognised_application_gets_the_application_label_once()
    {
        var rules = IntakeFixtures.Rules with { Labels = IntakeFixtures.Rules.Labels with { Application = "ecosystem-application" } };

        var (_, complete) = Run("complete", ["New"], rules: rules);
        var (_, incomplete) = Run("missing-license", ["New"], rules: rules);
        var (_, labelled) = Run("complete", ["New", "Ecosystem-Application"], rules: rules);

        CollectionAssert.AreEqual(new[] { "ecosystem-application" }, complete.AddLabels.ToList());
        CollectionAssert.AreEqual(new[] { "ecosystem-application", "Waiting on comment" }, incomplete.AddLabels.ToList());
        Assert.IsEmpty(labelled.AddLabels);
    }

    [TestMethod]
    public void Labelled_issue_without_the_form_or_the_title_is_a_lost_form_waiting_on_the_applicant()
    {
        var rules = IntakeFixtures.Rules with { Labels = IntakeFixtures.Rules.Labels with { Application = "ecosystem-application" } };

        var (report, plan) = Run("lost-form", ["ecosystem-application"], title: "Please add TorchRender", rules: rules);

        Assert.AreEqual(IntakeVerdict.LostForm, report.Verdict);
        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, plan.AddLabels.ToList());
    }

    [TestMethod]
    public void Lost_form_gets_the_waiting_label_and_a_short_request()
    {
        var (report, plan) = Run("lost-form", ["New"]);

        Assert.AreEqual(IntakeVerdict.LostForm, report.Verdict);
        CollectionAssert.AreEqual(new[] { "Waiting on comment" }, plan.AddLabels.ToList());
        Assert.Contains("does not use the application form", plan.Comments.Single().Body);
    }

    [TestMethod]
    public void Other_issues_are_left_alone()
    {
        var (report, plan) = Run("not-an-application", [], "Outdated logo on the landscape page");

        Assert.AreEqual(IntakeVerdict.NotAnApplication, report.Verdict);
        Assert.IsTrue(plan.IsEmpty);
    }

    [TestMethod]
    public void Problems_summary_lists_failures_and_warnings_for_machines()
    {
        var (report, _) = Run("organisation-url", ["New"]);

        var problem = report.ProblemList().Single();
        Assert.IsNotNull(problem);
        Assert.AreEqual("form.repository-url", (string?)problem["check"]);
        Assert.AreEqual("warning", (string?)problem["status"]);
        Assert.AreEqual(
            "Project repo URL: \"https://github.com/torchrender\" is an organisation, not a repository: "
                + "repository checks need the main repository's URL.",
            (string?)problem["message"]);
    }

    [TestMethod]
    public void A_missing_question_in_the_problems_output_names_the_heading_to_write()
    {
        // The message ended "Please write the heading as:" with nothing after it: the heading was shown in the comment only.
        var (report, _) = Run("missing-license", ["New"]);

        var problem = report.ProblemList().Single();
        Assert.AreEqual(
            "Project license: The required question \"Project license\" is missing: its heading was removed. "
                + "Please add the heading back, with your answer below it: ### Project license",
            (string?)problem!["message"]);
    }
}
