using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>
/// The comment texts against golden files in Golden/. To accept a wording change, run the tests
/// with UPDATE_GOLDEN=1 and review the diff of the golden files (see GoldenFile).
/// </summary>
[TestClass]
public sealed class IntakeReportCommentTests
{
    private const char WordJoiner = '\u2060';

    public static IEnumerable<object[]> Cases =>
    [
        ["complete-offline", "complete", "offline"],
        ["complete-with-facts", "complete", "healthy"],
        ["complete-requirements-not-met", "complete", "short"],
        ["complete-requirements-not-met-offline", "license-agpl", "offline"],
        ["complete-on-gitlab", "gitlab-url", "offline"],
        ["complete-website-without-scheme", "website-without-scheme", "offline"],
        ["incomplete-untouched-template", "untouched-template", "offline"],
        ["incomplete-with-problems", "missing-contact-emails", "troubled"],
        ["complete-renamed-heading-read-by-place", "renamed-beyond-recognition", "offline"],
        ["incomplete-maintainer-names", "maintainers-names-only", "offline"],
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
    public void Each_headline_state_has_its_own_words_and_emoji()
    {
        StringAssert.StartsWith(Headline(Render("complete", "healthy")), "✅ **Complete.**");
        StringAssert.StartsWith(Headline(Render("complete", "short")), "⚠️ **Complete, with 2 requirements not met:** requirement 7 (Permissive licence), requirement 14");
        StringAssert.StartsWith(
            Headline(Render("missing-contact-emails", "troubled")), "❌ **Incomplete: 1 question to fix before review:** “Contact emails”.");
    }

    [TestMethod]
    public void Suggested_heading_is_a_code_span_without_invisible_characters()
    {
        var comment = Render("missing-repo-url", "offline");

        var line = comment.Split('\n').Single(l => l.Contains("**Project repo URL**", StringComparison.Ordinal));
        Assert.EndsWith(" `### Project repo URL`", line);
        Assert.IsFalse(CodeSpans(comment).Any(span => span.Contains(WordJoiner, StringComparison.Ordinal)), "a copied heading must be exactly the heading");
    }

    [TestMethod]
    public void Heading_copied_from_the_report_into_the_body_makes_the_next_run_find_the_question()
    {
        foreach (var name in new[] { "missing-repo-url", "missing-maintainers", "missing-build-and-test", "missing-similar-projects" })
        {
            var assessor = IntakeFixtures.Assessor();
            var body = IntakeFixtures.Body(name);
            var first = assessor.Assess(assessor.Read(IntakeFixtures.Issue(body)), IntakeFacts.Offline);
            var comment = IntakeFixtures.Assessor().Render(first);
            var copied = CodeSpans(comment).Single(s => s.StartsWith("###", StringComparison.Ordinal));
            var answer = name switch
            {
                "missing-repo-url" => "https://github.com/torchrender/torchrender",
                "missing-maintainers" => "@janedoe, @rajpatel",
                _ => "An answer written after reading the report, long enough to be an answer.",
            };

            var fixedBody = body.TrimEnd('\n') + "\n\n" + copied + "\n\n" + answer + "\n";
            var second = assessor.Assess(assessor.Read(IntakeFixtures.Issue(fixedBody)), IntakeFacts.Offline);

            Assert.AreEqual(IntakeVerdict.Incomplete, first.Verdict, name);
            Assert.AreEqual(IntakeVerdict.Complete, second.Verdict, $"{name}: {second.ProblemList().ToJsonString()}");
        }
    }

    [TestMethod]
    public void Lost_form_lists_every_required_question_by_its_label_in_a_block_to_copy()
    {
        var comment = Render("empty-body", "offline");

        foreach (var field in IntakeFixtures.Form.Fields)
        {
            Assert.AreEqual(field.Required, comment.Contains("\n### " + field.Label + "\n", StringComparison.Ordinal), field.Label);
        }

        Assert.DoesNotContain(WordJoiner.ToString(), comment);
    }

    [TestMethod]
    public void Website_written_without_a_scheme_is_shown_with_https()
    {
        var comment = Render("website-without-scheme", "offline");

        Assert.Contains("- **Website URL**: https://torchrender.example.org\n", comment);
        Assert.Contains("- **Documentation**: https://torchrender.example.org/docs\n", comment);
    }

    [TestMethod]
    public void Repository_link_shown_is_the_repository_checked()
    {
        var comment = RenderTitleAndBody(
            "### Contact emails\n\na@b.org\n\n### Project repo URL\n\nhttps://github.com/org, main: https://github.com/org/repo\n");

        Assert.Contains("- **Project repo URL**: https://github.com/org/repo\n", comment);
    }

    [TestMethod]
    [DataRow("https://torchrender.github.io/docs/#/quickstart", "https://torchrender.github.io/docs/#/quickstart")]
    [DataRow("https://medium.com/@torchrender/introducing-torchrender", "https://medium.com/%40torchrender/introducing-torchrender")]
    public void Link_whose_address_holds_a_fragment_or_an_at_sign_opens_that_address(string address, string target)
    {
        // The word joiner that keeps '#' and '@' from linking an issue or pinging is kept in an autolink's address.
        var comment = RenderTitleAndBody($"### Contact emails\n\na@b.org\n\n### Documentation\n\n{address}\n");

        Assert.Contains($"- **Documentation**: [{MarkdownText.TableCell(address)}](<{target}>)\n", comment);
    }

    [TestMethod]
    public void Rendering_twice_gives_the_identical_comment()
    {
        Assert.AreEqual(Render("missing-contact-emails", "troubled"), Render("missing-contact-emails", "troubled"));
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

        var comment = IntakeFixtures.Assessor().Render(report);

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
    public void Body_with_hundreds_of_headings_that_are_no_questions_gets_a_report_GitHub_accepts()
    {
        // A pasted README under "Additional information": 600 sub-headings fit in a body (GitHub's limit is 65,536
        // characters too), each a warning; the report keeps every question to fix and counts the lines it leaves out
        // (600 headings and the earlier applications not searched offline, less the 50 listed).
        var pasted = string.Concat(Enumerable.Range(1, 600).Select(i => $"### Step {i}\n\nRun it.\n\n"));
        var body = IntakeFixtures.Body("complete")
            .Replace("jane.doe@example.org, raj.patel@lab.example.edu", "TBA", StringComparison.Ordinal)
            .Replace("### Additional information\n\n_No response_", "### Additional information\n\n" + pasted, StringComparison.Ordinal);
        Assert.IsLessThan(65_536, body.Length);
        var assessor = IntakeFixtures.Assessor();
        var issue = IntakeFixtures.Issue(body);

        var comment = assessor.Plan(issue, assessor.Assess(assessor.Read(issue), IntakeFacts.Offline)).Comments.Single().Body;

        Assert.IsLessThanOrEqualTo(60_000, comment.Length);
        Assert.Contains("- ❌ **Contact emails**: \"Contact emails\" is answered with \"TBA\"", comment);
        Assert.Contains("The heading \"Step 1\" (line", comment);
        Assert.Contains("- … and 551 more ⚠️/➖ lines, not listed", comment);
    }

    [TestMethod]
    public void Not_an_application_has_no_comment()
    {
        var report = new IntakeReport(5, IntakeVerdict.NotAnApplication, [], []);

        Assert.ThrowsExactly<InvalidOperationException>(() => IntakeFixtures.Assessor().Render(report));
    }

    private static string Headline(string comment) => comment.Split('\n')[2];

    /// <summary>The text of every code span, as a reader copying it gets it.</summary>
    private static List<string> CodeSpans(string comment)
    {
        var spans = new List<string>();
        foreach (var line in comment.Split('\n'))
        {
            var parts = line.Split('`');
            for (var i = 1; i < parts.Length - 1; i += 2)
            {
                spans.Add(parts[i]);
            }
        }

        return spans;
    }

    private static string RenderTitleAndBody(string body)
    {
        var assessor = IntakeFixtures.Assessor();
        var issue = IntakeFixtures.Issue(body);
        return IntakeFixtures.Assessor().Render(assessor.Assess(assessor.Read(issue), IntakeFacts.Offline));
    }

    private static string Render(string body, string facts)
    {
        var assessor = IntakeFixtures.Assessor();
        var issue = IntakeFixtures.Issue(IntakeFixtures.Body(body), body == "untouched-template" ? "[Ecosystem] <Project Name>?assignees=&labels=New" : "[Ecosystem] TorchRender");
        var gathered = facts switch
        {
            "healthy" => RepositoryChecksTests.HealthyFacts,
            "short" => RepositoryChecksTests.HealthyFacts with
            {
                Repository = RepositoryChecksTests.HealthyRepository with { Stars = 12, LicenseSpdxId = "GPL-3.0" },
            },
            "troubled" => RepositoryChecksTests.HealthyFacts with
            {
                Repository = RepositoryChecksTests.HealthyRepository with
                {
                    Stars = 12, CommitsInWindow = 4, ActiveContributorLogins = ["janedoe"], LicenseSpdxId = "GPL-3.0", IsFork = true,
                    DotGithubEntries = [], WorkflowEntries = [], CodeownersText = null,
                },
                Packages = new PackageFacts([new(PackageIndex.PyPI, "torchrender", false)]),
                PriorApplications = [new(IntakeFixtures.Issue("body", number: 40))],
            },
            _ => IntakeFacts.Offline,
        };
        IssuePlan plan = assessor.Plan(issue, assessor.Assess(assessor.Read(issue), gathered));
        return plan.Comments.Single().Body;
    }
}
