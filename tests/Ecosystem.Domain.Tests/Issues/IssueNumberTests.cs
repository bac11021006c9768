using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Issues;

[TestClass]
public sealed class IssueNumberTests
{
    [TestMethod]
    [DataRow("42", 42)]
    [DataRow("#42", 42)]
    [DataRow("7", 7)]
    public void A_positive_number_with_or_without_one_hash_is_read(string text, int expected)
    {
        Assert.IsTrue(IssueNumber.TryRead(text, out var number));
        Assert.AreEqual(expected, number);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("#")]
    [DataRow("##42")]
    [DataRow("0")]
    [DataRow("-3")]
    [DataRow("+3")]
    [DataRow(" 42")]
    [DataRow("4 2")]
    [DataRow("42a")]
    [DataRow("٤٢")]
    [DataRow("99999999999")]
    public void Anything_else_is_no_issue_number(string text) => Assert.IsFalse(IssueNumber.TryRead(text, out _));
}
