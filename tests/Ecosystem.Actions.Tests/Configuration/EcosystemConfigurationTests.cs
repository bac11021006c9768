using Ecosystem.Actions.Configuration;
using Ecosystem.Domain;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Tests.Configuration;

[TestClass]
public sealed class EcosystemConfigurationTests
{
    [TestMethod]
    public void Three_mistakes_give_exactly_three_messages_with_key_paths()
    {
        using var workspace = new ConfigurationWorkspace(ConfigurationWorkspace.Fixture("three-mistakes.yml"));

        var result = workspace.Load();

        Assert.IsFalse(result.Succeeded);
        CollectionAssert.AreEqual(
            new[] { "sesions", "sessions.lead-days", "sessions.batch.max" },
            result.Problems.Select(problem => problem.KeyPath).ToArray(),
            string.Join(Environment.NewLine, result.Problems));
        CollectionAssert.AreEqual(
            new[]
            {
                "unknown key `sesions` (did you mean `sessions`?)",
                "sessions.lead-days: `two` is not a whole number",
                "sessions.batch.max (5) is below sessions.batch.min (7)",
            },
            result.Problems.Select(problem => problem.ToString()).ToArray());
    }

    [TestMethod]
    public void Missing_file_at_the_default_path_gives_the_defaults()
    {
        using var workspace = new ConfigurationWorkspace();

        var result = workspace.Load();

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(".github/ecosystem.yml", result.DisplayPath);
        Assert.AreEqual("New", result.Options.Labels.New);
        Assert.IsFalse(result.Options.Board.IsEnabled);
        Assert.IsEmpty(result.Options.Calendar.Recurrence);
    }

    [TestMethod]
    public void Missing_file_at_a_named_path_is_a_problem()
    {
        using var workspace = new ConfigurationWorkspace();

        var result = workspace.Load(path: "config/ecosystem.yml");

        Assert.HasCount(1, result.Problems);
        Assert.StartsWith("the configuration file config/ecosystem.yml does not exist", result.Problems[0].ToString());
    }

    [TestMethod]
    public void A_file_that_is_not_UTF_8_is_a_problem_rather_than_labels_with_replacement_characters()
    {
        using var workspace = new ConfigurationWorkspace();
        Directory.CreateDirectory(Path.Combine(workspace.Root, ".github"));
        File.WriteAllBytes(Path.Combine(workspace.Root, ".github", "ecosystem.yml"), [.. "labels:\n  new: Nouveaut"u8.ToArray(), 0xE9, 0x0A]);

        var result = workspace.Load();

        Assert.AreEqual("the configuration file .github/ecosystem.yml is not UTF-8 text: save it as UTF-8", result.Problems.Single().ToString());
    }

    [TestMethod]
    public void Named_path_is_read_relative_to_the_workspace()
    {
        using var workspace = new ConfigurationWorkspace();
        workspace.Write("config/ecosystem.yml", "sessions:\n  lead-days: 3\n");

        var result = workspace.Load(path: "config/ecosystem.yml");

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(3, result.Options.Scheduling.LeadDays);
        Assert.AreEqual("config/ecosystem.yml", result.DisplayPath);
        Assert.AreEqual("config/ecosystem.yml", result.AnnotationFile);
    }

    [TestMethod]
    public void A_file_outside_the_workspace_is_named_in_full_with_the_place_of_each_key()
    {
        using var workspace = new ConfigurationWorkspace();
        using var elsewhere = new ConfigurationWorkspace("sesions:\n  lead-days: 2\n");
        var path = Path.Combine(elsewhere.Root, EcosystemConfiguration.DefaultPath);

        var result = workspace.Load(path: Path.GetRelativePath(workspace.Root, path));

        Assert.AreEqual(path, result.DisplayPath);
        Assert.AreEqual(path, result.AnnotationFile, "a terminal names it in full; a workflow command leaves it out");
        var problem = result.Problems.Single();
        Assert.AreEqual((1, 1), (problem.Line, problem.Column), "the key's place in the file, wherever the file is");
        Assert.IsTrue(result.InFile(problem));
        Assert.AreEqual(path, result.ToFix);
    }

