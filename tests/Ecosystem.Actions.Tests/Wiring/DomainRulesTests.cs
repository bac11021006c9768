using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Wiring;

namespace Ecosystem.Actions.Tests.Wiring;

[TestClass]
public sealed class DomainRulesTests
{
    [TestMethod]
    [DataRow(Domain.Scheduling.ReviewOrder.ReturningFirst)]
    [DataRow(Domain.Scheduling.ReviewOrder.Fifo)]
    public void Sessions_order_reaches_the_scheduler_and_the_guardians(Domain.Scheduling.ReviewOrder expected)
    {
        var options = new EcosystemOptions { Sessions = new SessionsOptions { Order = expected } };

        Assert.AreEqual(expected, DomainRules.Scheduling(options).Order);
        Assert.AreEqual(expected, DomainRules.Guardians(options).Order);
    }

    [TestMethod]
    public void Housekeeping_periods_reach_the_guardians_as_configured_0_meaning_off()
    {
        var options = new EcosystemOptions { Housekeeping = new HousekeepingOptions { RemindAfterDays = 0, CloseAfterDays = 0, RecheckEveryMonths = 12, RecheckGraceDays = 20 } };

        var rules = DomainRules.Guardians(options);

        Assert.AreEqual((0, 0, 12, 20), (rules.RemindAfterDays, rules.CloseAfterDays, rules.RecheckEveryMonths, rules.RecheckGraceDays));
    }
}
