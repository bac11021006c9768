using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Guardians;

/// <summary>Another foundation adopting the process is named as itself in what applicants and staff read.</summary>
[TestClass]
public sealed class FoundationNamesTests
{
    private static readonly Foundation Cncf = new("Cloud Native Computing Foundation", "CNCF Landscape", "Kubernetes");
    private static readonly GuardianRules CncfRules = Rules with { Foundation = Cncf };
    private static readonly DateTimeOffset Decided = Opened.AddDays(30);

    [TestMethod]
    public void Comments_to_applicants_name_the_configured_foundation_and_ecosystem()
    {
        var outcomes = new DecisionOutcomes(CncfRules, People);
        string[] bodies =
        [
            new LabelGovernance(CncfRules, People)
                .Review(Application("New", "Accepted"), Added("Accepted", "mallory", Decided), [], []).Plan.Comments[0].Body,
            new ReturningRequests(CncfRules, People)
                .Review(Application("Waiting on comment"), Comment("stranger", Decided, "/ecosystem returning"), [], [], []).Plan.Comments[0].Body,
            outcomes.TooEarly(Application("In review", "Too early"), new OutcomeDecision(Decided, "alice"), [], []).Plan.Comments[0].Body,
            outcomes.CommunityHighlight(Application("In review", "Blog candidate"), new OutcomeDecision(Decided, "bob"), [], [], "")
                .Plan.Comments[0].Body,
            OnboardingIssue.Draft(Application("Accepted"), new IntakeRules(), Cncf, ["Add the project to the landscape"], []).Body,
            // The review criteria and the default onboarding tasks named PyTorch whatever the configuration said.
            ReviewSessionNotice.Render(
                new(new(2027, 1, 12), Opened), TimeZoneInfo.Utc, new(), new IntakeRules { Foundation = Cncf }, "https://github.com/o/r"),
            string.Join("\n", Requirement.For(new IntakeRules { Foundation = Cncf }).Select(r => r.Title)),
            string.Join("\n", new TallyRules { Foundation = Cncf }.OnboardingChecklist),
        ];

        foreach (var body in bodies)
        {
            Assert.DoesNotContain("PyTorch", body);
        }
        StringAssert.Contains(bodies[0], "set by Cloud Native Computing Foundation staff");
        StringAssert.Contains(bodies[1], "or Cloud Native Computing Foundation staff can mark");
        StringAssert.Contains(bodies[2], "too early for the CNCF Landscape");
        StringAssert.Contains(bodies[3], "Cloud Native Computing Foundation staff will get in touch");
        StringAssert.Contains(bodies[3], "such as a post on the Cloud Native Computing Foundation blog");
        StringAssert.Contains(bodies[4], "into the CNCF Landscape");
        StringAssert.Contains(bodies[5], "1. Supports Kubernetes (validated with the latest release)");
        StringAssert.Contains(bodies[5], "10. Maintained for 12 months or more, supports the latest two Kubernetes releases");
        StringAssert.Contains(bodies[6], "Supports Kubernetes (validated with the latest release)");
        StringAssert.Contains(bodies[7], "Add the project to the Kubernetes landscape");
    }

    [TestMethod]
    public void The_PyTorch_configuration_keeps_its_criteria_and_onboarding_tasks()
    {
        Assert.AreEqual("Supports PyTorch (validated with the latest release)", Requirement.For(new IntakeRules())[0].Title);
        Assert.AreEqual("Maintained for 12 months or more, supports the latest two PyTorch releases", Requirement.For(new IntakeRules())[9].Title);
        CollectionAssert.AreEqual(
            new[]
            {
                "Add the project to the PyTorch landscape", "List the project on the PyTorch website's ecosystem page",
                "Announce the project (newsletter and social media)", "Offer the maintainers a post on the PyTorch blog",
            },
            new TallyRules().OnboardingChecklist.ToArray());
        var configured = new TallyRules { OnboardingChecklist = ["Our own task"], Foundation = new("X", "Y", "Z") };
        CollectionAssert.AreEqual(new[] { "Our own task" }, configured.OnboardingChecklist.ToArray());
    }
}
