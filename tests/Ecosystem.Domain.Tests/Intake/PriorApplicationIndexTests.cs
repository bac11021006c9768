using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class PriorApplicationIndexTests
{
    private static readonly IntakeAssessor Assessor = new(IntakeFixtures.Form, new IntakeRules());

    private static readonly DateTimeOffset Created = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void Other_applications_for_the_same_repository_are_found_whatever_the_case_of_its_name()
    {
        var current = Issue(3, IntakeFixtures.Body("complete"));
        var shouting = Issue(1, IntakeFixtures.Body("complete").Replace("torchrender/torchrender", "TorchRender/TORCHRENDER", StringComparison.Ordinal), isOpen: false, "Declined");
        var index = new PriorApplicationIndex([Assessor.Read(shouting), Assessor.Read(current)]);

        var prior = index.For(Assessor.Read(current));

        Assert.AreSame(shouting, prior.Single().Issue);
    }

    [TestMethod]
    public void The_issue_itself_other_repositories_and_issues_that_are_not_applications_are_left_out()
    {
        var current = Issue(3, IntakeFixtures.Body("complete"));
        var elsewhere = Issue(4, IntakeFixtures.Body("complete").Replace("torchrender/torchrender", "acme/widget", StringComparison.Ordinal));
        var chatter = Issue(5, "See https://github.com/torchrender/torchrender for details.");
        var index = new PriorApplicationIndex([Assessor.Read(current), Assessor.Read(elsewhere), Assessor.Read(chatter)]);

        Assert.IsEmpty(index.For(Assessor.Read(current)));
    }

    private static IssueSnapshot Issue(int number, string body, bool isOpen = true, params string[] labels) =>
        new(number, $"[Ecosystem] Issue {number}", body, "janedoe", isOpen, labels, Created, isOpen ? null : Created.AddDays(30), $"https://github.com/pytorch-fdn/ecosystem/issues/{number}");
}
