using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Tests.Intake;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>Hostile issue bodies through Read, Assess (offline), Plan and the report renderer: no throw, no hang, safe output.</summary>
[TestClass]
public sealed class IntakeFuzzTests
{
    private const int Target = 8_000;

    [TestMethod]
    public void Mutated_and_random_bodies_never_crash_hang_or_echo_unsafely()
    {
        var run = FuzzRun.FromEnvironment("intake", Target);
        var mutator = new TextMutator(run.Random);
        var corpus = IntakeFixtures.CorpusNames().Select(IntakeFixtures.Body).ToList();
        var assessor = IntakeFixtures.Assessor();
        var titles = new[] { "[Ecosystem] TorchRender", "[ecosystem]", "", "<img src=x onerror=alert(1)> @octocat", "[Ecosystem] " + new string('x', 5000) };

        for (var i = 0; i < run.Iterations; i++)
        {
            var seed = corpus[run.Random.Next(corpus.Count)];
            var body = (i % 2_000) switch
            {
                1_000 => mutator.DeepNesting(),
                1_500 => mutator.Huge(seed),
                _ => run.Random.Next(20) == 0 ? mutator.RandomUnicode(3_000) : mutator.Mutate(seed),
            };
            var title = run.Random.Next(4) == 0 ? mutator.Mutate(titles[run.Random.Next(titles.Length)]) : titles[0];
            run.Check(body, b => title + "\n---\n" + b, b => AssessAndRender(assessor, title, b));
        }

        run.AssertFullBudget();
    }

    internal static void AssessAndRender(IntakeAssessor assessor, string title, string body)
    {
        var issue = IntakeFixtures.Issue(body, title);
        var application = assessor.Read(issue);
        var report = assessor.Assess(application, IntakeFacts.Offline);
        var plan = assessor.Plan(issue, report);
        foreach (var comment in plan.Comments)
        {
            EchoSafety.AssertSafe(comment.Body, "intake report");
        }
    }
}
