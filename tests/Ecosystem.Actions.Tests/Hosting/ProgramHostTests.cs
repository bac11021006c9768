using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Tests.Runtime;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Tests.Hosting;

[TestClass]
public sealed class ProgramHostTests
{
    [TestMethod]
    [DataRow("--help")]
    [DataRow("-h")]
    [DataRow("help")]
    public async Task Help_lists_every_command_with_its_summary(string flag)
    {
        var run = new HostRun();

        var exitCode = await run.RunDefaultAsync(flag);

        Assert.AreEqual(0, exitCode);
        foreach (var command in CommandCatalog.Default.Commands)
        {
            StringAssert.Contains(run.Stdout.ToString(), $"  {command.Name} ");
            StringAssert.Contains(run.Stdout.ToString(), command.Summary);
        }

        Assert.AreEqual(string.Empty, run.Stderr.ToString());
    }

    [TestMethod]
    public async Task Command_help_lists_its_options_and_the_shared_ones()
    {
        var run = new HostRun();

        Assert.AreEqual(0, await run.RunDefaultAsync("schedule", "--help"));
        Assert.AreEqual(0, await run.RunDefaultAsync("help", "schedule"));

        var help = run.Stdout.ToString();
        StringAssert.Contains(help, "Ecosystem.Actions schedule [options]");
        StringAssert.Contains(help, "--session-date <YYYY-MM-DD>");
        StringAssert.Contains(help, "--batch-size <N>");
        StringAssert.Contains(help, "--config <FILE>");
        StringAssert.Contains(help, "--dry-run");
        StringAssert.Contains(help, "--set <KEY.PATH=VALUE>");
    }

    [TestMethod]
    public async Task A_named_command_prepares_beside_the_run_and_an_unnamed_one_does_not()
    {
        var named = new RecordingCommand();
        named.PrepareGate.Reset();
        Assert.AreEqual(0, await new HostRun().RunAsync(named, "probe"));
        Assert.IsFalse(named.Prepared.Task.IsCompleted, "The run never waits for its preparation.");
        named.PrepareGate.Set();
        await named.Prepared.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var unnamed = new RecordingCommand();
        Assert.AreEqual(2, await new HostRun().RunAsync(unnamed, "--dry-run"));
        Assert.IsFalse(unnamed.Prepared.Task.IsCompleted, "Nothing named the command: nothing is prepared.");
    }

    [TestMethod]
    public async Task A_preparation_that_fails_leaves_the_run_and_the_process_alone()
    {
        // Preparation runs on a thread of its own, where an exception nobody catches would end the whole process.
        var command = new RecordingCommand { PrepareFailure = new InvalidOperationException("the bundled form is broken") };
        command.PrepareGate.Reset();
        var run = new HostRun();
        var exitCode = run.RunAsync(command, "probe");
        command.PrepareGate.Set();
        await command.Prepared.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.AreEqual(0, await exitCode);
        Assert.DoesNotContain("bundled form", run.Stdout.ToString() + run.Stderr.ToString());
    }

    [TestMethod]
    public async Task No_command_prints_usage_on_stderr_with_exit_2()
    {
        var run = new HostRun();

        Assert.AreEqual(2, await run.RunDefaultAsync());
        StringAssert.StartsWith(run.Stderr.ToString(), "error: No command given.");
        StringAssert.Contains(run.Stderr.ToString(), "Commands:");
    }

    [TestMethod]
    public async Task Unknown_command_prints_usage_on_stderr_with_exit_2()
    {
        var run = new HostRun();

        Assert.AreEqual(2, await run.RunDefaultAsync("vote"));
        StringAssert.StartsWith(run.Stderr.ToString(), "error: Unknown command 'vote'.");
        StringAssert.Contains(run.Stderr.ToString(), "validate");
        Assert.AreEqual(string.Empty, run.Stdout.ToString());
    }

