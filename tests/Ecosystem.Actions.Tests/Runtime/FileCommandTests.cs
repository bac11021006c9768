using Ecosystem.Actions.Runtime;

namespace Ecosystem.Actions.Tests.Runtime;

[TestClass]
public sealed class FileCommandTests
{
    private const string Delimiter = "ghadelimiter_9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    [TestMethod]
    public void Multi_line_output_reads_back_exactly_as_the_runner_parses_it()
    {
        using var files = new RunnerFiles();
        var runtime = new ActionsRuntime(files.Environment, new StringWriter());
        const string report = "## Intake\n\n- [x] licence: MIT\nname=value looks like a pair\nEOF\n<<not a heredoc\n\nlast line";

        runtime.SetOutput("report", report);
        runtime.SetOutput("valid", true);
        runtime.SetOutput("empty", string.Empty);

        var outputs = RunnerFileCommandParser.Parse(files.Read("OUTPUT"));
        CollectionAssert.AreEqual(
            new[] { new KeyValuePair<string, string>("report", report), new("valid", "true"), new("empty", string.Empty) },
            outputs.ToArray());
    }

    [TestMethod]
    public void Output_is_written_in_the_toolkit_delimiter_form()
    {
        using var files = new RunnerFiles();
        var runtime = new ActionsRuntime(files.Environment, new StringWriter(), () => Delimiter);

        runtime.SetOutput("some output", "some value");

        Assert.AreEqual($"some output<<{Delimiter}\nsome value\n{Delimiter}\n", files.Read("OUTPUT"));
    }

    [TestMethod]
    public void Each_write_uses_a_fresh_random_delimiter()
    {
        using var files = new RunnerFiles();
        var runtime = new ActionsRuntime(files.Environment, new StringWriter());

        runtime.SetOutput("a", "1");
        runtime.SetOutput("b", "2");

        var delimiters = files.Read("OUTPUT").Split('\n').Where(line => line.Contains("<<")).Select(line => line[(line.IndexOf("<<") + 2)..]).ToList();
        Assert.HasCount(2, delimiters);
        Assert.AreNotEqual(delimiters[0], delimiters[1]);
        Assert.IsTrue(delimiters.All(delimiter => delimiter.StartsWith("ghadelimiter_") && Guid.TryParse(delimiter["ghadelimiter_".Length..], out _)));
    }

    [TestMethod]
    public void Booleans_are_lower_case_and_objects_json()
    {
        using var files = new RunnerFiles();
        var runtime = new ActionsRuntime(files.Environment, new StringWriter(), () => Delimiter);

        runtime.SetOutput("valid", false);
        runtime.SetOutput("count", 5);
        runtime.SetOutput("issues", new[] { 3, 7 });

        CollectionAssert.AreEqual(
            new[] { new KeyValuePair<string, string>("valid", "false"), new("count", "5"), new("issues", "[3,7]") },
            RunnerFileCommandParser.Parse(files.Read("OUTPUT")).ToArray());
    }

    [TestMethod]
    public void Value_containing_the_delimiter_is_refused()
    {
        using var files = new RunnerFiles();
        var runtime = new ActionsRuntime(files.Environment, new StringWriter(), () => Delimiter);

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => runtime.SetOutput("my var", $"good stuff {Delimiter} bad stuff"));

        Assert.AreEqual($"Unexpected input: value should not contain the delimiter \"{Delimiter}\"", error.Message);
        Assert.AreEqual(string.Empty, files.Read("OUTPUT"));
    }

    [TestMethod]
    public void Name_containing_the_delimiter_is_refused()
    {
        using var files = new RunnerFiles();
        var runtime = new ActionsRuntime(files.Environment, new StringWriter(), () => Delimiter);

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => runtime.SetOutput($"good stuff {Delimiter} bad stuff", "test"));

        Assert.AreEqual($"Unexpected input: name should not contain the delimiter \"{Delimiter}\"", error.Message);
    }

    [TestMethod]
    public void Missing_command_file_is_named()
    {
        using var files = new RunnerFiles();
        File.Delete(files.Environment["GITHUB_OUTPUT"]!);
        var runtime = new ActionsRuntime(files.Environment, new StringWriter());

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => runtime.SetOutput("s", "v"));

        StringAssert.Contains(error.Message, $"Missing file at path: {files.Environment["GITHUB_OUTPUT"]}");
    }

    [TestMethod]
    public void Outside_actions_outputs_are_printed_for_a_person()
    {
        var stdout = new StringWriter();
        var runtime = new ActionsRuntime(new Dictionary<string, string?>(), stdout);

        runtime.SetOutput("valid", true);
        runtime.SetOutput("count", 3);

        Assert.IsFalse(runtime.IsRunningInActions);
        Assert.AreEqual("output valid = true\noutput count = 3\n", stdout.ToString());
    }
}