    [TestMethod]
    public void With_a_file_outside_the_workspace_a_problem_of_an_override_alone_names_the_values_to_fix()
    {
        using var workspace = new ConfigurationWorkspace();
        using var elsewhere = new ConfigurationWorkspace("sessions:\n  lead-days: 2\n");
        var path = Path.Combine(elsewhere.Root, EcosystemConfiguration.DefaultPath);

        var result = workspace.Load(
            new Dictionary<string, string?> { ["ECOSYSTEM_SESSIONS__BATCH__MIN"] = "few" }, ["sessions.lead-days=soon"], path);

        Assert.HasCount(2, result.Problems);
        Assert.IsFalse(result.Problems.Any(result.InFile), string.Join("\n", result.Problems));
        Assert.AreEqual("the values named above", result.ToFix, "the file is right: nothing in it to fix");
    }

    [TestMethod]
    public void Repository_configuration_loads_without_problems()
    {
        var yaml = File.ReadAllText(Path.Combine(ConfigurationWorkspace.RepositoryRoot, ".github", "ecosystem.yml"));

        var options = ConfigurationWorkspace.LoadValid(yaml);

        Assert.AreEqual("pytorch-fdn", options.Board.Owner);
        Assert.AreEqual(ReviewOrder.ReturningFirst, options.Scheduling.Order);
    }

    [TestMethod]
    public void The_scheduler_gets_the_configured_reviewer_keys_and_the_recheck_gets_typed_entries()
    {
        var options = ConfigurationWorkspace.LoadValid(
            "sessions:\n  reviewers-per-application: 2\n  assignment-history-sessions: 3\n"
            + "people:\n  working-group:\n    unavailable: [dave]\n"
            + "housekeeping:\n  recheck-projects: [\"#7\", pytorch/vision]\n");

        Assert.AreEqual(2, options.Scheduling.ReviewersPerApplication);
        Assert.AreEqual(3, options.Scheduling.AssignmentHistorySessions);
        CollectionAssert.AreEqual(new[] { "dave" }, options.Scheduling.Unavailable.ToArray());
        CollectionAssert.AreEqual(new int?[] { 7, null }, options.Guardians.RecheckProjects.Select(entry => entry.IssueNumber).ToArray());
        Assert.AreEqual("pytorch/vision", options.Guardians.RecheckProjects[1].Repository?.FullName);
    }

    [TestMethod]
    public void Every_key_of_the_example_file_binds()
    {
        var options = ConfigurationWorkspace.LoadValid(ConfigurationWorkspace.Fixture("example.yml"));

        Assert.AreEqual("pytorch-fdn", options.Board.Owner);
        Assert.AreEqual(6, options.Board.Number);
        Assert.AreEqual("Status", options.Board.StatusField);
        Assert.AreEqual("In progress", options.Board.Columns.InProgress);
        Assert.AreEqual("America/Los_Angeles", options.Calendar.TimeZone.Id);
        CollectionAssert.AreEqual(Cron("0 9 * * TUE#2", "0 9 * * TUE#4"), options.Calendar.Recurrence.ToArray());
        Assert.AreEqual(MajorityBasis.Members, options.Tally.MajorityOf);
        Assert.AreEqual("https://api.anaconda.org", options.Intake.PackageIndexes["conda"]);
    }

    [TestMethod]
    public void Defaults_equal_the_example_file_where_it_shows_defaults()
    {
        var example = ConfigurationWorkspace.LoadValid(ConfigurationWorkspace.Fixture("example.yml"));
        var defaults = new EcosystemOptions();

        // Board owner and number, time zone and recurrence are examples in that file, not defaults (nor the board columns
        // the rules take from that board).
        Assert.AreEqual("", defaults.Board.Owner);
        Assert.AreEqual(0, defaults.Board.Number);
        Assert.AreEqual(TimeZoneInfo.Utc, defaults.Calendar.TimeZone);
        Assert.IsEmpty(defaults.Calendar.Recurrence);
        var exampleWithoutExamples = Flatten(example)
            .Where(pair => pair.Key is not ("Board.Owner" or "Board.Number" or "Calendar.TimeZone" or "Calendar.Recurrence")
                && (pair.Key.StartsWith("Board.", StringComparison.Ordinal) || !pair.Key.Contains(".Columns.", StringComparison.Ordinal)))
            .ToDictionary();
        foreach (var (key, value) in exampleWithoutExamples)
        {
            Assert.AreEqual(value, Flatten(defaults)[key], $"default of {key}");
        }
    }

