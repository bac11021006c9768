using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Tests.Runtime;

[TestClass]
public sealed class StepSummaryTests
{
    [TestMethod]
    public void Summary_is_appended_to_the_step_summary_file()
    {
        using var files = new RunnerFiles();
        File.WriteAllText(files.Environment["GITHUB_STEP_SUMMARY"]!, "earlier step\n");
        var runtime = new ActionsRuntime(files.Environment, new StringWriter());

        runtime.Summary.AddMarkdown("## Tally\n").AddMarkdown("- 3 approve\n- 1 decline\n").AddMarkdown("Approved.").Write();
        runtime.Summary.Write();

        Assert.AreEqual("earlier step\n## Tally\n\n- 3 approve\n- 1 decline\n\nApproved.\n", files.Read("STEP_SUMMARY"), "written once, the buffer emptied");
    }

    [TestMethod]
    public void Outside_actions_summary_is_printed_under_a_heading()
    {
        var stdout = new StringWriter();
        var runtime = new ActionsRuntime(new Dictionary<string, string?>(), stdout);

        runtime.Summary.AddMarkdown("# Intake\n").AddMarkdown("1. #12 complete").Write();

        Assert.AreEqual("== Summary ==\n# Intake\n\n1. #12 complete\n", stdout.ToString());
    }

    [TestMethod]
    public void With_outputs_but_no_summary_file_the_summary_is_printed()
    {
        // A local runner (act, a hand-set GITHUB_OUTPUT) may give outputs without a summary file: not a failure.
        using var files = new RunnerFiles();
        files.Environment.Remove("GITHUB_STEP_SUMMARY");
        var stdout = new StringWriter();
        var runtime = new ActionsRuntime(files.Environment, stdout);

        runtime.Summary.AddMarkdown("Approved.").Write();

        Assert.AreEqual("== Summary ==\nApproved.\n", stdout.ToString());
    }
}
