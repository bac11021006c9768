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
        StringAssert.Contains(run.Stderr.ToString(), "--body-file (input 'body-file'): cannot read no/such/body.md");
    }

    [TestMethod]
    public async Task Form_that_is_not_an_issue_form_is_reported_with_its_file_and_exit_2()
    {
        var run = Offline();
        run.WithFile("form.yml", "name: broken\n");

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"), "--template", Path.Combine(run.Workspace, "form.yml"));

        Assert.AreEqual(2, exitCode);
        StringAssert.Contains(run.Stdout.ToString(), "The application form is not usable (--template)");
        StringAssert.Contains(run.Stdout.ToString(), "has no 'body' list of fields");
    }
}
