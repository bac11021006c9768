using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Actions.Tests.Commands.Schedule;

[TestClass]
public sealed class IntakeScreenTests
{
    private static readonly ApplicationForm Form =
        ApplicationForm.Parse(World.Form);

    private static readonly IntakeAssessor Screen = new(Form, new IntakeRules());

    private static readonly ReviewCalendar Sessions = new(new ReviewCalendarSettings());

    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    private static IssueSnapshot Issue(string title, string body) =>
        new(7, title, body, "alice", true, ["New"], DateTimeOffset.UnixEpoch, null, "https://github.com/pytorch-fdn/ecosystem/issues/7");

    private static IssueHistory Thread(IssueSnapshot issue) => new(issue, [], []);

    [TestMethod]
    public void A_complete_form_is_complete()
    {
        var screening = Screen.Candidate(Thread(Issue("[Ecosystem] TorchRender", World.CompleteBody)), World.Automation, Sessions, Now);

        Assert.AreEqual((true, "complete"), (screening.IntakeComplete, screening.IntakeVerdict));
        Assert.IsNotEmpty(screening.Maintainers, "reviewer assignment leaves the listed maintainers out");
        Assert.IsNotNull(screening.RepositoryOwner, "and the members of the organisation owning the repository");
    }

    [TestMethod]
    public void One_heading_under_the_configured_application_label_is_screened_as_an_application()
    {
        // No label of the process: In review marks an application by itself, as New does.
        var issue = Issue("TorchRender", "### Documentation\n\nhttps://docs.example.org\n") with { Labels = ["question", "ecosystem-application"] };

        var unlabelled = Screen.Candidate(Thread(issue), World.Automation, Sessions, Now);
        var labelled = new IntakeAssessor(Form, new IntakeRules { Labels = new() { Application = "ecosystem-application" } })
            .Candidate(Thread(issue), World.Automation, Sessions, Now);

        Assert.AreEqual("the application form's questions are missing", unlabelled.IntakeVerdict);
        Assert.IsFalse(labelled.IntakeComplete);
        StringAssert.EndsWith(labelled.IntakeVerdict, "problems");
    }

    [TestMethod]
    public void A_placeholder_in_a_required_answer_is_one_problem()
    {
        var screening = Screen.Candidate(Thread(Issue("[Ecosystem] TorchRender", World.IncompleteBody)), World.Automation, Sessions, Now);

        Assert.AreEqual((false, "1 problem"), (screening.IntakeComplete, screening.IntakeVerdict));
    }

    [TestMethod]
    public void Problems_are_counted()
    {
        var body = World.IncompleteBody.Replace("BSD-3-Clause", "TBD", StringComparison.Ordinal);

        var screening = Screen.Candidate(Thread(Issue("[Ecosystem] <Project Name>", body)), World.Automation, Sessions, Now);

        Assert.AreEqual((false, "3 problems"), (screening.IntakeComplete, screening.IntakeVerdict));
    }

    [TestMethod]
    public void An_issue_without_the_form_is_not_complete()
    {
        var screening = Screen.Candidate(Thread(Issue("[Ecosystem] Widget", "We would like to join. Thanks!")), World.Automation, Sessions, Now);

        Assert.AreEqual((false, "the application form's questions are missing"), (screening.IntakeComplete, screening.IntakeVerdict));
    }
}
