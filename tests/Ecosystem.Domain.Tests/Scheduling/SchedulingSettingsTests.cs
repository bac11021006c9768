using Ecosystem.Domain.Scheduling;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Scheduling;

[TestClass]
public sealed class SchedulingSettingsTests
{
    [TestMethod]
    public void Default_rules_follow_the_configuration_contract()
    {
        var rules = new SchedulingRules();

        Assert.AreEqual(14, rules.LeadDays);
        Assert.AreEqual(7, rules.BatchMin);
        Assert.AreEqual(10, rules.BatchMax);
        Assert.AreEqual("In review", rules.Labels.InReview);
    }

    [TestMethod]
    public void Workflow_inputs_are_read_and_empty_ones_ignored()
    {
        var overrides = SchedulingOverrides.Parse(" 2027-01-05 ", "8", out var problems);

        Assert.AreEqual(new SchedulingOverrides(Date("2027-01-05"), 8), overrides);
        Assert.IsEmpty(problems);
        Assert.AreEqual(SchedulingOverrides.None, SchedulingOverrides.Parse("", null, out _));
    }

    [TestMethod]
    public void Invalid_workflow_inputs_name_the_input()
    {
        var overrides = SchedulingOverrides.Parse("next tuesday", "-3", out var problems);

        Assert.AreEqual(SchedulingOverrides.None, overrides);
        CollectionAssert.AreEqual(
            new[]
            {
                "input session-date: 'next tuesday' is not a date; write yyyy-MM-dd.",
                "input batch-size: '-3' is not a whole number of at least 1.",
            },
            problems.ToArray());
    }
}
