using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Text;

[TestClass]
public sealed class ShownTextTests
{
    [TestMethod]
    [DataRow("a <!-- x --> b <!-- y --> c", "a  b  c", DisplayName = "two in a paragraph")]
    [DataRow("a <!-- x\ny --> b", "a  b", DisplayName = "over two lines of a paragraph")]
    [DataRow("<!-- x -->\nb", "\nb", DisplayName = "a block of its own")]
    [DataRow("> a <!-- x -->", "> a ", DisplayName = "in a quote")]
    [DataRow("<details>\n<!-- x -->\n</details>", "<details>\n\n</details>", DisplayName = "in an HTML block")]
    [DataRow("a\n\n<!--\nx\n\ny", "a\n\n", DisplayName = "a block never closed hides the rest")]
    [DataRow("`<!-- x -->` <!-- y -->", "`<!-- x -->` ", DisplayName = "code span kept, comment after dropped")]
    [DataRow("a <!-- b", "a <!-- b", DisplayName = "never closed in a paragraph: text")]
    [DataRow("a <!--> b <!---> c", "a  b  c", DisplayName = "empty comments")]
    public void Html_comments_are_dropped_where_github_hides_them(string text, string shown)
    {
        Assert.AreEqual(shown, ShownText.WithoutHtmlComments(text));
    }
}
