using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Tests.Runtime;

/// <summary>Text from GitHub printed through any of the runtime's calls never becomes a command the runner obeys.</summary>
[TestClass]
public sealed class HostileOutputTests
{
    private const string Marker = "PWNED";

    private static void PrintEverywhere(ActionsRuntime runtime, string text)
    {
        runtime.Info($"#7 {text}: complete");
        runtime.Debug(text);
        runtime.Notice(text, new AnnotationProperties(text, text));
        runtime.Warning(text);
        runtime.Error(text);
    }

    [TestMethod]
    public void A_hostile_title_through_every_call_in_actions_is_never_obeyed()
    {
        using var files = new RunnerFiles();
        var stdout = new StringWriter();
        var runtime = new ActionsRuntime(files.Environment, stdout);

        PrintEverywhere(runtime, RunnerReading.HostileTitle);

        var output = stdout.ToString();
        StringAssert.Contains(output, Marker, "the title was printed");
        RunnerReading.AssertObeysNothingHostile(output, Marker, "debug", "notice", "warning", "error");
        Assert.HasCount(4, RunnerReading.Commands(output), "only the own commands of the four calls that write one: " + output);
    }

    [TestMethod]
    public void A_hostile_title_outside_actions_prints_no_command_at_all()
    {
        var stdout = new StringWriter();
        var runtime = new ActionsRuntime(new Dictionary<string, string?> { ["RUNNER_DEBUG"] = "1" }, stdout);

        PrintEverywhere(runtime, RunnerReading.HostileTitle);

        RunnerReading.AssertObeysNothingHostile(stdout.ToString(), Marker);
    }

    [TestMethod]
    [DataRow("::error::x", "%3A:error::x")]
    [DataRow("  ::add-mask::x", "  %3A:add-mask::x")]
    [DataRow("a\n::warning::x", "a\n%3A:warning::x")]
    [DataRow("ok ##[error]x", "ok ##%5Berror]x")]
    [DataRow("nul\0 esc\u001b bel\a cr\r del\u007f", "nul\\u0000 esc\\u001B bel\\u0007 cr\\u000D del\\u007F")]
    [DataRow("tab\tand: colons :: mid-line", "tab\tand: colons :: mid-line")]
    public void Log_text_is_neutralised_line_by_line(string text, string expected) =>
        Assert.AreEqual(expected, WorkflowCommand.Neutralise(text));

    [TestMethod]
    public void Command_data_keeps_the_toolkit_escapes_and_writes_other_controls_as_code_points() =>
        Assert.AreEqual("::warning::a%0A::error::b \\u001B[31m \\u0000", WorkflowCommand.Format("warning", "a\n::error::b \u001b[31m \0"));
}
