using System.Text.Json;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>Each body in Bodies/ is read and checked offline; the result must match its .expected.json.</summary>
[TestClass]
public sealed class BodyCorpusTests
{
    public static IEnumerable<object[]> Corpus => IntakeFixtures.CorpusNames().Select(n => new object[] { n });

    [TestMethod]
    public void Corpus_has_at_least_25_bodies_each_with_expectations()
    {
        var names = IntakeFixtures.CorpusNames().ToList();
        Assert.IsGreaterThanOrEqualTo(25, names.Count);
        foreach (var name in names)
        {
            Assert.IsTrue(File.Exists(Path.Combine(IntakeFixtures.BodiesDirectory, name + ".expected.json")), $"{name}.md has no {name}.expected.json");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Corpus))]
    public void Body_gives_the_expected_kind_verdict_and_problems(string name)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(IntakeFixtures.BodiesDirectory, name + ".expected.json")));
        var root = expected.RootElement;
        var labels = root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
        var issue = IntakeFixtures.Issue(IntakeFixtures.Body(name), root.GetProperty("title").GetString()!, labels);
        var assessor = IntakeFixtures.Assessor();

        var application = assessor.Read(issue);
        var report = assessor.Assess(application, IntakeFacts.Offline);

        Assert.AreEqual(root.GetProperty("kind").GetString(), application.Kind.ToString(), name);
        Assert.AreEqual(root.GetProperty("verdict").GetString(), report.Verdict.ToString(), name);
        var problems = report.Findings
            .Where(f => f.Status is FindingStatus.Fail or FindingStatus.Warning)
            .Select(f => $"{(f.Status == FindingStatus.Fail ? "fail" : "warning")}|{f.Check}|{f.Where}")
            .ToList();
        var wanted = root.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        CollectionAssert.AreEquivalent(wanted, problems, $"{name}: got [{string.Join(", ", problems)}]; messages: {string.Join(" / ", report.Findings.Where(f => f.Status is FindingStatus.Fail or FindingStatus.Warning).Select(f => f.Message))}");

        if (root.TryGetProperty("values", out var values))
        {
            AssertValues(name, application, values);
        }
    }

    private static void AssertValues(string name, Application application, JsonElement values)
    {
        foreach (var value in values.EnumerateObject())
        {
            switch (value.Name)
            {
                case "ContactEmails":
                    CollectionAssert.AreEqual(Strings(value.Value), AnswerValues.EmailCandidates(application.ValueOf(ApplicationField.ContactEmails)).ToList(), name);
                    break;
                case "Maintainers":
                    CollectionAssert.AreEqual(Strings(value.Value), application.MaintainerHandles.ToList(), name);
                    break;
                case "Repository":
                    Assert.AreEqual(value.Value.GetString(), application.Repository?.FullName, name);
                    break;
                case "PackageNames":
                    CollectionAssert.AreEqual(Strings(value.Value), application.PackageNameCandidates.ToList(), name);
                    break;
                case "AdditionalInformation":
                    Assert.AreEqual(value.Value.GetString(), application.ValueOf(ApplicationField.AdditionalInformation), name);
                    break;
                case "DescriptionContains":
                    Assert.Contains(value.Value.GetString()!, application.ValueOf(ApplicationField.Description) ?? string.Empty, name);
                    break;
                case "BuildAndTestContains":
                    Assert.Contains(value.Value.GetString()!, application.ValueOf(ApplicationField.BuildAndTest) ?? string.Empty, name);
                    break;
                case "SetApartAsNote":
                    Assert.IsFalse(application.Answers.Any(a => a?.Value?.Contains(value.Value.GetString()!, StringComparison.Ordinal) == true), name);
                    break;
                default:
                    Assert.Fail($"{name}.expected.json: unknown value '{value.Name}'.");
                    break;
            }
        }
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
