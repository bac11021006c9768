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
    public void Close_after_days_0_reaches_the_guardians_as_never()
    {
        var options = new EcosystemOptions { Housekeeping = new HousekeepingOptions { CloseAfterDays = 0 } };

        var rules = DomainRules.Guardians(options);

        Assert.AreEqual(0, rules.CloseAfterDays);
        Assert.IsEmpty(rules.Problems());
    }
}
