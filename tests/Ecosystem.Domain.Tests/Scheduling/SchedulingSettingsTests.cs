using Ecosystem.Domain.Scheduling;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests.Scheduling;

[TestClass]
public sealed class SchedulingSettingsTests
{
    private static readonly ReviewCalendar Utc = new(new ReviewCalendarSettings());

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
        var overrides = SchedulingOverrides.Parse(" 2027-01-05 ", "8", Date("2027-01-05"), Utc, out var problems);

        Assert.AreEqual(new SchedulingOverrides(Date("2027-01-05"), 8), overrides);
        Assert.IsEmpty(problems);
        Assert.AreEqual(new SchedulingOverrides(), SchedulingOverrides.Parse("", null, Date("2027-01-05"), Utc, out _));
    }

    [TestMethod]
    public void Invalid_workflow_inputs_name_the_input()
    {
        var overrides = SchedulingOverrides.Parse("next tuesday", "-3", Date("2027-01-05"), Utc, out var problems);

        Assert.AreEqual(new SchedulingOverrides(), overrides);
        CollectionAssert.AreEqual(
            new[]
            {
                "--session-date (input 'session-date'): 'next tuesday' is not a date; write yyyy-MM-dd.",
                "--batch-size (input 'batch-size'): '-3' is not a whole number of at least 1.",
            },
            problems.ToArray());
    }

    /// <summary>A batch size too large for a number was refused as "not a whole number", which it is.</summary>
    [TestMethod]
    public void A_batch_size_too_large_for_a_number_is_named_as_too_large()
    {
        var overrides = SchedulingOverrides.Parse(null, "99999999999999999999", Date("2027-01-05"), Utc, out var problems);

        Assert.IsNull(overrides.BatchSize);
        Assert.AreEqual(
            "--batch-size (input 'batch-size'): '99999999999999999999' is too large; give a whole number of at least 1.", problems.Single());
    }

    [TestMethod]
    public void A_session_date_before_today_is_a_problem_naming_the_input_and_the_zone()
    {
        SchedulingOverrides.Parse("2027-01-04", null, Date("2027-01-05"), Utc, out var problems);

        Assert.AreEqual(
            "--session-date (input 'session-date'): 2027-01-04 is before today (2027-01-05 in UTC); "
            + "give today or a later date, or leave it empty for the next session.",
            problems.Single());
    }
}
