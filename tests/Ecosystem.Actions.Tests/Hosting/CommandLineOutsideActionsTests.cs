using Ecosystem.Actions.Tests.EndToEnd;
using Ecosystem.Actions.Tests.Runtime;

namespace Ecosystem.Actions.Tests.Hosting;

/// <summary>The program run by hand or by a runner that is not GitHub's: each case with its exit code.</summary>
[TestClass]
public sealed class CommandLineOutsideActionsTests
{
    [TestMethod]
    public async Task Outputs_without_a_summary_file_print_the_summary_and_exit_0()
    {
        using var files = new RunnerFiles();
        files.Environment.Remove("GITHUB_STEP_SUMMARY");
        var run = new HostRun();
        foreach (var (name, value) in files.Environment)
        {
            run.Environment[name] = value;
        }

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"));

        Assert.AreEqual(0, exitCode, run.Stdout.ToString());
        StringAssert.Contains(run.Stdout.ToString(), "== Summary ==");
        Assert.DoesNotContain("::error::", run.Stdout.ToString());
        StringAssert.Contains(files.Read("OUTPUT"), "valid<<", "The outputs still go to the runner's file.");
    }

    [TestMethod]
    public async Task Offline_validate_outside_a_checkout_uses_the_bundled_form_with_a_notice()
    {
        // An empty workspace: no .github/ISSUE_TEMPLATE/application.yml.
        var run = new HostRun();

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"));

        Assert.AreEqual(0, exitCode, run.Stdout.ToString() + run.Stderr);
        StringAssert.Contains(run.StdoutLines[0], "notice: validate: no application form at .github/ISSUE_TEMPLATE/application.yml");
        StringAssert.Contains(run.StdoutLines[0], "bundled in the program");
        CollectionAssert.Contains(run.StdoutLines.ToList(), "output valid = true");
    }

    [TestMethod]
    public async Task Offline_validate_with_a_folder_where_the_form_goes_names_the_folder_not_no_form()
    {
        // The notice would say there is no form where a folder is, and check against another form than the one meant.
        var run = new HostRun();
        Directory.CreateDirectory(Path.Combine(run.Workspace, ".github", "ISSUE_TEMPLATE", "application.yml"));

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"));

        Assert.AreEqual(2, exitCode, run.Stdout.ToString() + run.Stderr);
        StringAssert.Contains(run.Stdout.ToString(), "The application form .github/ISSUE_TEMPLATE/application.yml (application.template) is a folder; name the file.");
        Assert.DoesNotContain("bundled", run.Stdout.ToString());
    }

    [TestMethod]
    public async Task A_form_named_with_template_is_never_replaced_by_the_bundled_one()
    {
        var run = new HostRun();

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"), "--template", "forms/missing.yml");

        Assert.AreEqual(2, exitCode, run.Stdout.ToString());
        StringAssert.Contains(run.Stdout.ToString(), "forms/missing.yml (--template) does not exist (looked for ");
    }

    [TestMethod]
    public async Task Offline_validate_reads_no_event()
    {
        var (run, _) = WithMalformedEvent();

        var exitCode = await run.RunDefaultAsync("validate", "--body-file", World.BodyPath("complete"));

        Assert.AreEqual(0, exitCode, run.Stdout.ToString());
        CollectionAssert.Contains(run.StdoutLines.ToList(), "output valid = true");
    }

    [TestMethod]
    public async Task A_malformed_event_file_is_a_usage_error_naming_the_file()
    {
        var (run, eventPath) = WithMalformedEvent();

        var exitCode = await run.RunDefaultAsync("tally", "--dry-run");

        Assert.AreEqual(2, exitCode, run.Stdout.ToString());
        StringAssert.Contains(run.Stdout.ToString(), $"The event payload in {eventPath} (GITHUB_EVENT_PATH) is not valid JSON");
    }

    /// <summary>A run whose <c>issues</c> event file is cut off in the middle of its JSON.</summary>
    private static (HostRun Run, string EventPath) WithMalformedEvent()
    {
        var run = new HostRun();
        var eventPath = Path.Combine(run.Workspace, "event.json");
        File.WriteAllText(eventPath, "{\"issue\": ");
        run.Environment["GITHUB_EVENT_NAME"] = "issues";
        run.Environment["GITHUB_EVENT_PATH"] = eventPath;
        run.Environment["GITHUB_REPOSITORY"] = "pytorch-fdn/ecosystem";
        return (run, eventPath);
    }
}
