using System.Text;
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

    [TestMethod]
    [DataRow("*a", DisplayName = "emphasis markers")]
    [DataRow("[", DisplayName = "brackets never closed")]
    [DataRow("![", DisplayName = "image brackets never closed")]
    [DataRow("[\n", DisplayName = "a bracket on every line")]
    public void A_command_after_thousands_of_open_markers_in_its_paragraph_is_read(string marker)
    {
        // Markdig nests every open marker and gives up past 10,240 levels; a comment may hold 65,536 characters.
        var body = new StringBuilder("/vote approve\n");
        while (body.Length + marker.Length <= 65_536)
        {
            body.Append(marker);
        }

        Assert.IsNull(WhyNotAt(body.ToString(), 0));
    }

    [TestMethod]
    [DataRow("[a](b (x\n/vote approve (y))", true, DisplayName = "a title in parentheses holds no '('")]
    [DataRow("[a]((((((((((((((((((((((((((((((((((b))))))))))))))))))))))))))))))))) \"x\n/vote approve\")", true,
        DisplayName = "a destination nests at most 32 parentheses")]
    [DataRow("[a](((((((((((((((((((((((((((((((((b)))))))))))))))))))))))))))))))) \"x\n/vote approve\")", false,
        DisplayName = "32 nested parentheses make a link")]
    public void A_line_is_in_a_link_title_only_where_github_reads_one(string body, bool shownOnGitHub)
    {
        Assert.AreEqual(shownOnGitHub, WhyNotAt(body, body.IndexOf("/vote", StringComparison.Ordinal)) is null);
    }

    [TestMethod]
    [DataRow("*a\n/vote approve* and _b\n/vote approve_", DisplayName = "emphasis")]
    [DataRow("**a\n/vote approve** `x`", DisplayName = "strong emphasis before code")]
    [DataRow("[a\n/vote approve](https://example.org)", DisplayName = "a link's text")]
    public void Emphasis_and_link_text_are_shown_text(string body)
    {
        Assert.IsNull(WhyNotAt(body, body.IndexOf("/vote", StringComparison.Ordinal)));
    }

    private static string? WhyNotAt(string body, int position) => ShownText.Of(body) is { } shown ? shown.WhyNot(position) : ShownText.TooDeep;
}
