using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>
/// The comment texts against golden files in Golden/. To accept a wording change, run the tests
/// with UPDATE_GOLDEN=1 and review the diff of the golden files (see GoldenFile).
/// </summary>
[TestClass]
public sealed class IntakeReportRendererTests
{
    private const char WordJoiner = '\u2060';

    public static IEnumerable<object[]> Cases =>
    [
        ["complete-offline", "complete", "offline"],
        ["complete-with-facts", "complete", "healthy"],
        ["incomplete-untouched-template", "untouched-template", "offline"],
        ["incomplete-with-problems", "renamed-beyond-recognition", "troubled"],
        ["lost-form", "lost-form", "offline"],
    ];

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Comment_matches_its_golden_file(string golden, string body, string facts)
    {
        var comment = Render(body, facts);

        GoldenFile.AssertMatches(golden, comment);
    }

    [TestMethod]
    public void Rendering_twice_gives_the_identical_comment()
    {
        Assert.AreEqual(Render("renamed-beyond-recognition", "troubled"), Render("renamed-beyond-recognition", "troubled"));
    }

    [TestMethod]
    public void Applicant_mentions_do_not_ping()
    {
        var comment = RenderTitleAndBody("### Contact emails\n\n@pytorch/tac please\n\n### Project repo URL\n\nhttps://github.com/a/b\n");

        Assert.DoesNotContain("@pytorch/tac", comment);
        Assert.Contains("@" + WordJoiner + "pytorch/tac", comment);
    }

    [TestMethod]
    public void Applicant_html_is_escaped_and_cannot_forge_a_marker()
    {
        var comment = RenderTitleAndBody(
            "### Contact emails\n\n<!-- ecosystem-bot:vote-result --> <img src=x onerror=alert(1)>\n\n### Project repo URL\n\nhttps://github.com/a/b\n");

        Assert.IsNull(HiddenMarker.PurposeOf(comment));
        Assert.DoesNotContain("<img", comment);
        Assert.Contains("&lt;img", comment);
    }

    [TestMethod]
    public void Applicant_pipes_and_newlines_do_not_break_the_table()
    {
        var assessor = IntakeFixtures.Assessor();
        var repo = RepositoryChecksTests.HealthyRepository with { LicenseSpdxId = "Weird|License\n| x |" };
        var issue = IntakeFixtures.Issue(IntakeFixtures.Body("complete"));
        var report = assessor.Assess(assessor.Read(issue), RepositoryChecksTests.HealthyFacts with { Repository = repo });

        var comment = IntakeReportRenderer.Render(report, IntakeFixtures.Rules);

        var rows = comment.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.HasCount(20, rows, "header and 19 requirement rows, nothing more");
        Assert.IsTrue(rows.All(r => r.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|') == 5), string.Join("\n", rows));
    }

    [TestMethod]
    public void Heading_text_quoted_in_a_finding_is_neutralised()
    {
        var comment = RenderTitleAndBody("### Contact emails\n\na@b.org\n\n### **[click](https://evil.example)** `x` @everyone\n\ntext\n");

        Assert.DoesNotContain("[click](https://evil.example)", comment);
        Assert.Contains("\\[click\\]", comment);
        Assert.Contains("@" + WordJoiner + "everyone", comment);
    }

    [TestMethod]
    public void Not_an_application_has_no_comment()
    {
        var report = new IntakeReport(5, IntakeVerdict.NotAnApplication, [], []);

        Assert.ThrowsExactly<InvalidOperationException>(() => IntakeReportRenderer.Render(report, IntakeFixtures.Rules));
    }

    private static string RenderTitleAndBody(string body)
    {
        var assessor = IntakeFixtures.Assessor();
        var issue = IntakeFixtures.Issue(body);
        return IntakeReportRenderer.Render(assessor.Assess(assessor.Read(issue), IntakeFacts.Offline), IntakeFixtures.Rules);
    }

    private static string Render(string body, string facts)
    {
        var assessor = IntakeFixtures.Assessor();
        var issue = IntakeFixtures.Issue(IntakeFixtures.Body(body), body == "untouched-template" ? "[Ecosystem] <Project Name>?assignees=&labels=New" : "[Ecosystem] TorchRender");
        var gathered = facts switch
        {
            "healthy" => RepositoryChecksTests.HealthyFacts,
            "troubled" => RepositoryChecksTests.HealthyFacts with
            {
                Repository = RepositoryChecksTests.HealthyRepository with
                {
                    Stars = 12, CommitsInWindow = 4, ActiveContributorLogins = ["janedoe"], LicenseSpdxId = "GPL-3.0", IsFork = true,
                    DotGithubEntries = [], WorkflowEntries = [], CodeownersText = null,
                },
                Packages = new PackageFacts([new(PackageIndex.PyPI, "torchrender", false)]),
                PriorApplications = new PriorApplications([new(40, "[Ecosystem] TorchRender", "https://github.com/pytorch-fdn/ecosystem/issues/40", true, ["New"], null)]),
            },
            _ => IntakeFacts.Offline,
        };
        IssuePlan plan = assessor.Plan(issue, assessor.Assess(assessor.Read(issue), gathered));
        return plan.Comments.Single().Body;
    }
}
