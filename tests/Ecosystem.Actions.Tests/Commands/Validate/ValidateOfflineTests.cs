using System.Text.Json.Nodes;
using Ecosystem.Actions.Commands;
using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Actions.Tests.Hosting;

namespace Ecosystem.Actions.Tests.Commands.Validate;

/// <summary><c>validate --body-file</c>: the README's first command, with no token, no event and no network.</summary>
[TestClass]
public sealed class ValidateOfflineTests
{
    private static HostRun Offline()
    {
        var run = new HostRun
        {
            // Any HTTP request fails the test.
            HttpMessageHandlerFactory = () => throw new AssertFailedException("validate --body-file made an HTTP request."),
        };
        run.WithFile(World.FormPath, World.Form);
        return run;
    }

    [TestMethod]
    public void Preparation_checks_its_specimen_against_the_bundled_form_without_failing()
    {
        // The program swallows a failure here, so a specimen the bundled form no longer fits would only make every
        // start slower, silently; this test is where it shows.
        new ValidateCommand().Prepare();
    }

    [TestMethod]
    public async Task Complete_body_prints_the_report_and_exits_0_with_valid_true()
    {
        var run = Offline();

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"));

        Assert.AreEqual(0, exitCode, run.Stdout.ToString() + run.Stderr);
        var stdout = run.Stdout.ToString();
        CollectionAssert.Contains(run.StdoutLines.ToList(), "output valid = true");
        CollectionAssert.Contains(run.StdoutLines.ToList(), "output problems = []");
        StringAssert.Contains(stdout, "## Intake check");
        StringAssert.Contains(stdout, "✅ **Complete.**");
        StringAssert.Contains(stdout, "Not checked: repository facts were not gathered (offline run).");
        StringAssert.Contains(stdout, "(title \"[Ecosystem] torchrender\"): complete");
        Assert.AreEqual(string.Empty, run.Stderr.ToString());
    }

    [TestMethod]
    public async Task Incomplete_body_exits_0_with_valid_false_and_the_problems()
    {
        var run = Offline();

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("missing-contact-emails"));

