using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Tests.Runtime;

[TestClass]
public sealed class LoggingTests
{
    private static (ActionsRuntime Runtime, StringWriter Stdout, RunnerFiles Files) InActions(params (string Name, string Value)[] extra)
    {
        var files = new RunnerFiles();
        foreach (var (name, value) in extra)
        {
            files.Environment[name] = value;
        }

        var stdout = new StringWriter();
        return (new ActionsRuntime(files.Environment, stdout), stdout, files);
    }

    [TestMethod]
    public void Annotations_carry_the_toolkit_properties_in_order()
    {
        var (runtime, stdout, files) = InActions();
        using var _ = files;
        var where = new AnnotationProperties("A title", "root/test.txt");

        runtime.Error("this is my error message", where);
        runtime.Warning("this is my error message", where);
        runtime.Notice("this is my error message", where);

        Assert.AreEqual(
            "::error title=A title,file=root/test.txt::this is my error message\n" +
            "::warning title=A title,file=root/test.txt::this is my error message\n" +
            "::notice title=A title,file=root/test.txt::this is my error message\n",
            stdout.ToString());
    }

    [TestMethod]
    public void Messages_are_escaped()
    {
        var (runtime, stdout, files) = InActions();
        using var _ = files;

        runtime.Warning("\r\nwarning\n");
        runtime.Debug("\r\ndebug\n");

        Assert.AreEqual("::warning::%0D%0Awarning%0A\n::debug::%0D%0Adebug%0A\n", stdout.ToString());
    }

    [TestMethod]
    public void Secret_is_announced_once_and_masked_in_later_lines()
    {
        var (runtime, stdout, files) = InActions();
        using var _ = files;

        runtime.SetSecret("ghs_secret");
        runtime.SetSecret("ghs_secret");
        runtime.Info("token is ghs_secret");
        runtime.Error("failed with ghs_secret, title", new AnnotationProperties(Title: "ghs_secret"));

        Assert.AreEqual("::add-mask::ghs_secret\ntoken is ***\n::error title=***::failed with ***, title\n", stdout.ToString());
    }

    [TestMethod]
    public void Longer_secret_is_masked_whole_before_a_shorter_one_inside_it()
    {
        var runtime = new ActionsRuntime(new Dictionary<string, string?>(), new StringWriter());
        runtime.SetSecret("abc");
        runtime.SetSecret("xxabcxx");

        Assert.AreEqual("*** and ***", runtime.Printable("xxabcxx and abc"));
    }

    [TestMethod]
    public void Empty_secret_is_not_registered()
    {
        var (runtime, stdout, files) = InActions();
        using var _ = files;

        runtime.SetSecret(string.Empty);
        runtime.SetSecret("  ");
        runtime.Info("a b");

        Assert.AreEqual("a b\n", stdout.ToString());
    }

    [TestMethod]
    public void Outside_actions_annotations_are_plain_lines_and_masks_are_silent()
    {
        var stdout = new StringWriter();
        var runtime = new ActionsRuntime(new Dictionary<string, string?>(), stdout);

        runtime.SetSecret("ghp_local");
        runtime.Notice("three applications scheduled");
        runtime.Warning("no session date; using ghp_local");
        runtime.Error("body is empty", new AnnotationProperties(File: "bodies/empty.md"));
        runtime.Debug("not shown without RUNNER_DEBUG");

        Assert.AreEqual(
            "notice: three applications scheduled\nwarning: no session date; using ***\nerror: bodies/empty.md: body is empty\n",
            stdout.ToString());
    }

    [TestMethod]
    public void Outside_actions_debug_lines_show_with_runner_debug()
    {
        var stdout = new StringWriter();
        var runtime = new ActionsRuntime(new Dictionary<string, string?> { ["RUNNER_DEBUG"] = "1" }, stdout);

        runtime.Debug("details");

        Assert.IsTrue(runtime.IsDebug);
        Assert.AreEqual("debug: details\n", stdout.ToString());
    }
}
