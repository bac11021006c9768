using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Issues;

[TestClass]
public sealed class IssueHistoryTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static IssueHistory History(IReadOnlyList<string> labels, params LabelEvent[] events) =>
        new(new IssueSnapshot(12, "[Ecosystem] torchrender", "", "applicant", true, labels, Opened, null, ""), [], events);

    [TestMethod]
    public void An_issue_that_carries_or_once_carried_a_label_had_it_whatever_the_case()
    {
        string[] process = ["New", "In review"];

        Assert.IsTrue(History(["new"]).EverHad(process));
        Assert.IsTrue(History([], new LabelEvent("In Review", true, "staff", Opened), new LabelEvent("In Review", false, "staff", Opened.AddDays(3))).EverHad(process));
        Assert.IsFalse(History(["question"], new LabelEvent("bug", true, "staff", Opened)).EverHad(process));
        Assert.IsFalse(History(["New"]).EverHad([]));
    }
}