    [TestMethod]
    [DataRow("--issues", "Unrecognized command or argument '--issues'.")]
    [DataRow("--issue", "Required argument missing for option: '--issue'.")]
    [DataRow("--config", "Required argument missing for option: '--config'.")]
    [DataRow("--issue=", "Required argument missing for option: '--issue'.")]
    [DataRow("--dry-run=yes", "Unrecognized command or argument 'yes'.")]
    [DataRow("12", "Unrecognized command or argument '12'.")]
    public async Task Wrong_command_line_names_the_problem_with_exit_2(string argument, string message)
    {
        var run = new HostRun();
        var command = new RecordingCommand();

        Assert.AreEqual(2, await run.RunAsync(command, "probe", argument));
        StringAssert.StartsWith(run.Stderr.ToString(), "error: " + message);
        StringAssert.Contains(run.Stderr.ToString(), "Ecosystem.Actions probe [options]");
        Assert.IsNull(command.Context);
    }

    [TestMethod]
    public async Task Option_followed_by_another_option_is_missing_its_value()
    {
        var run = new HostRun();

        Assert.AreEqual(2, await run.RunAsync(new RecordingCommand(), "probe", "--config", "--dry-run"));
        StringAssert.StartsWith(run.Stderr.ToString(), "error: Option --config needs a value: --config FILE.");
    }

    [TestMethod]
    public async Task Option_given_twice_is_refused_unless_repeatable()
    {
        var run = new HostRun();

        Assert.AreEqual(2, await run.RunAsync(new RecordingCommand(), "probe", "--issue", "1", "--issue", "2"));
        StringAssert.StartsWith(run.Stderr.ToString(), "error: Option '--issue' expects a single argument but 2 were provided.");
    }

    [TestMethod]
    public async Task Command_line_values_win_over_inputs()
    {
        var run = new HostRun().WithFile("cli.yml", "labels:\n  new: Fresh\n");
        run.Environment["INPUT_CONFIG"] = "from-input.yml";
        run.Environment["INPUT_ISSUE"] = "3";
        run.Environment["INPUT_DRY-RUN"] = "false";
        var command = new RecordingCommand();

        Assert.AreEqual(0, await run.RunAsync(command, "probe", "--config", "cli.yml", "--issue=12", "--dry-run"));

        var context = command.Context!;
        Assert.AreEqual("Fresh", context.Configuration.Labels.New, "read from cli.yml, not from-input.yml");
        Assert.IsTrue(context.DryRun);
        Assert.AreEqual("12", context.GetOption("issue"));
        Assert.AreEqual("probe", context.CommandName);
    }

    [TestMethod]
    public async Task Inputs_fill_in_what_the_command_line_leaves_out()
    {
        var run = new HostRun().WithFile("from-input.yml", "labels:\n  new: Fresh\n");
        run.Environment["INPUT_CONFIG"] = " from-input.yml ";
        run.Environment["INPUT_ISSUE"] = "all";
        run.Environment["INPUT_DRY-RUN"] = "True";
        var command = new RecordingCommand();

        Assert.AreEqual(0, await run.RunAsync(command, "probe"));

        var context = command.Context!;
        Assert.AreEqual("Fresh", context.Configuration.Labels.New, "read from the input's file, trimmed");
        Assert.IsTrue(context.DryRun);
        Assert.AreEqual("all", context.GetOption("issue"));
    }

    [TestMethod]
    [DataRow(".github/ecosystem.yml")]
    [DataRow("./.github/ecosystem.yml")]
    public async Task The_config_inputs_default_path_without_a_file_leaves_the_defaults(string input)
    {
        // The runner sets every input to its action.yml default, so INPUT_CONFIG names the default path in every run.
        var run = new HostRun();
        run.Environment["INPUT_CONFIG"] = input;
        var command = new RecordingCommand();

        Assert.AreEqual(0, await run.RunAsync(command, "probe"), run.Stdout.ToString());

        Assert.AreEqual("New", command.Context!.Configuration.Labels.New);
    }

