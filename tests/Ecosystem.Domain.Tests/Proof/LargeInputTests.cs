using System.Diagnostics;
using Ecosystem.Domain.Tests.Intake;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>Megabyte bodies and 10,000-level nesting finish, bounded by a hang guard; their speed is printed here and benchmarked in the README.</summary>
[TestClass]
public sealed class LargeInputTests
{
    // A hang guard, not a speed target: generous so a loaded CI machine never trips it (speed is benchmarked).
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [TestMethod]
    public void One_megabyte_application_body_is_read_assessed_and_rendered_without_hanging()
    {
        var body = string.Concat(Enumerable.Repeat(IntakeFixtures.Body("complete") + "\n", (1 << 20) / 2_000));
        Assert.IsGreaterThan(1 << 20, body.Length);
        var assessor = IntakeFixtures.Assessor();
        IntakeFuzzTests.AssessAndRender(assessor, "[Ecosystem] warm-up", IntakeFixtures.Body("complete"));

        var watch = Stopwatch.StartNew();
        IntakeFuzzTests.AssessAndRender(assessor, "[Ecosystem] TorchRender", body);
        watch.Stop();

        Console.WriteLine($"1 MB body: {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.IsLessThan(Bound, watch.Elapsed, $"the 1 MB body took {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [TestMethod]
    public void One_megabyte_single_line_answer_is_assessed_without_hanging()
    {
        var body = IntakeFixtures.Body("complete").Replace("### Description\n\n", "### Description\n\n" + new string('a', 1 << 20) + " ", StringComparison.Ordinal);
        var watch = Stopwatch.StartNew();
        IntakeFuzzTests.AssessAndRender(IntakeFixtures.Assessor(), "[Ecosystem] TorchRender", body);
        watch.Stop();
        Assert.IsLessThan(Bound, watch.Elapsed, $"the 1 MB line took {watch.Elapsed.TotalMilliseconds:F0} ms");
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
            var watch = Stopwatch.StartNew();
            VoteCommandParser.Parse(body);
            IntakeFuzzTests.AssessAndRender(IntakeFixtures.Assessor(), "[Ecosystem] Nested", body);
            watch.Stop();
            Assert.IsLessThan(Bound, watch.Elapsed, $"{body[..20]}…: {watch.Elapsed.TotalMilliseconds:F0} ms");
        }
    }

    [TestMethod]
    public void One_megabyte_comment_of_vote_lines_is_parsed_without_hanging()
    {
        // The blank line ends each quote: without it CommonMark reads the next ballot as a lazy continuation of the quote.
        var body = string.Concat(Enumerable.Repeat("/vote decline `not yet\n> /vote approve\n\n", 30_000));
        Assert.IsGreaterThan(1 << 20, body.Length);
        var watch = Stopwatch.StartNew();
        var reading = VoteCommandParser.Read(body);
        watch.Stop();
        Assert.HasCount(30_000, reading.Commands);
        Assert.HasCount(30_000, reading.NearMisses);
        Assert.IsLessThan(Bound, watch.Elapsed, $"{watch.Elapsed.TotalMilliseconds:F0} ms");
    }
}
