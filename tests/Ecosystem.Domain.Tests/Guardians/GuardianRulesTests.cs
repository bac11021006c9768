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

        Assert.AreEqual("Waiting on comment", rules.Labels.Waiting);
        Assert.AreEqual("review - scheduled", rules.Labels.PeriodicReview);
        Assert.AreEqual("Retire", Ecosystem.Domain.Issues.LabelNames.Retire);
        Assert.AreEqual(30, rules.RemindAfterDays);
        Assert.AreEqual(60, rules.CloseAfterDays);
        Assert.AreEqual(6, rules.RecheckEveryMonths);
        Assert.AreEqual(30, rules.RecheckGraceDays);
    }

    [TestMethod]
    public void Outcome_labels_are_the_four_whose_adding_carries_out_a_decision_in_any_case()
    {
        var rules = new GuardianRules();

        Assert.IsTrue(rules.IsOutcomeLabel(rules.Labels.TooEarly.ToUpperInvariant()));
        Assert.IsTrue(rules.IsOutcomeLabel(rules.Labels.CommunityHighlight));
        Assert.IsTrue(rules.IsOutcomeLabel(rules.Labels.CommunityHighlightDone));
        Assert.IsTrue(rules.IsOutcomeLabel(rules.Labels.Returning));
        Assert.IsFalse(rules.IsOutcomeLabel(rules.Labels.Accepted));
    }
}