    [TestMethod]
    public async Task A_folder_where_the_default_configuration_file_goes_is_named_not_taken_for_no_file()
    {
        // A missing file at the default path means the defaults; a folder there is a mistake to name, as it was before the
        // config input's default was allowed to be missing.
        var run = new HostRun();
        Directory.CreateDirectory(Path.Combine(run.Workspace, ".github", "ecosystem.yml"));
        run.Environment["INPUT_CONFIG"] = ".github/ecosystem.yml";

        Assert.AreEqual(2, await run.RunAsync(new RecordingCommand(), "probe"), run.Stdout.ToString());

        StringAssert.Contains(run.Stdout.ToString(), "the configuration file .github/ecosystem.yml is a folder; name the file");
    }

    [TestMethod]
    public async Task Nothing_given_leaves_the_defaults()
    {
        var run = new HostRun();
        var command = new RecordingCommand();

        Assert.AreEqual(0, await run.RunAsync(command, "probe"));

        var context = command.Context!;
        Assert.AreEqual(new EcosystemOptions().Labels.New, context.Configuration.Labels.New);
        Assert.IsFalse(context.DryRun);
        Assert.IsNull(context.Token);
        Assert.IsNull(context.GetOption("issue"));
        Assert.AreSame(run.Time, context.Time);
    }

    [TestMethod]
    public async Task Malformed_dry_run_input_is_a_usage_error_naming_the_input()
    {
        var run = new HostRun();
        run.Environment["INPUT_DRY-RUN"] = "yes";
        var command = new RecordingCommand();

        Assert.AreEqual(2, await run.RunAsync(command, "probe"));
        StringAssert.Contains(run.Stdout.ToString(), "Input does not meet YAML 1.2 \"Core Schema\" specification: dry-run");
        Assert.IsNull(command.Context);
    }

    [TestMethod]
    public async Task Set_overrides_are_passed_on_in_order()
    {
        var run = new HostRun();
        var command = new RecordingCommand();

        Assert.AreEqual(0, await run.RunAsync(command, "probe", "--set", "voting.quorum=4", "--set", "voting.majority-of=votes-cast", "--set", "voting.quorum=5", "--set=sessions.batch.max=12", "--set", "labels.new=New=Yes", "--set", "board.owner="));

        var configuration = command.Context!.Configuration;
        Assert.AreEqual(5, configuration.Tally.Quorum, "the overrides reach the configuration, the later one winning");
        Assert.AreEqual("New=Yes", configuration.Labels.New);
        Assert.AreEqual(12, configuration.Scheduling.BatchMax);
        Assert.AreEqual(MajorityBasis.VotesCast, configuration.Tally.MajorityOf);
        Assert.AreEqual(string.Empty, configuration.Board.Owner);
    }

    [TestMethod]
    [DataRow("voting.quorum")]
    [DataRow("=5")]
    public async Task Set_without_a_key_and_value_stops_the_run_as_a_configuration_problem(string pair)
    {
        var run = new HostRun();
        var command = new RecordingCommand();

        Assert.AreEqual(2, await run.RunAsync(command, "probe", "--set", pair));
        StringAssert.Contains(run.Stdout.ToString(), $"override `{pair}` is not of the form key.path=value (for example sessions.batch.max=12).");
        Assert.IsNull(command.Context, "the command never runs");
    }

