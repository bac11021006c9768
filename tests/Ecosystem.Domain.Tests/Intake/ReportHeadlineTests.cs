using System.Globalization;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>
/// The headline agrees with the lines below it, for every body of the corpus and every kind of facts: ❌ Incomplete
/// exactly when Problems has ❌ lines (counted and named by place), ⚠️ Complete with requirements not met exactly when
/// the checklist has ❌ rows (named by number), ✅ Complete only when nothing below is ❌. Read from the rendered text,
/// as an applicant reads it.
/// </summary>
[TestClass]
public sealed class ReportHeadlineTests
{
    public static IEnumerable<object[]> Corpus => IntakeFixtures.CorpusNames().Select(n => new object[] { n });

    private static IEnumerable<(string Name, IntakeFacts Facts)> FactSets()
    {
        yield return ("offline", IntakeFacts.Offline);
        yield return ("healthy", RepositoryChecksTests.HealthyFacts);
        yield return ("short of stars and licence", RepositoryChecksTests.HealthyFacts with
        {
            Repository = RepositoryChecksTests.HealthyRepository with { Stars = 3, LicenseSpdxId = "AGPL-3.0", WorkflowEntries = [], RootEntries = ["README.md"] },
            Maintainers = new HashSet<string>(),
        });
        yield return ("repository gone", RepositoryChecksTests.HealthyFacts with
        {
            Repository = RepositoryFacts.Missing(new RepositoryReference("torchrender", "torchrender")),
        });
    }

    [TestMethod]
    public void Verdict_of_a_complete_form_names_the_requirements_not_met_as_the_headline_does()
    {
        var unmet = Requirement.For(new IntakeRules()).Where(r => r.Number is 7 or 14)
            .Select(r => new ChecklistItem(r, [], FindingStatus.Fail, "")).ToList();
        var met = Requirement.For(new IntakeRules()).Where(r => r.Number == 2)
            .Select(r => new ChecklistItem(r, [], FindingStatus.Pass, "")).ToList();

        Assert.AreEqual("complete, 2 requirements not met", Verdict(IntakeVerdict.Complete, [.. met, .. unmet]));
        Assert.AreEqual("complete, 1 requirement not met", Verdict(IntakeVerdict.Complete, [.. met, unmet[0]]));
        Assert.AreEqual("complete", Verdict(IntakeVerdict.Complete, met));
        Assert.AreEqual("incomplete", Verdict(IntakeVerdict.Incomplete, unmet));
    }

    [TestMethod]
    [DynamicData(nameof(Corpus))]
    public void Headline_agrees_with_the_lines_below(string name)
    {
        var expectations = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(IntakeFixtures.BodiesDirectory, name + ".expected.json"))).RootElement;
        var issue = IntakeFixtures.Issue(IntakeFixtures.Body(name), expectations.GetProperty("title").GetString()!,
            [.. expectations.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)]);
        var assessor = IntakeFixtures.Assessor();
        var application = assessor.Read(issue);
        if (application.Kind == ApplicationKind.NotAnApplication)
        {
            return;
        }

        foreach (var (factsName, facts) in FactSets())
        {
            var report = assessor.Assess(application, facts);
            var comment = IntakeFixtures.Assessor().Render(report);
            var lines = comment.Split('\n');
            var headline = lines[2];
            var what = $"{name} ({factsName}): {headline}";
            if (report.Verdict == IntakeVerdict.LostForm)
            {
                StringAssert.StartsWith(headline, "📝", what);
                continue;
            }

            var problems = Section(lines, "### Problems", "### Links read from the form");
            var toFix = problems.Where(l => l.StartsWith("- ❌ **", StringComparison.Ordinal))
                .Select(l => l["- ❌ **".Length..l.IndexOf("**:", StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).ToList();
            Assert.AreEqual(problems.Count(l => l.StartsWith("- ❌ **", StringComparison.Ordinal)), problems.Count(l => l.Contains('❌', StringComparison.Ordinal)), what);
            var unmet = lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(" | ❌ | ", StringComparison.Ordinal))
                .Select(l => l.Split('|')[1].Trim()).ToList();

            if (toFix.Count > 0)
            {
                StringAssert.StartsWith(headline, $"❌ **Incomplete: {Count(toFix.Count, "question")} to fix before review:**", what);
                Assert.AreEqual(IntakeVerdict.Incomplete, report.Verdict, what);
                foreach (var place in toFix)
                {
                    Assert.Contains($"“{place}”", headline, what);
                }

                Assert.AreEqual(unmet.Count > 0, headline.Contains("Also not met:", StringComparison.Ordinal), what);
            }
            else if (unmet.Count > 0)
            {
                StringAssert.StartsWith(headline, $"⚠️ **Complete, with {Count(unmet.Count, "requirement")} not met:**", what);
                Assert.AreEqual(IntakeVerdict.Complete, report.Verdict, what);
            }
            else
            {
                StringAssert.StartsWith(headline, "✅ **Complete.**", what);
                Assert.AreEqual(IntakeVerdict.Complete, report.Verdict, what);
            }

            foreach (var number in unmet)
            {
                Assert.Contains($"requirement {number} (", headline, what);
            }

            Assert.AreEqual(unmet.Count, CountOf(headline, "requirement "), what + ": every ❌ row is named, nothing else");
        }
    }

    private static List<string> Section(string[] lines, string from, string to) =>
        [.. lines.SkipWhile(l => l != from).Skip(1).TakeWhile(l => l != to)];

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count += at + word.Length < text.Length && char.IsAsciiDigit(text[at + word.Length]) ? 1 : 0;
        }

        return count;
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string Verdict(IntakeVerdict verdict, IReadOnlyList<ChecklistItem> checklist) => new IntakeReport(1, verdict, [], checklist).VerdictText;
}
