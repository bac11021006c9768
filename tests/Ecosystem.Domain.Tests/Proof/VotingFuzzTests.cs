using System.Text.RegularExpressions;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Tests.Voting;
using Ecosystem.Domain.Voting;
using Ecosystem.Tests.Proof;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>Hostile comments through the /vote parser, and random comment sets through the tally and its texts.</summary>
[TestClass]
public sealed partial class VotingFuzzTests
{
    private static readonly string[] Corpus =
    [
        "/vote approve", "/vote decline not mature enough <img src=x onerror=alert(1)> @pytorch/team | a | b |",
        "> /vote approve\n/vote abstain", "```\n/vote approve\n```\n/vote decline ``` fence", "/vote open", "/vote close",
        "/vote refresh-members", "/vote recuse", "    /vote approve", "<!--\n/vote approve\n-->", "`code\n/vote approve`",
        "LGTM\n\n/vote +1", "/VOTE NO <!-- ecosystem-bot:vote-tally -->", "/vote", "/votes approve", "~~~\n/vote -1",
    ];

    private static readonly string[] Authors = ["m01", "m02", "m03", "m04", "m05", "sam", "applicant", "stranger", "ecosystem-bot[bot]"];

    [TestMethod]
    public void Mutated_comments_never_crash_the_vote_parser()
    {
        using var run = FuzzRun.FromEnvironment("vote-parser", 60_000);
        var mutator = new TextMutator(run.Random);
        for (var i = 0; i < run.Iterations; i++)
        {
            var body = run.Random.Next(10) == 0 ? mutator.RandomUnicode(500) : mutator.Mutate(Corpus[run.Random.Next(Corpus.Length)]);
            run.Check(body, b => b, b =>
            {
                var commands = VoteCommandParser.Parse(b);
                Assert.IsLessThanOrEqualTo(MarkdownLineBreak().Split(b).Length, commands.Count);
                Assert.IsFalse(commands.Any(c => c.Line.Contains('\n', StringComparison.Ordinal) || c.Line.Contains('\r', StringComparison.Ordinal)), "a command is one line");
            });
        }

        run.AssertFullBudget();
    }

    [TestMethod]
    public void Random_comment_sets_never_crash_the_tally_or_echo_unsafely()
    {
        using var run = FuzzRun.FromEnvironment("vote-tally", 8_000);
        var mutator = new TextMutator(run.Random);
        string? previousTally = null;
        for (var i = 0; i < run.Iterations; i++)
        {
            var comments = Enumerable.Range(0, run.Random.Next(1, 12)).Select(k =>
            {
                var author = Authors[run.Random.Next(Authors.Length)];
                var created = VoteScenario.Start.AddMinutes(run.Random.Next(-2_000, 20_000));
                var body = mutator.Mutate(Corpus[run.Random.Next(Corpus.Length)]);
                return VoteScenario.CommentBy(1_000 + k, author, body, created, run.Random.Next(5) == 0 ? created.AddHours(run.Random.Next(1, 300)) : null, author.EndsWith("[bot]", StringComparison.Ordinal));
            }).ToList();
            var rules = new TallyRules
            {
                MajorityOf = run.Random.Next(2) == 0 ? MajorityBasis.Members : MajorityBasis.VotesCast,
                Quorum = run.Random.Next(0, 6),
                CloseAfterDays = run.Random.Next(0, 10),
                OpenOnSchedule = run.Random.Next(2) == 0,
            };
            if (run.Random.Next(3) != 0)
            {
                comments.Add(VoteScenario.SessionNotice(DateOnly.FromDateTime(VoteScenario.Start.UtcDateTime)));
            }

            // The automation's own tally comment, but editable by admins: fed back as written, mutated, or with a forged state.
            if (run.Random.Next(3) == 0 && Edited(previousTally, mutator, run.Random) is { } edited)
            {
                comments.Add(VoteScenario.TallyComment(edited));
            }

            var input = new TallyInput(
                new IssueSnapshot(42, "[Ecosystem] X", "body", "applicant", true, ["In review"], VoteScenario.Start.AddDays(-30), null, "https://github.com/o/r/issues/42"),
                comments, new TrustedPeople(["sam"], Authors[..5], VoteScenario.Automation, []), new HashSet<string> { "m05" });
            var tally = new VoteTally(rules, new FakeTimeProvider(VoteScenario.Start.AddDays(run.Random.Next(0, 12))));
            run.Check(input, Describe, x =>
            {
                var result = tally.Run(x);
                foreach (var comment in result.Plan.Comments)
                {
                    // Reminders mention the members yet to vote on purpose; nothing else may mention anyone.
                    EchoSafety.AssertSafe(comment.Body, "vote " + comment.Purpose, comment.Purpose.StartsWith("vote-reminder", StringComparison.Ordinal) ? Authors[..5] : []);
                }

                previousTally = result.TallyComment ?? previousTally;
            });
        }

        run.AssertFullBudget();
    }

    private static string? Edited(string? previousTally, TextMutator mutator, Random random) => (previousTally, random.Next(4)) switch
    {
        (null, _) => null,
        (_, 0) => mutator.Mutate(previousTally),
        (_, 1) => previousTally.Replace("\"m0", "\"" + new string('m', random.Next(30, 200_000)), StringComparison.Ordinal),
        (_, 2) => previousTally.Replace("\"reason\":\"", "\"reason\":\"" + mutator.RandomUnicode(5_000), StringComparison.Ordinal),
        _ => previousTally,
    };

    private static string Describe(TallyInput input) =>
        string.Join("\n---\n", input.Comments.Select(c => $"{c.Author} {c.CreatedAt:O} {c.UpdatedAt:O}\n{c.Body}"));

    /// <summary>Markdown breaks lines only here; U+2028, U+2029 and U+0085 stay inside a line.</summary>
    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex MarkdownLineBreak();
}