    [TestMethod]
    [DataRow("config/ecosystem.yml", true, "config/ecosystem.yml")]
    [DataRow("./config/../missing.yml", false, "missing.yml")]
    [DataRow("..ecosystem.yml", true, "..ecosystem.yml")]
    [DataRow(null, true, null)]
    public async Task Configuration_problems_annotate_the_file_by_its_repository_path_and_none_outside_it(string? path, bool exists, string? file)
    {
        using var files = new RunnerFiles();
        var run = new HostRun();
        foreach (var (name, value) in files.Environment)
        {
            run.Environment[name] = value;
        }

        // null: a file outside the workspace, which has no path in the repository; the last error names it in full.
        path ??= Path.Combine(files.Directory, "ecosystem.yml");
        if (exists)
        {
            run.WithFile(path, "sesions:\n  lead-days: 2\n");
        }

        Assert.AreEqual(2, await run.RunAsync(new RecordingCommand(), "probe", "--config", path));
        Assert.HasCount(2, run.StdoutLines, run.Stdout.ToString());
        // The unknown key `sesions` stands at line 1, column 1 of a file that exists, in the workspace or not.
        var place = exists ? ",line=1,col=1" : "";
        var annotation = file is null ? $"::error title=Configuration{place}::" : $"::error title=Configuration,file={file}{place}::";
        Assert.StartsWith(annotation, run.StdoutLines[0]);
        Assert.AreEqual($"::error::The configuration has 1 problem; nothing was done. Fix {file ?? path} and run again.", run.StdoutLines[1]);
    }

    [TestMethod]
    [DataRow(true, "::error title=Configuration,file=.github/ecosystem.yml,line=3,col=5::sessions.batch.max: `lots` is not a whole number")]
    [DataRow(false, "error: .github/ecosystem.yml:3:5: Configuration: sessions.batch.max: `lots` is not a whole number")]
    public async Task A_configuration_problem_names_the_line_and_column_of_its_key(bool inActions, string expected)
    {
        using var files = new RunnerFiles();
        var run = new HostRun();
        foreach (var (name, value) in inActions ? files.Environment : [])
        {
            run.Environment[name] = value;
        }

        run.WithFile(".github/ecosystem.yml", "sessions:\n  batch:\n    max: lots\n");

        Assert.AreEqual(2, await run.RunAsync(new RecordingCommand(), "probe"));
        Assert.AreEqual(expected, run.StdoutLines[0], run.Stdout.ToString());
    }

    [TestMethod]
    public async Task In_a_terminal_a_problem_of_a_file_outside_the_workspace_names_it_in_full_with_the_line_and_column()
    {
        var run = new HostRun();
        using var elsewhere = new RunnerFiles();
        var path = Path.Combine(elsewhere.Directory, "ecosystem.yml");
        File.WriteAllText(path, "sesions:\n  lead-days: 2\n");

        Assert.AreEqual(2, await run.RunAsync(new RecordingCommand(), "probe", "--config", path));
        Assert.StartsWith($"error: {path}:1:1: Configuration: unknown key `sesions`", run.StdoutLines[0], run.Stdout.ToString());
    }

    [TestMethod]
    [DataRow("ECOSYSTEM_SESSIONS__LEAD_DAYS", "soon")]
    [DataRow("ECOSYSTEM_SESIONS__LEAD_DAYS", "2")]
    public async Task A_problem_of_an_environment_variable_without_a_file_asks_to_fix_the_values_not_a_file_that_is_not_there(
        string name, string value)
    {
        using var files = new RunnerFiles();
        var run = new HostRun();
        foreach (var (key, setting) in files.Environment)
        {
            run.Environment[key] = setting;
        }

        run.Environment[name] = value;

        Assert.AreEqual(2, await run.RunAsync(new RecordingCommand(), "probe"));
        Assert.HasCount(2, run.StdoutLines, run.Stdout.ToString());
        Assert.StartsWith("::error title=Configuration::", run.StdoutLines[0], run.Stdout.ToString());
        StringAssert.Contains(run.StdoutLines[0], name);
        Assert.AreEqual("::error::The configuration has 1 problem; nothing was done. Fix the values named above and run again.", run.StdoutLines[1]);
    }

