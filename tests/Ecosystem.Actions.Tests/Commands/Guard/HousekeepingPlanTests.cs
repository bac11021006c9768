using Ecosystem.Actions.Commands.Guard;
using Ecosystem.Actions.Configuration;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Tests.Commands.Guard;

[TestClass]
public sealed class HousekeepingPlanTests
{
    [TestMethod]
    public void The_configured_periods_pass_through()
    {
        var plan = HousekeepingPlan.From(With(new HousekeepingOptions { RemindAfterDays = 14, CloseAfterDays = 45, RecheckEveryMonths = 12, RecheckGraceDays = 20 }));

        Assert.IsTrue(plan.Reminders && plan.Closing && plan.Rechecks);
        Assert.AreEqual(14, plan.Rules.RemindAfterDays);
        Assert.AreEqual(45, plan.Rules.CloseAfterDays);
        Assert.AreEqual(12, plan.Rules.RecheckEveryMonths);
        Assert.AreEqual(20, plan.Rules.RecheckGraceDays);
        Assert.IsEmpty(plan.Rules.Problems());
    }

    [TestMethod]
    public void Zero_switches_each_part_off_and_the_rules_stay_valid()
    {
        var plan = HousekeepingPlan.From(With(new HousekeepingOptions { RemindAfterDays = 0, CloseAfterDays = 0, RecheckEveryMonths = 0 }));

        Assert.IsFalse(plan.Reminders);
        Assert.IsFalse(plan.Closing);
        Assert.IsFalse(plan.Rechecks);
        Assert.IsEmpty(plan.Rules.Problems());
        Assert.AreEqual(0, plan.Rules.CloseAfterDays, "0 is the domain's never close");
        Assert.IsGreaterThan(36_000, plan.Rules.RemindAfterDays, "a wait never reaches the reminder");
    }

    [TestMethod]
    public void With_reminders_off_a_reminder_is_taken_out_of_the_plan()
    {
        var plan = HousekeepingPlan.From(With(new HousekeepingOptions { RemindAfterDays = 0, CloseAfterDays = 60 }));
        var reminder = new GuardianAction(new IssuePlan(7) { Comments = [new CommentUpsert(StaleWaits.ReminderPurpose, "Please answer.")] }, "#7: reminded.");
        var close = new GuardianAction(new IssuePlan(7) { State = new IssueStateChange(false, "not_planned") }, "#7: closed.");

        Assert.IsTrue(plan.Filter(reminder).Plan.IsEmpty);
        Assert.AreEqual(close, plan.Filter(close));
        Assert.AreEqual(60, plan.Rules.CloseAfterDays);
    }

    private static EcosystemOptions With(HousekeepingOptions housekeeping) => new() { Housekeeping = housekeeping };
}