    [TestMethod]
    public void Environment_variable_overrides_the_file()
    {
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_SESSIONS__LEAD-DAYS"] = "10", ["PATH"] = "/usr/bin" };

        var options = ConfigurationWorkspace.LoadValid("sessions:\n  lead-days: 3\n  batch:\n    min: 2\n", environment);

        Assert.AreEqual(10, options.Scheduling.LeadDays);
        Assert.AreEqual(2, options.Scheduling.BatchMin);
    }

    [TestMethod]
    public void Environment_variable_may_spell_hyphens_as_underscores()
    {
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_VOTING__MAJORITY_OF"] = "votes-cast", ["ECOSYSTEM_VOTING__QUORUM"] = "4" };

        var options = ConfigurationWorkspace.LoadValid("", environment);

        Assert.AreEqual(MajorityBasis.VotesCast, options.Tally.MajorityOf);
        Assert.AreEqual(4, options.Tally.Quorum);
    }

    [TestMethod]
    public void Override_beats_environment_and_file()
    {
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_SESSIONS__BATCH__MAX"] = "11" };

        var options = ConfigurationWorkspace.LoadValid("sessions:\n  batch:\n    max: 9\n", environment, ["sessions.batch.max=12"]);

        Assert.AreEqual(12, options.Scheduling.BatchMax);
    }

    [TestMethod]
    public void Override_may_be_written_as_a_command_line_option()
    {
        var options = ConfigurationWorkspace.LoadValid("", overrides: ["--voting.close-after-days=0"]);

        Assert.AreEqual(0, options.Tally.CloseAfterDays);
    }

    [TestMethod]
    public void Environment_and_override_give_lists_as_comma_separated_text_replacing_the_file_list()
    {
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_PEOPLE__WORKING-GROUP__USERS"] = "bob, carol" };

        var options = ConfigurationWorkspace.LoadValid(
            "people:\n  working-group:\n    users: [alice, dave, erin]\n  staff:\n    users: [zoe]\n",
            environment,
            ["people.staff.users=yan,xia"]);

        CollectionAssert.AreEqual(new[] { "bob", "carol" }, options.Guardians.WorkingGroupUsers.ToArray());
        CollectionAssert.AreEqual(new[] { "yan", "xia" }, options.People.Staff.Users.ToArray());
    }

    [TestMethod]
    public void Recurrence_as_text_is_one_cron_expression_even_with_commas()
    {
        var options = ConfigurationWorkspace.LoadValid(
            "sessions:\n  recurrence: [\"0 9 * * TUE#2\", \"0 9 * * TUE#4\"]\n",
            overrides: ["sessions.recurrence=0 9 * * MON,WED"]);

        CollectionAssert.AreEqual(Cron("0 9 * * MON,WED"), options.Calendar.Recurrence.ToArray());
    }

    [TestMethod]
    public void Override_may_give_one_list_item_by_index()
    {
        var options = ConfigurationWorkspace.LoadValid("", overrides: ["sessions.recurrence.0=0 9 * * MON,WED", "sessions.recurrence.1=0 9 1 * *"]);

        CollectionAssert.AreEqual(Cron("0 9 * * MON,WED", "0 9 1 * *"), options.Calendar.Recurrence.ToArray());
    }

    [TestMethod]
    public void Environment_variables_without_the_prefix_are_ignored()
    {
        var environment = new Dictionary<string, string?> { ["SESSIONS__LEAD-DAYS"] = "x", ["ECOSYSTEM"] = "x", ["ECOSYSTEM_"] = "x", ["GITHUB_ECOSYSTEM_X"] = "x" };

        var options = ConfigurationWorkspace.LoadValid("", environment);

        Assert.AreEqual(14, options.Scheduling.LeadDays);
    }

    [TestMethod]
    public void List_in_the_file_replaces_the_default_list()
    {
        var options = ConfigurationWorkspace.LoadValid("requirements:\n  permissive-licenses: [MIT, Apache-2.0]\n");

        CollectionAssert.AreEqual(new[] { "MIT", "Apache-2.0" }, options.Intake.PermissiveLicenses.ToArray());
    }