    [TestMethod]
    public async Task Token_input_wins_over_github_token_and_both_are_masked_first()
    {
        using var files = new RunnerFiles();
        var run = new HostRun();
        foreach (var (name, value) in files.Environment)
        {
            run.Environment[name] = value;
        }

        run.Environment["INPUT_TOKEN"] = "ghs_fromInput";
        run.Environment["GITHUB_TOKEN"] = "ghs_fromEnvironment";
        var command = new RecordingCommand((context, _) =>
        {
            context.Runtime.Info($"using {context.Token} and ghs_fromEnvironment");
            return Task.FromResult(0);
        });

        Assert.AreEqual(0, await run.RunAsync(command, "probe"));

        Assert.AreEqual("ghs_fromInput", command.Context!.Token);
        CollectionAssert.AreEqual(
            new[] { "::add-mask::ghs_fromInput", "::add-mask::ghs_fromEnvironment", "using *** and ***" },
            run.StdoutLines.ToArray());
    }

    [TestMethod]
    public async Task Token_is_masked_before_a_usage_error_is_printed()
    {
        using var files = new RunnerFiles();
        var run = new HostRun();
        foreach (var (name, value) in files.Environment)
        {
            run.Environment[name] = value;
        }

        run.Environment["GITHUB_TOKEN"] = "ghs_secret";

        Assert.AreEqual(2, await run.RunAsync(new RecordingCommand(), "probe", "--ghs_secret"));

        Assert.AreEqual("::add-mask::ghs_secret", run.StdoutLines[0]);
        StringAssert.StartsWith(run.Stderr.ToString(), "error: Unrecognized command or argument '--***'.");
    }

    [TestMethod]
    public async Task Outside_actions_the_token_is_never_printed()
    {
        var run = new HostRun();
        run.Environment["GITHUB_TOKEN"] = "ghp_local";
        var command = new RecordingCommand((context, _) =>
        {
            context.Runtime.Warning("token ghp_local");
            return Task.FromResult(0);
        });

        Assert.AreEqual(0, await run.RunAsync(command, "probe"));

        Assert.AreEqual("ghp_local", command.Context!.Token);
        Assert.AreEqual("warning: token ***\n", run.Stdout.ToString());
    }

    [TestMethod]
    public async Task Unhandled_exception_is_an_error_annotation_without_stack_trace()
    {
        using var files = new RunnerFiles();
        var run = new HostRun();
        foreach (var (name, value) in files.Environment)
        {
            run.Environment[name] = value;
        }

        var command = new RecordingCommand((_, _) => throw new InvalidOperationException("Issue #12 has no body:\nnothing to check"));

        Assert.AreEqual(1, await run.RunAsync(command, "probe"));

        Assert.AreEqual("::error::Issue #12 has no body:%0Anothing to check\n", run.Stdout.ToString());
    }

    [TestMethod]
    public async Task With_runner_debug_the_stack_trace_is_a_debug_line()
    {
        using var files = new RunnerFiles();
        var run = new HostRun();
        foreach (var (name, value) in files.Environment)
        {
            run.Environment[name] = value;
        }

        run.Environment["RUNNER_DEBUG"] = "1";
        var command = new RecordingCommand((_, _) => throw new InvalidOperationException("boom"));

        Assert.AreEqual(1, await run.RunAsync(command, "probe"));

        Assert.AreEqual("::error::boom", run.StdoutLines[0]);
        StringAssert.StartsWith(run.StdoutLines[1], "::debug::System.InvalidOperationException: boom%0A   at ");
    }

    [TestMethod]
    public async Task Usage_exception_from_a_command_exits_with_2()
    {
        var run = new HostRun();
        var command = new RecordingCommand((_, _) => throw new UsageException("--session-date must be YYYY-MM-DD, not '3 Dec'."));

        Assert.AreEqual(2, await run.RunAsync(command, "probe"));
        StringAssert.StartsWith(run.Stderr.ToString(), "error: --session-date must be YYYY-MM-DD, not '3 Dec'.");
    }

