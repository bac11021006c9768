using Ecosystem.Actions.Commands.Validate;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Tests.Commands.Validate;

[TestClass]
public sealed class ValidationResultTests
{
    private static readonly IssueSnapshot Issue = new(1, "[Ecosystem] TorchRender", "", "janedoe", true, ["New"], DateTimeOffset.UnixEpoch, null, "");

    [TestMethod]
    public void Verdict_of_a_complete_form_names_the_requirements_not_met_as_the_headline_does()
    {
        var unmet = Requirement.All.Where(r => r.Number is 7 or 14).Select(r => new ChecklistItem(r, FindingStatus.Fail, "")).ToList();
        var met = Requirement.All.Where(r => r.Number == 2).Select(r => new ChecklistItem(r, FindingStatus.Pass, "")).ToList();

        Assert.AreEqual("complete, 2 requirements not met", Result(IntakeVerdict.Complete, [.. met, .. unmet]).VerdictText);
        Assert.AreEqual("complete, 1 requirement not met", Result(IntakeVerdict.Complete, [.. met, unmet[0]]).VerdictText);
        Assert.AreEqual("complete", Result(IntakeVerdict.Complete, met).VerdictText);
        Assert.AreEqual("incomplete", Result(IntakeVerdict.Incomplete, unmet).VerdictText);
    }

    private static ValidationResult Result(IntakeVerdict verdict, IReadOnlyList<ChecklistItem> checklist) =>
        new(Issue, new IntakeReport(1, verdict, [], checklist), new IssuePlan(1), []);
}
