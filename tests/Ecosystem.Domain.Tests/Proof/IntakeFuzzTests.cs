using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Tests.Intake;
using Ecosystem.Tests.Proof;

namespace Ecosystem.Domain.Tests.Proof;

/// <summary>Hostile issue bodies through Read, Assess (offline), Plan and the report renderer: no throw, no hang, safe output.</summary>
[TestClass]
public sealed class IntakeFuzzTests
{
    // The whole intake path costs about a millisecond an input; the form reader alone is several times cheaper, so it
    // takes the larger share of the budget.
    private const int Target = 8_000;
    private const int ReaderTarget = 40_000;

    [TestMethod]
    public void Mutated_and_random_bodies_never_crash_the_form_reader()
    {
        using var run = FuzzRun.FromEnvironment("form-reader", ReaderTarget);
        var mutator = new TextMutator(run.Random);
        var corpus = IntakeFixtures.CorpusNames().Select(IntakeFixtures.Body).ToList();
        var reader = IntakeFixtures.Assessor();

        for (var i = 0; i < run.Iterations; i++)
        {
            var body = run.Random.Next(20) == 0 ? mutator.RandomUnicode(3_000) : mutator.Mutate(corpus[run.Random.Next(corpus.Count)]);
            run.Check(body, b => b, b =>
            {
                var application = reader.Read(IntakeFixtures.Issue(b, "[Ecosystem] TorchRender"));
                foreach (var handle in application.MaintainerHandles)
                {
                    Assert.IsFalse(handle.Length == 0 || handle.StartsWith('@') || handle.Any(char.IsWhiteSpace), $"maintainer handle `{handle}`");
                }

                _ = application.Repository;
                _ = application.PackageNameCandidates;
            });
        }

        run.AssertFullBudget();
    }

    [TestMethod]
    public void Mutated_and_random_bodies_never_crash_hang_or_echo_unsafely()
    {
        using var run = FuzzRun.FromEnvironment("intake", Target);
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

    /// <summary>
    /// Every problem is reported as a finding: a complete application with random required questions cut out (heading
    /// and answer, or the answer alone) is incomplete, and each cut question is named by a blocking finding.
    /// </summary>
    [TestMethod]
    public void Required_questions_cut_from_a_complete_application_are_each_named_by_a_blocking_finding()
    {
        using var run = FuzzRun.FromEnvironment("intake-cuts", 2_000);
        var assessor = IntakeFixtures.Assessor();
        var sections = IntakeFixtures.Body("complete").Split("### ").Where(section => section.Length > 0).ToList();
        var required = IntakeFixtures.Form.Fields.Where(field => field.Required).ToList();

        for (var i = 0; i < run.Iterations; i++)
        {
            var cut = required.Where(_ => run.Random.Next(4) == 0).DefaultIfEmpty(required[run.Random.Next(required.Count)]).ToList();
            var answerOnly = run.Random.Next(2) == 0;
            var body = string.Concat(sections.Select(section =>
                cut.Any(field => section.StartsWith(field.Label + "\n", StringComparison.Ordinal))
                    ? answerOnly ? "### " + section[..(section.IndexOf('\n', StringComparison.Ordinal) + 1)] + "\n_No response_\n\n" : ""
                    : "### " + section));
            run.Check(body, b => $"cut: {string.Join(", ", cut.Select(f => f.Label))}\n---\n{b}", b =>
            {
                var report = assessor.Assess(assessor.Read(IntakeFixtures.Issue(b)), IntakeFacts.Offline);
                Assert.AreEqual(IntakeVerdict.Incomplete, report.Verdict);
                foreach (var name in cut.Select(field => field.Label))
                {
                    Assert.IsTrue(
                        report.Findings.Any(f => f.IsBlockingFailure && f.Where == name),
                        $"no blocking finding at `{name}`:\n" + string.Join("\n", report.Findings.Select(f => $"{f.Status} {f.Where}: {f.Message}")));
                }
            });
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