    [TestMethod]
    public void Empty_list_in_the_file_clears_the_default_list()
    {
        var options = ConfigurationWorkspace.LoadValid("requirements:\n  layout-files: []\n");

        Assert.IsEmpty(options.Intake.LayoutFiles);
    }

    [TestMethod]
    public void Package_indexes_merge_with_the_defaults_by_name()
    {
        var options = ConfigurationWorkspace.LoadValid("requirements:\n  package-indexes:\n    conda: \"\"\n");

        Assert.AreEqual("https://pypi.org", options.Intake.PackageIndexes["pypi"]);
        Assert.AreEqual("", options.Intake.PackageIndexes["conda"]);
    }

    [TestMethod]
    [DataRow("ECOSYSTEM_REQUIREMENTS__PACKAGE-INDEXES__PYPI")]
    [DataRow("ECOSYSTEM_REQUIREMENTS__PACKAGE_INDEXES__PYPI")]
    [DataRow("ecosystem_requirements__package_indexes__pypi")]
    public void Environment_variable_replaces_one_package_index(string variable)
    {
        var environment = new Dictionary<string, string?> { [variable] = "http://pypi.internal.example" };

        var options = ConfigurationWorkspace.LoadValid("requirements:\n  package-indexes:\n    pypi: https://mirror.example.org\n", environment);

        CollectionAssert.AreEquivalent(
            new Dictionary<string, string> { ["pypi"] = "http://pypi.internal.example", ["conda"] = "https://api.anaconda.org" },
            options.Intake.PackageIndexes.ToDictionary());
    }

    [TestMethod]
    [DataRow("requirements.package-indexes.pypi=http://pypi.internal.example")]
    [DataRow("--requirements.package-indexes.PyPI=http://pypi.internal.example")]
    public void Override_replaces_one_package_index(string item)
    {
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_REQUIREMENTS__PACKAGE_INDEXES__PYPI"] = "http://env.example" };

        var options = ConfigurationWorkspace.LoadValid("", environment, [item]);

        CollectionAssert.AreEquivalent(
            new Dictionary<string, string> { ["pypi"] = "http://pypi.internal.example", ["conda"] = "https://api.anaconda.org" },
            options.Intake.PackageIndexes.ToDictionary());
    }

    [TestMethod]
    public void Package_index_names_are_not_case_sensitive()
    {
        var options = ConfigurationWorkspace.LoadValid(
            "requirements:\n  package-indexes:\n    PyPI: https://mirror.example.org\n    CONDA: https://conda.example.org\n");

        Assert.HasCount(2, options.Intake.PackageIndexes);
        Assert.AreEqual("https://mirror.example.org", options.Intake.PackageIndexes["pypi"]);
        Assert.AreEqual("https://conda.example.org", options.Intake.PackageIndexes["Conda"]);
    }

    [TestMethod]
    [DataRow("ECOSYSTEM_REQUIREMENTS__PERMISSIVE-LICENSES")]
    [DataRow("ECOSYSTEM_REQUIREMENTS__PERMISSIVE_LICENSES")]
    public void Environment_variable_replaces_a_list_in_either_spelling(string variable)
    {
        var environment = new Dictionary<string, string?> { [variable] = "MIT,ISC" };

        var options = ConfigurationWorkspace.LoadValid("requirements:\n  permissive-licenses: [Apache-2.0]\n", environment);

        CollectionAssert.AreEqual(new[] { "MIT", "ISC" }, options.Intake.PermissiveLicenses.ToArray());
    }

    [TestMethod]
    [DataRow("ECOSYSTEM_BOARD__COLUMNS__IN-PROGRESS")]
    [DataRow("ECOSYSTEM_BOARD__COLUMNS__IN_PROGRESS")]
    public void Environment_variable_replaces_a_nested_value_in_either_spelling(string variable)
    {
        var environment = new Dictionary<string, string?> { [variable] = "Doing" };

        var options = ConfigurationWorkspace.LoadValid("board:\n  columns:\n    in-progress: Working\n    done: Finished\n", environment);

        Assert.AreEqual("Doing", options.Board.Columns.InProgress);
        Assert.AreEqual("Finished", options.Board.Columns.Done);
    }

