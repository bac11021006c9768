using Ecosystem.Domain.Guardians;

namespace Ecosystem.Domain.Tests.Guardians;

/// <summary>The guard's step summary (the <c>guard-summary</c> template) against its golden file.</summary>
[TestClass]
public sealed class GuardOutcomeTests
{
    [TestMethod]
    public void Each_guardian_and_issue_is_a_row_and_people_s_text_stays_in_its_cell()
    {
        var text = GuardOutcome.Table(
        [
            new GuardOutcome(12, "labels", "Restored `Accepted`: only staff and the Working Group change labels | @mallory", 2),
            new GuardOutcome(7, "stale waits", "Reminded the applicant (waiting 30 days)", 1),
            new GuardOutcome(null, "re-check", "Opened the periodic review of TorchRender", 1),
        ]);

        GoldenFile.AssertMatches("guard-summary", text);
    }

    [TestMethod]
    public void A_night_with_nothing_to_do_is_an_empty_table() =>
        GoldenFile.AssertMatches("guard-summary-empty", GuardOutcome.Table([]));
}
