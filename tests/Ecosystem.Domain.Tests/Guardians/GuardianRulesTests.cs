using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Tests.Guardians;

// The values themselves are checked once, by the configuration at load (tests/Ecosystem.Actions.Tests/Configuration).
[TestClass]
public sealed class GuardianRulesTests
{
    [TestMethod]
    public void Defaults_follow_the_live_tracker()
    {
        var rules = new GuardianRules();

        Assert.AreEqual("Waiting on comment", rules.WaitingLabel);
        Assert.AreEqual("review - scheduled", rules.PeriodicReviewLabel);
        Assert.AreEqual("Retire", rules.RetireLabel);
        Assert.AreEqual(30, rules.RemindAfterDays);
        Assert.AreEqual(60, rules.CloseAfterDays);
        Assert.AreEqual(6, rules.RecheckEveryMonths);
        Assert.AreEqual(30, rules.RecheckGraceDays);
    }
}