    [TestMethod]
    public void Dates_bind_as_calendar_dates()
    {
        var options = ConfigurationWorkspace.LoadValid("sessions:\n  dates: [\"2026-12-08\"]\n  skip:\n    - 2026-12-22\n  recurrence: [\"0 9 * * TUE\"]\n");

        var calendar = new ReviewCalendar(options.Calendar);

        Assert.AreEqual(new DateOnly(2026, 12, 8), calendar.NextSession(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero))?.Date);
        Assert.IsTrue(calendar.IsSkipped(new DateOnly(2026, 12, 22)));
    }

    [TestMethod]
    public void Skipped_date_that_is_also_a_session_date_is_a_problem()
    {
        var problems = ConfigurationWorkspace.Problems("sessions:\n  dates: [\"2026-12-08\"]\n  skip: [\"2026-12-08\"]\n");

        CollectionAssert.AreEqual(new[] { "sessions.skip[0]: 2026-12-08 is also listed in sessions.dates; remove it from one of the two." }, problems.ToArray());
    }

    [TestMethod]
    public void Order_and_flags_bind_from_their_kebab_case_values()
    {
        var options = ConfigurationWorkspace.LoadValid("sessions:\n  order: fifo\nvoting:\n  open-on-schedule: true\n  decline-needs-reason: false\nlabels:\n  remove-new-on-schedule: false\n");

        Assert.AreEqual(ReviewOrder.Fifo, options.Scheduling.Order);
        Assert.IsTrue(options.Tally.OpenOnSchedule);
        Assert.IsFalse(options.Tally.DeclineNeedsReason);
        Assert.IsFalse(options.Scheduling.RemoveNewOnSchedule);
    }

    [TestMethod]
    [DataRow("returning-first", ReviewOrder.ReturningFirst)]
    [DataRow("fifo", ReviewOrder.Fifo)]
    public void Sessions_order_reaches_the_scheduler_and_the_guardians(string order, ReviewOrder expected)
    {
        var options = ConfigurationWorkspace.LoadValid($"sessions:\n  order: {order}\n");

        Assert.AreEqual(expected, options.Scheduling.Order);
        Assert.AreEqual(expected, options.Guardians.Order);
    }

    [TestMethod]
    public void Housekeeping_periods_reach_the_guardians_as_configured_0_meaning_off()
    {
        var options = ConfigurationWorkspace.LoadValid(
            "housekeeping:\n  remind-after-days: 0\n  close-after-days: 0\n  recheck-every-months: 12\n  recheck-grace-days: 20\n");

        var rules = options.Guardians;
        Assert.AreEqual((0, 0, 12, 20), (rules.RemindAfterDays, rules.CloseAfterDays, rules.RecheckEveryMonths, rules.RecheckGraceDays));
    }

    [TestMethod]
    public void Foundation_names_reach_the_comments_rules_and_default_to_PyTorch()
    {
        var options = ConfigurationWorkspace.LoadValid(
            "foundation:\n  name: Cloud Native Computing Foundation\n  ecosystem: CNCF Landscape\n");

        Assert.AreEqual(new Foundation("Cloud Native Computing Foundation", "CNCF Landscape"), options.Guardians.Foundation);
        Assert.AreEqual(new Foundation("PyTorch Foundation", "PyTorch Ecosystem"), ConfigurationWorkspace.LoadValid("").Guardians.Foundation);
        StringAssert.Contains(ConfigurationWorkspace.Problems("foundation:\n  name: \"\"\n").Single(), "foundation.name");
    }

    /// <summary>The software the review criteria and default onboarding tasks name reaches every rules record that writes them.</summary>
    [TestMethod]
    public void Foundation_software_reaches_intake_tally_and_guardians_and_defaults_to_PyTorch()
    {
        var options = ConfigurationWorkspace.LoadValid("foundation:\n  name: JAX Foundation\n  ecosystem: JAX Ecosystem\n  software: JAX\n");

        var jax = new Foundation("JAX Foundation", "JAX Ecosystem", "JAX");
        Assert.AreEqual((jax, jax, jax), (options.Intake.Foundation, options.Tally.Foundation, options.Guardians.Foundation));
        Assert.AreEqual("Add the project to the JAX landscape", options.Tally.OnboardingChecklist[0]);
        Assert.AreEqual("PyTorch", ConfigurationWorkspace.LoadValid("").Intake.Foundation.Software);
        StringAssert.Contains(ConfigurationWorkspace.Problems("foundation:\n  software: \"\"\n").Single(), "foundation.software");
    }

    [TestMethod]
    public void Keys_shared_by_several_rules_reach_each_of_them()
    {
        var options = ConfigurationWorkspace.LoadValid(
            "labels:\n  voting: Vote\napplication:\n  label: app\nboard:\n  owner: org\n  number: 1\n  columns:\n    done: Closed\n"
            + "sessions:\n  time-zone: Europe/Berlin\npeople:\n  working-group:\n    users: [ann]\n    team: org/wg\nrequirements:\n  resubmit-after-days: 30\n");

        Assert.AreEqual(("Vote", "Vote", "Vote", "Vote"), (options.Intake.Labels.Voting, options.Tally.Labels.Voting, options.Scheduling.Labels.Voting, options.Guardians.Labels.Voting));
        Assert.AreEqual(("app", "app"), (options.Intake.Labels.Application, options.Guardians.Labels.Application));
        Assert.AreEqual(("New", "In progress", "Closed", "Closed"),
            (options.Intake.Columns?.Backlog, options.Scheduling.Columns?.InProgress, options.Tally.Columns?.Done, options.Guardians.Columns?.Done));
        Assert.AreEqual(("Europe/Berlin", "Europe/Berlin"), (options.Calendar.TimeZone.Id, options.Tally.TimeZone.Id));
        Assert.AreEqual("org/wg", options.Guardians.WorkingGroupTeam);
        CollectionAssert.AreEqual(new[] { "ann" }, options.Guardians.WorkingGroupUsers.ToArray());
        Assert.AreEqual((30, 30), (options.Intake.Resubmission.Days, options.Tally.Resubmission.Days));
    }

    [TestMethod]
    public void Without_a_board_the_rules_move_no_issue_on_one()
    {
        var options = ConfigurationWorkspace.LoadValid("board:\n  columns:\n    done: Closed\n");

        Assert.AreEqual((null, null, null, null),
            (options.Intake.Columns, options.Scheduling.Columns, options.Tally.Columns, options.Guardians.Columns));
    }

    [TestMethod]
    public void Problems_from_every_source_are_reported_together()
    {
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_VOTING__QUORUM"] = "-1" };

        var problems = ConfigurationWorkspace.Problems("housekeeping:\n  remind-after-day: 3\n", environment, ["sessions.lead-days=soon", "no-equals-sign"]);

        CollectionAssert.AreEquivalent(
            new[]
            {
                "unknown key `housekeeping.remind-after-day` (did you mean `housekeeping.remind-after-days`?)",
                "voting.quorum: `-1` is negative; use 0 or more (from environment variable `ECOSYSTEM_VOTING__QUORUM`)",
                "sessions.lead-days: `soon` is not a whole number (from override `sessions.lead-days=soon`)",
                "override `no-equals-sign` is not of the form key.path=value (for example sessions.batch.max=12).",
            },
            problems.ToArray(),
            string.Join(Environment.NewLine, problems));
    }

    private static Cronos.CronExpression[] Cron(params string[] rules) => [.. rules.Select(rule => Cronos.CronExpression.Parse(rule))];

    private static Dictionary<string, string> Flatten(object options, string prefix = "")
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in options.GetType().GetProperties().Where(property => property.SetMethod is not null))
        {
            var key = prefix + property.Name;
            var value = property.GetValue(options);
            switch (value)
            {
                case string or int or bool or Enum:
                    values[key] = value.ToString()!;
                    break;
                case IReadOnlyDictionary<string, string> map:
                    values[key] = string.Join(",", map.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
                    break;
                case System.Collections.IEnumerable list:
                    values[key] = string.Join(",", list.Cast<object>());
                    break;
                case not null:
                    foreach (var pair in Flatten(value, key + "."))
                    {
                        values[pair.Key] = pair.Value;
                    }
                    break;
            }
        }
        return values;
    }
}
