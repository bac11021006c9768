using Ecosystem.Domain.Guardians;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Guardians;

[TestClass]
public sealed class GuardianRulesTests
{
    [TestMethod]
    public void Defaults_follow_the_live_tracker_and_are_valid()
    {
        var rules = new GuardianRules();

        Assert.IsEmpty(rules.Problems());
        Assert.AreEqual("Waiting on comment", rules.WaitingLabel);
        Assert.AreEqual("review - scheduled", rules.PeriodicReviewLabel);
        Assert.AreEqual("Retire", rules.RetireLabel);
        Assert.AreEqual(30, rules.RemindAfterDays);
        Assert.AreEqual(60, rules.CloseAfterDays);
        Assert.AreEqual(6, rules.RecheckEveryMonths);
        Assert.AreEqual(30, rules.RecheckGraceDays);
    }

    [TestMethod]
    public void Every_problem_names_its_configuration_key()
    {
        var rules = new GuardianRules
        {
            WaitingLabel = " ",
            RemindAfterDays = 30,
            CloseAfterDays = 20,
            RecheckEveryMonths = 0,
            WorkingGroupTeam = "just-a-name",
            WorkingGroupUsers = ["bob", "not a login"],
        };

        var problems = rules.Problems();

        Assert.HasCount(5, problems);
        Assert.IsTrue(problems.Any(p => p.StartsWith("labels.waiting ")));
        Assert.IsTrue(problems.Any(p => p.StartsWith("housekeeping.close-after-days (20)")));
        Assert.IsTrue(problems.Any(p => p.StartsWith("housekeeping.recheck-every-months")));
        Assert.IsTrue(problems.Any(p => p.StartsWith("people.working-group.team")));
        Assert.IsTrue(problems.Any(p => p.Contains("'not a login'")));
    }

    [TestMethod]
    public void Guardians_refuse_invalid_rules()
    {
        var rules = new GuardianRules { CloseAfterDays = 10 };

        var error = Assert.ThrowsExactly<ArgumentException>(() => new LabelGovernance(rules, People));

        StringAssert.Contains(error.Message, "housekeeping.close-after-days");
    }

    [TestMethod]
    public void Close_after_zero_days_means_never_and_is_valid()
    {
        Assert.IsEmpty(new GuardianRules { RemindAfterDays = 30, CloseAfterDays = 0 }.Problems());
    }
}
