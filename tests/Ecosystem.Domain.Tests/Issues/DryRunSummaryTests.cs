using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Issues;

/// <summary>The dry run's list of planned writes in the step summary (the <c>dry-run-summary</c> template).</summary>
[TestClass]
public sealed class DryRunSummaryTests
{
    [TestMethod]
    public void Each_planned_write_is_a_list_item() =>
        GoldenFile.AssertMatches("dry-run-summary", Render("create comment on #12 (intake-report)", "add labels [Waiting on comment | x] to #12"));

    [TestMethod]
    public void No_planned_write_says_so() =>
        GoldenFile.AssertMatches("dry-run-summary-nothing", Render());

    private static string Render(params string[] writes) =>
        Template.Load("dry-run-summary").Render(new Dictionary<string, object?> { ["writes"] = writes });
}
