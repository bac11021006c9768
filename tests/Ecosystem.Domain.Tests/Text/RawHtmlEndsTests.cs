using System.Text;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;
using Markdig.Helpers;

namespace Ecosystem.Domain.Tests.Text;

[TestClass]
public sealed class RawHtmlEndsTests
{
    private const int MaxBody = 65_536; // GitHub's limit for an issue body or a comment

    [TestMethod]
    [DataRow("<?", DisplayName = "processing instructions")]
    [DataRow("<!--", DisplayName = "comments")]
    [DataRow("<![CDATA[", DisplayName = "CDATA sections")]
    [DataRow("<!A ", DisplayName = "declarations")]
    [DataRow("<?\n", DisplayName = "processing instructions, one a line")]
    public void A_body_of_openers_without_closers_is_read_once_not_once_per_opener(string opener)
    {
        var text = "x" + Repeat(opener, MaxBody - 1);
        var ends = new RawHtmlEnds(text, text.Length - 1);

        var closable = Openers(text).Count(ends.MayClose);

        Assert.AreEqual(0, closable);
        // Searching afresh from each opener (as Markdig does) reads about a billion characters here.
        Assert.IsLessThanOrEqualTo(text.Length, ends.CharactersRead);
    }

    [TestMethod]
    public void Says_it_may_close_exactly_where_a_closer_follows_and_markdig_never_reads_raw_html_where_it_says_not()
    {
        string[] pieces =
            ["<?", "?>", "<!--", "-->", "<!-->", "<![CDATA[", "]]>", "<!A ", "<!", ">", "<a ", "a@b.org>", "x", " ", "\n", "-", "]", "?"];
        string[] closers = ["?>", "-->", "]]>", ">"];
        var random = new Random(20261205);
        for (var run = 0; run < 2_000; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 24)).Select(_ => pieces[random.Next(pieces.Length)]));
            var end = random.Next(text.Length);
            var ends = new RawHtmlEnds(text, end);
            foreach (var at in Openers(text).Where(at => at <= end))
            {
                var rest = text[at..(end + 1)];
                var (closer, from) = rest.StartsWith("<?", StringComparison.Ordinal) ? (closers[0], 2)
                    : rest.StartsWith("<!--", StringComparison.Ordinal) ? (closers[1], 2)
                    : rest.StartsWith("<![", StringComparison.Ordinal) ? (closers[2], 3)
                    : rest.StartsWith("<!", StringComparison.Ordinal) ? (closers[3], 2)
                    : (null, 0);
                var expected = closer is null || (from <= rest.Length && rest.IndexOf(closer, from, StringComparison.Ordinal) >= 0);
                var said = ends.MayClose(at);
                var slice = new StringSlice(text, at, end);

                Assert.AreEqual(expected, said, $"at {at} of \"{text}\" (end {end})");
                Assert.IsTrue(said || !HtmlHelper.TryParseHtmlTag(ref slice, out _), $"at {at} of \"{text}\" (end {end})");
            }
        }
    }

    [TestMethod]
    [DataRow("<?", DisplayName = "processing instructions")]
    [DataRow("<!--", DisplayName = "comments")]
    [DataRow("<!A ", DisplayName = "declarations")]
    public void A_ballot_after_a_body_of_openers_reads_as_it_does_alone(string opener)
    {
        var ballot = "/vote decline needs tests";
        var hostile = "x" + Repeat(opener, MaxBody - 2 - ballot.Length) + "\n" + ballot;

        Assert.AreEqual(VoteCommandParser.Parse(ballot).Single(), VoteCommandParser.Parse(hostile).Single());
    }

    [TestMethod]
    [DataRow("x <?a@b.org> and <?", 4, ShownText.NotShownAsText, DisplayName = "an e-mail autolink that opens like a processing instruction")]
    [DataRow("x <!x@b.org> and <!A ", 4, ShownText.NotShownAsText, DisplayName = "an e-mail autolink that opens like a declaration")]
    [DataRow("x <!A b> <!A ", 4, ShownText.InHtml, DisplayName = "a declaration closed before an open one")]
    [DataRow("a <?php echo 1; ?> <? b", 4, ShownText.InHtml, DisplayName = "a processing instruction closed before an open one")]
    [DataRow("a <? b", 4, null, DisplayName = "a processing instruction never closed is text")]
    public void Raw_html_and_autolinks_read_as_markdig_reads_them(string body, int position, string? why)
    {
        Assert.AreEqual(why, ShownText.Of(body)!.WhyNot(position));
    }

    private static IEnumerable<int> Openers(string text)
    {
        for (var at = text.IndexOf('<', StringComparison.Ordinal); at >= 0; at = text.IndexOf('<', at + 1))
        {
            yield return at;
        }
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length + unit.Length <= length)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }
}
