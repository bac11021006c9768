using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Text;

[TestClass]
public sealed class SameTextTests
{
    [TestMethod]
    public void Line_endings_and_trailing_white_space_are_no_change()
    {
        Assert.IsTrue(SameText.As("Title\r\n\r\nBody line\r\n", "Title\n\nBody line"));
        Assert.IsTrue(SameText.As("Body line", "Body line\n\n"));
    }

    /// <summary>
    /// The corner where the domain's old rule (trimming both ends) and the gateway's (trimming the end) disagreed. GitHub
    /// keeps the white space a body starts with, and Markdown may show it (four spaces make a code block), so it is a
    /// change: writing the text would change what GitHub has.
    /// </summary>
    [TestMethod]
    public void Leading_white_space_is_a_change()
    {
        Assert.IsFalse(SameText.As("    indented", "indented"));
        Assert.IsFalse(SameText.As("text", "\ntext"));
    }

    [TestMethod]
    public void Any_other_difference_is_a_change()
    {
        Assert.IsFalse(SameText.As("Deadline 2026-12-08", "Deadline 2026-12-09"));
        Assert.IsFalse(SameText.As("one  space", "one space"));
    }
}