        Assert.AreEqual(0, exitCode, run.Stdout.ToString());
        CollectionAssert.Contains(run.StdoutLines.ToList(), "output valid = false");
        StringAssert.Contains(run.Stdout.ToString(), "output problems = [{\"check\":\"form.required\",\"status\":\"fail\"");
        StringAssert.Contains(run.Stdout.ToString(), "Incomplete: 1 question to fix before review");
    }

    [TestMethod]
    public async Task Problems_of_a_body_of_thousands_of_headings_fit_in_what_GitHub_takes_of_a_jobs_outputs()
    {
        // A body within GitHub's 65,536 characters holds thousands of short headings that are not the form's questions,
        // each a warning: listed whole, they ran past the 1 MB (counted in UTF-16) GitHub takes of a job's outputs.
        var headings = string.Concat(Enumerable.Range(1, 5_000).Select(i => $"### S{i}\n"));
        var run = Offline().WithFile("huge.md", World.Body("missing-contact-emails") + headings);

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", "huge.md");

        Assert.AreEqual(0, exitCode, run.Stderr.ToString());
        var output = run.StdoutLines.Single(l => l.StartsWith("output problems = ", StringComparison.Ordinal))["output problems = ".Length..];
        Assert.IsLessThanOrEqualTo(400_000, output.Length);
        var problems = JsonNode.Parse(output)!.AsArray();
        Assert.HasCount(1, problems.Where(p => (string?)p!["status"] == "fail" && (string?)p["check"] == "form.required"));
        Assert.AreEqual("problems.not-listed", (string?)problems[^1]!["check"]);
        StringAssert.StartsWith((string?)problems[^1]!["message"], "4950 more warnings are not listed");
    }

    [TestMethod]
    public async Task Title_option_is_the_title_checked()
    {
        var run = Offline();

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"), "--title", "TorchRender");

        Assert.AreEqual(0, exitCode, run.Stdout.ToString());
        StringAssert.Contains(run.Stdout.ToString(), "The title does not start with \"\\[Ecosystem\\]\"");
    }

    [TestMethod]
    public async Task Template_option_names_another_form_file()
    {
        var run = Offline();
        File.Delete(Path.Combine(run.Workspace, ".github", "ISSUE_TEMPLATE", "application.yml"));
        var template = Path.Combine(ActionRun.RepositoryRoot(), ".github", "ISSUE_TEMPLATE", "application.yml");

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"), "--template", template);

        Assert.AreEqual(0, exitCode, run.Stdout.ToString());
        CollectionAssert.Contains(run.StdoutLines.ToList(), "output valid = true");
    }

    [TestMethod]
    public async Task Missing_body_file_is_a_usage_error_naming_it()
    {
        var run = Offline();

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", "no/such/body.md");

        Assert.AreEqual(2, exitCode);
        var fullPath = Path.Combine(run.Workspace, "no", "such", "body.md");
        StringAssert.Contains(run.Stderr.ToString(), $"--body-file (input 'body-file'): no/such/body.md does not exist (looked for {fullPath}).");
    }

    [TestMethod]
    public async Task A_folder_given_as_the_body_or_the_form_is_named_a_folder_not_a_file_without_access()
    {
        // .NET says 'Access to the path is denied' of a folder read as a file, which sends a person after permissions.
        var run = Offline();
        run.WithFile("bodies/complete.md", File.ReadAllText(World.BodyPath("complete")));

        Assert.AreEqual(2, await run.RunDefaultAsync("validate", "--body-file", "bodies"));
        StringAssert.Contains(run.Stderr.ToString(), "--body-file (input 'body-file'): bodies is a folder; name the file.");
        Assert.AreEqual(2, await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"), "--template", "bodies"));
        StringAssert.Contains(run.Stdout.ToString(), "The application form bodies (--template) is a folder; name the file.");
        Assert.DoesNotContain("denied", run.Stdout.ToString() + run.Stderr);
    }

    /// <summary>
    /// A file saved in a Windows code page (Latin-1) was read with replacement characters: a form's label `Nouveauté`
    /// reached GitHub as `Nouveaut\uFFFD`, and the run said nothing. It is refused, named, before anything is done.
    /// </summary>
    [TestMethod]
    public async Task A_body_or_form_that_is_not_UTF_8_is_named_and_exits_2()
    {
        var run = Offline();
        File.WriteAllBytes(Path.Combine(run.Workspace, "latin1.md"), [.. File.ReadAllBytes(World.BodyPath("complete")), .. "caf"u8.ToArray(), 0xE9]);
        File.WriteAllBytes(
            Path.Combine(run.Workspace, "latin1.yml"), [.. File.ReadAllBytes(Path.Combine(run.Workspace, World.FormPath)), 0xE9, 0x0A]);

        Assert.AreEqual(2, await run.RunDefaultAsync("validate", "--body-file", "latin1.md"));
        StringAssert.Contains(run.Stderr.ToString(), "--body-file (input 'body-file'): latin1.md is not UTF-8 text: save it as UTF-8.");
        Assert.AreEqual(2, await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"), "--template", "latin1.yml"));
        StringAssert.Contains(run.Stdout.ToString(), "The application form latin1.yml (--template) is not UTF-8 text: save it as UTF-8.");
    }

    [TestMethod]
    public async Task Form_that_is_not_an_issue_form_is_reported_with_its_file_and_exit_2()
    {
        var run = Offline();
        run.WithFile("form.yml", "name: broken\n");

        var exitCode = await run.RunDefaultAsync(
            "validate", "--body-file", World.BodyPath("complete"), "--template", Path.Combine(run.Workspace, "form.yml"));

        Assert.AreEqual(2, exitCode);
        StringAssert.Contains(run.Stdout.ToString(), "The application form is not usable (--template)");
        StringAssert.Contains(run.Stdout.ToString(), "has no 'body' list of fields");
    }
}
