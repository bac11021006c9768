using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>
/// Holds the reader to GitHub's own parser (@github/issue-parser 2.0.0, run by
/// tests/tooling/issue-parser-diff.mjs): every field GitHub's parser assigns, ours assigns the same
/// value (whitespace aside). Two differences are by design: ours sets hand-written "Update" notes apart
/// where GitHub's parser glues them onto the last answer, and ours drops the HTML comments GitHub's parser
/// keeps but GitHub does not show (so GitHub's value is compared as shown; the reader tests hold what is dropped).
/// </summary>
[TestClass]
public sealed class IssueParserDifferentialTests
{
    private static readonly Dictionary<string, ApplicationField> Ids = new(StringComparer.Ordinal)
    {
        ["contact_emails"] = ApplicationField.ContactEmails,
        ["summary"] = ApplicationField.Summary,
        ["description"] = ApplicationField.Description,
        ["similar_projects"] = ApplicationField.SimilarProjects,
        ["repository_url"] = ApplicationField.RepositoryUrl,
        ["additional_repositories"] = ApplicationField.AdditionalRepositories,
        ["license"] = ApplicationField.License,
        ["maintainers"] = ApplicationField.Maintainers,
        ["backing_entity"] = ApplicationField.BackingEntity,
        ["website"] = ApplicationField.Website,
        ["documentation"] = ApplicationField.Documentation,
        ["build_and_test"] = ApplicationField.BuildAndTest,
        ["pytorch_version"] = ApplicationField.PyTorchVersion,
        ["pytorch_components"] = ApplicationField.PyTorchComponents,
        ["maintenance_period"] = ApplicationField.MaintenancePeriod,
        ["additional_information"] = ApplicationField.AdditionalInformation,
    };

    private static string TemplateWithIds => Path.Combine(IntakeFixtures.TestsDirectory, "application.with-ids.yml");

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Template_copy_with_ids_has_the_shipped_labels_and_our_field_ids()
    {
        var copy = ApplicationForm.Parse(File.ReadAllText(TemplateWithIds), TemplateWithIds);
        var ids = File.ReadAllLines(TemplateWithIds).Where(l => l.StartsWith("  id: ", StringComparison.Ordinal)).Select(l => l[6..].Trim()).ToList();

        CollectionAssert.AreEqual(IntakeFixtures.Form.Fields.Select(f => f.Label).ToList(), copy.Fields.Select(f => f.Label).ToList());
        CollectionAssert.AreEqual(copy.Fields.Select(f => f.Field).ToList(), ids.Select(id => Ids[id]).ToList());
    }

    [TestMethod]
    public void Every_field_githubs_parser_assigns_we_assign_the_same()
    {
        var theirs = RunGitHubParser();
        var assessor = IntakeFixtures.Assessor();
        var mismatches = new List<string>();
        var weFoundMore = new List<string>();

        foreach (var name in IntakeFixtures.CorpusNames())
        {
            Assert.IsTrue(theirs.TryGetValue(name, out var fields), $"the node script did not parse {name}.md");
            var ours = assessor.Read(IntakeFixtures.Issue(IntakeFixtures.Body(name)));
            var lost = Enum.GetValues<ApplicationField>()
                .Where(field => ours.ValueOf(field) is not null && !fields.Keys.Any(id => Ids[id] == field))
                .Select(field => field.ToString())
                .ToList();
            if (lost.Count > 0)
            {
                weFoundMore.Add($"{name}: {string.Join(", ", lost)}");
            }

            foreach (var (id, value) in fields)
            {
                var field = Ids[id];
                var mine = Squash(ours.ValueOf(field));
                var github = Squash(ShownText.WithoutHtmlComments(value));

                // GitHub's parser glues a heading it does not know onto the answer before it. Where we
                // recognised that heading (a renamed field) or set it apart (an "Update" note, which no answer of
                // ours holds), our answer is GitHub's up to that heading.
                var weSplitWhereGitHubGlued = GluedOn(mine, github)
                    && (lost.Count > 0 || !ours.Answers.Any(a => Squash(a?.Value).Contains(github[mine.Length..], StringComparison.Ordinal)));
                if (mine != github && !weSplitWhereGitHubGlued)
                {
                    mismatches.Add($"{name}: {field}: ours \"{Cut(ours.ValueOf(field))}\" vs GitHub's \"{Cut(value)}\"");
                }
            }
        }

        TestContext.WriteLine("Bodies where we find fields GitHub's parser loses:\n" + string.Join("\n", weFoundMore));
        Assert.IsEmpty(mismatches, string.Join("\n", mismatches));
        CollectionAssert.Contains(weFoundMore.Select(w => w.Split(':')[0]).ToList(), "hand-edited-headings", "fuzzy heading matching should beat exact matching somewhere");
    }

    private static bool GluedOn(string mine, string github)
    {
        if (!github.StartsWith(mine, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = github[mine.Length..];
        if (mine.Length == 0 && rest.StartsWith("_No", StringComparison.Ordinal))
        {
            rest = rest.StartsWith("_Noresponse_", StringComparison.Ordinal) ? rest["_Noresponse_".Length..] : rest;
        }

        return rest.StartsWith("###", StringComparison.Ordinal) || rest.StartsWith("---", StringComparison.Ordinal);
    }

    private static string Squash(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Cut(string? text) => text is null ? "(none)" : text.Length <= 120 ? text : text[..120] + "…";

    private static Dictionary<string, Dictionary<string, string>> RunGitHubParser()
    {
        var tooling = Path.Combine(IntakeFixtures.RepositoryRoot, "tests", "tooling");
        if (!Directory.Exists(Path.Combine(tooling, "node_modules", "@github", "issue-parser")))
        {
            Assert.Fail("tests/tooling/node_modules is missing: run npm ci --prefix tests/tooling");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tooling,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(tooling, "issue-parser-diff.mjs"));
        start.ArgumentList.Add(TemplateWithIds);
        start.ArgumentList.Add(IntakeFixtures.BodiesDirectory);

        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stderr = node.StandardError.ReadToEndAsync();
        var stdout = node.StandardOutput.ReadToEnd();
        Assert.IsTrue(node.WaitForExit(60_000), "node did not finish within 60 s");
        Assert.AreEqual(0, node.ExitCode, "issue-parser-diff.mjs failed: " + stderr.Result);
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stdout)
            ?? throw new InvalidOperationException("issue-parser-diff.mjs printed no JSON");
    }
}
