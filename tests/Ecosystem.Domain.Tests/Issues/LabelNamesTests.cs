using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Issues;

[TestClass]
public sealed class LabelNamesTests
{
    [TestMethod]
    [DataRow("Waiting on comment", "")]
    [DataRow("", "is empty; every label role needs a label name")]
    [DataRow("Accepted into the PyTorch Ecosystem after a Working Group vote", "`Accepted into the PyTorch Ecosystem after a Working Group vote` is longer than the 50 characters GitHub allows in a label name")]
    public void A_configured_label_name_is_one_github_accepts(string text, string problem)
    {
        Assert.AreEqual(problem.Length == 0, LabelNames.TryReadName(text, out _, out var message));
        Assert.AreEqual(problem, message);
    }

    [TestMethod]
    public void Every_role_is_read_and_written_under_its_key()
    {
        var names = new LabelNames();
        foreach (var role in LabelNames.Roles)
        {
            names = role.Set(names, role.Key);
        }

        CollectionAssert.AreEqual(LabelNames.Roles.Select(role => role.Key).ToArray(), LabelNames.Roles.Select(role => role.Get(names)).ToArray());
        Assert.AreEqual(11, LabelNames.Roles.Select(role => role.Key).Distinct().Count());
    }
}