    [TestMethod]
    public async Task Malformed_input_exits_with_2()
    {
        var run = new HostRun();
        run.Environment["INPUT_CLOSE"] = "yes";
        var command = new RecordingCommand((context, _) => Task.FromResult(context.Runtime.GetBooleanInput("close") ? 0 : 1));

        Assert.AreEqual(2, await run.RunAsync(command, "probe"));
        StringAssert.StartsWith(run.Stdout.ToString(), "error: Input does not meet YAML 1.2 \"Core Schema\" specification: close");
    }

    [TestMethod]
    public async Task Cancellation_exits_with_130_and_says_so()
    {
        var run = new HostRun();
        using var cancellation = new CancellationTokenSource();
        var command = new RecordingCommand(async (_, token) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
            return 0;
        });

        Assert.AreEqual(130, await run.RunAsync(command, cancellation.Token, "probe"));
        StringAssert.StartsWith(run.Stdout.ToString(), "error: `probe` was cancelled before it finished.");
    }

    [TestMethod]
    public async Task Exit_code_returned_by_the_command_is_kept()
    {
        Assert.AreEqual(3, await new HostRun().RunAsync(new RecordingCommand((_, _) => Task.FromResult(3)), "probe"));
    }

    [TestMethod]
    public async Task Summary_left_in_the_buffer_is_written_at_the_end()
    {
        using var files = new RunnerFiles();
        var run = new HostRun();
        foreach (var (name, value) in files.Environment)
        {
            run.Environment[name] = value;
        }

        var command = new RecordingCommand((context, _) =>
        {
            context.Runtime.Summary.AddMarkdown("# Probe\n");
            return Task.FromResult(0);
        });

        Assert.AreEqual(0, await run.RunAsync(command, "probe"));
        Assert.AreEqual("# Probe\n\n", files.Read("STEP_SUMMARY"));
    }

    [TestMethod]
    public async Task Event_errors_are_usage_errors_naming_the_variable()
    {
        var run = new HostRun();
        var command = new RecordingCommand((context, _) => Task.FromResult(context.Event.RequireIssue().Number));

        Assert.AreEqual(2, await run.RunAsync(command, "probe"));
        StringAssert.StartsWith(run.Stdout.ToString(), "error: GITHUB_EVENT_NAME is not set");
    }

    [TestMethod]
    public async Task Event_is_read_from_the_workflow_environment()
    {
        using var payload = new EventEnvironment("issues", WebhookExamples.First("issues", "labeled"));
        var run = new HostRun();
        foreach (var (name, value) in payload.Environment)
        {
            run.Environment[name] = value;
        }

        var command = new RecordingCommand((context, _) => Task.FromResult(context.Event.RequireIssue().Number));

        Assert.AreEqual(1, await run.RunAsync(command, "probe"));
        Assert.AreEqual("bug", command.Context!.Event.Payload.LabelName);
        Assert.AreEqual(string.Empty, run.Stdout.ToString());
    }

    [TestMethod]
    public void Default_catalog_holds_the_commands_and_their_options()
    {
        var commands = CommandCatalog.Default.Commands;

        CollectionAssert.AreEqual(new[] { "validate", "schedule", "tally", "guard", "status-page", "init" }, commands.Select(command => command.Name).ToArray());
        CollectionAssert.AreEqual(new[] { "output" }, Names("init"));
        CollectionAssert.AreEqual(new[] { "issue", "body-file", "template", "title" }, Names("validate"));
        CollectionAssert.AreEqual(new[] { "session-date", "batch-size" }, Names("schedule"));
        CollectionAssert.AreEqual(new[] { "issue" }, Names("tally"));
        Assert.IsEmpty(Names("guard"));
        CollectionAssert.AreEqual(new[] { "output" }, Names("status-page"));

        static string[] Names(string command) => [.. CommandCatalog.Default.Find(command)!.Options.Select(option => option.Name.TrimStart('-'))];
    }

    [TestMethod]
    public void Catalog_refuses_two_commands_with_one_name()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new CommandCatalog([new RecordingCommand(), new RecordingCommand()]));

        StringAssert.Contains(error.Message, "Two commands are named 'probe'.");
    }
}
