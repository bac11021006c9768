using Ecosystem.Domain.Tests.Intake;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>
/// Megabyte bodies and 10,000-level nesting are read to the right answer; their speed is benchmarked in the README
/// (<c>validate</c> of a body of 1,000 KiB), never asserted here.
/// </summary>
[TestClass]
public sealed class LargeInputTests
{
    [TestMethod]
    public void One_megabyte_application_body_is_read_assessed_and_rendered_without_hanging()
    {
        var body = string.Concat(Enumerable.Repeat(IntakeFixtures.Body("complete") + "\n", (1 << 20) / 2_000));
        Assert.IsGreaterThan(1 << 20, body.Length);

        IntakeFuzzTests.AssessAndRender(IntakeFixtures.Assessor(), "[Ecosystem] TorchRender", body);
    }

    [TestMethod]
    public void One_megabyte_single_line_answer_is_assessed_without_hanging()
    {
        var body = IntakeFixtures.Body("complete").Replace("### Description\n\n", "### Description\n\n" + new string('a', 1 << 20) + " ", StringComparison.Ordinal);

        IntakeFuzzTests.AssessAndRender(IntakeFixtures.Assessor(), "[Ecosystem] TorchRender", body);
    }

    [TestMethod]
    public void Ten_thousand_nested_quotes_and_lists_are_parsed_without_hanging()
    {
        var nested = new[]
        {
            new string('>', 10_000) + " /vote approve",
            string.Concat(Enumerable.Repeat("- ", 10_000)) + "/vote approve",
            string.Join('\n', Enumerable.Range(0, 10_000).Select(i => new string(' ', i % 40) + "- /vote approve `")),
            string.Concat(Enumerable.Repeat("```\n", 10_000)) + "/vote approve",
        };
        foreach (var body in nested)
        {
            IntakeFuzzTests.AssessAndRender(IntakeFixtures.Assessor(), "[Ecosystem] Nested", body);
        }

        // A ballot in a quote, or in a list nested past 32 levels on one line, is no ballot; after 10,000 fences (5,000 closed
        // blocks) it is one. In the third body every line starts its shown line (a list item, nested as deep as it goes, or a
        // paragraph's next line, whose indent is not shown) and counts, but the 2,000 that a backtick left open above puts in code.
        CollectionAssert.AreEqual(new[] { 0, 0, 8_000, 1 }, nested.Select(body => VoteCommandParser.Parse(body).Count).ToArray());
        CollectionAssert.AreEqual(
            Enumerable.Repeat(ShownText.InCode, 2_000).ToArray(), VoteCommandParser.Read(nested[2]).NearMisses.Select(n => n.Why).ToArray());
    }

    [TestMethod]
    public void One_megabyte_comment_of_vote_lines_is_parsed_without_hanging()
    {
        // The blank line ends each quote: without it CommonMark reads the next ballot as a lazy continuation of the quote.
        var body = string.Concat(Enumerable.Repeat("/vote decline `not yet\n> /vote approve\n\n", 30_000));
        Assert.IsGreaterThan(1 << 20, body.Length);

        var reading = VoteCommandParser.Read(body);

        Assert.HasCount(30_000, reading.Commands);
        Assert.HasCount(30_000, reading.NearMisses);
    }
}
