namespace Ecosystem.Actions.Tests.Configuration;

[TestClass]
public sealed class ConfigurationValidationTests
{
    [TestMethod]
    [DataRow("sessions:\n  lead-day: 3\n", "unknown key `sessions.lead-day` (did you mean `sessions.lead-days`?)")]
    [DataRow("labels:\n  in_review: Doing\n", "unknown key `labels.in_review` (did you mean `labels.in-review`?)")]
    [DataRow("sessions:\n  <<: {lead-days: 7}\n",
        "unknown key `sessions.<<` (YAML merge keys are not read: write the section's keys out)")]
    [DataRow("colours:\n  red: 1\n", "unknown key `colours` (known keys: labels, application, board, sessions, people, voting, requirements, housekeeping, onboarding, foundation)")]
    [DataRow("sessions:\n  lead-days: two\n", "sessions.lead-days: `two` is not a whole number")]
    [DataRow("sessions:\n  lead-days: 2.5\n", "sessions.lead-days: `2.5` is not a whole number")]
    [DataRow("sessions:\n  lead-days:\n", "sessions.lead-days: has no value; write a whole number, or leave the key out")]
    [DataRow("requirements:\n  min-stars: 99999999999\n", "requirements.min-stars: `99999999999` is too large")]
    [DataRow("housekeeping:\n  recheck-grace-days: -5\n", "housekeeping.recheck-grace-days: `-5` is negative; use 0 or more")]
    [DataRow("voting:\n  close-declined-issues: yes\n", "voting.close-declined-issues: `yes` is not true or false")]
    [DataRow("voting:\n  majority-of: everyone\n", "voting.majority-of: `everyone` is not one of `members`, `votes-cast`")]
    [DataRow("sessions:\n  order: lifo\n", "sessions.order: `lifo` is not one of `returning-first`, `fifo`")]
    [DataRow("voting:\n  majority-of:\n", "voting.majority-of: has no value; write one of `members`, `votes-cast`")]
    [DataRow("sessions:\n  time-zone:\n", "sessions.time-zone: has no value; write an IANA time zone (such as America/Los_Angeles, Europe/Berlin or UTC), or leave the key out")]
    [DataRow("sessions:\n  batch:\n    min: 7\n    max: 5\n", "sessions.batch.max (5) is below sessions.batch.min (7)")]
    [DataRow("sessions:\n  batch:\n    min: 0\n    max: 0\n", "sessions.batch.max (0) must be at least 1")]
    [DataRow("sessions:\n  time-zone: Mars/Olympus_Mons\n", "sessions.time-zone: `Mars/Olympus_Mons` is not a known IANA time zone (such as America/Los_Angeles, Europe/Berlin or UTC)")]
    [DataRow("sessions:\n  recurrence: [\"0 9 * * TUE#6\"]\n", "sessions.recurrence[0]: `0 9 * * TUE#6` is not a cron expression of five fields (minute hour day-of-month month day-of-week): Days of week: Value must be a number between 1 and 5 (all inclusive).")]
    [DataRow("sessions:\n  recurrence: \"0 9 * * TUE\"\n", "sessions.recurrence: a list is expected, but `0 9 * * TUE` is a single value; write [0 9 * * TUE] or one `- item` per line")]
    [DataRow("sessions:\n  dates: [\"2026-02-30\"]\n", "sessions.dates[0]: `2026-02-30` is not a date of the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM for a start other than 09:00)")]
    [DataRow("sessions:\n  skip: [\"8 Dec 2026\"]\n", "sessions.skip[0]: `8 Dec 2026` is not a date of the form YYYY-MM-DD")]
    [DataRow("voting:\n  quorum: 3\n", "voting.quorum (3) applies only with voting.majority-of `votes-cast`; with `members` every member counts already. Remove the quorum or change majority-of.")]
    [DataRow("requirements:\n  permissive-licenses: [\"MIT License\"]\n", "requirements.permissive-licenses[0]: `MIT License` does not look like an SPDX licence id (such as MIT or Apache-2.0)")]
    [DataRow("people:\n  staff:\n    team: ecosystem-staff\n", "people.staff.team: `ecosystem-staff` is not a team of the form org/team-slug (such as pytorch-fdn/ecosystem-wg)")]
    [DataRow("people:\n  working-group:\n    team: just-a-name\n", "people.working-group.team: `just-a-name` is not a team of the form org/team-slug (such as pytorch-fdn/ecosystem-wg)")]
    [DataRow("sessions:\n  lead-days: -1\n", "sessions.lead-days: `-1` is negative; use 0 or more")]
    [DataRow("labels:\n  waiting: \" \"\n", "labels.waiting: is empty; every label role needs a label name")]
    [DataRow("people:\n  working-group:\n    users: [bob, \"-carol\"]\n", "people.working-group.users[1]: `-carol` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen; a managed user's login may end in _shortcode)")]
    [DataRow("people:\n  working-group:\n    users: [\"a--b\"]\n", "people.working-group.users[0]: `a--b` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen; a managed user's login may end in _shortcode)")]
    [DataRow("people:\n  working-group:\n    users: [\"alice_\"]\n", "people.working-group.users[0]: `alice_` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen; a managed user's login may end in _shortcode)")]
    [DataRow("people:\n  working-group:\n    users: [\"@dave\"]\n", "people.working-group.users[0]: `@dave` is not a GitHub login: write it without the @")]
    [DataRow("people:\n  staff:\n    users: [\"abcdefghijabcdefghijabcdefghijabcdefghij\"]\n", "people.staff.users[0]: `abcdefghijabcdefghijabcdefghijabcdefghij` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen; a managed user's login may end in _shortcode)")]
    [DataRow("people:\n  automation: [\"bad bot[bot]\"]\n", "people.automation[0]: `bad bot[bot]` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen; a managed user's login may end in _shortcode)")]
    [DataRow("board:\n  owner: pytorch-fdn\n", "board.number (0) must be the project's number (1 or more) when board.owner is set")]
    [DataRow("board:\n  number: 6\n", "board.owner is empty but board.number is 6; set the organisation or user that owns the project, or remove the board")]
    [DataRow("board:\n  owner: pytorch-fdn\n  number: 6\n  status-field: \"\"\n", "board.status-field: is empty; a board needs it (board.owner is `pytorch-fdn`)")]
    [DataRow("requirements:\n  package-indexes:\n    pypi: pypi.org\n", "requirements.package-indexes.pypi: `pypi.org` is not an absolute http(s) URL")]
    [DataRow("requirements:\n  package-indexes:\n    conda: \"ftp://mirror.example.org\"\n", "requirements.package-indexes.conda: `ftp://mirror.example.org` is not an absolute http(s) URL")]
    [DataRow("requirements:\n  package-indexes:\n    pipy: https://pypi.org\n",
        "requirements.package-indexes.pipy: no check asks a package index named `pipy`; the indexes are pypi and conda")]
    [DataRow("requirements:\n  package-indexes: https://pypi.org\n", "requirements.package-indexes: name: value pairs are expected, but `https://pypi.org` is a single value")]
    [DataRow("requirements:\n  package-indexes: []\n",
        "requirements.package-indexes: has no entries; write name: value pairs (an empty URL turns an index off), or leave the key out")]
    [DataRow("requirements:\n  package-indexes:\n", "requirements.package-indexes: has no entries; write name: value pairs (an empty URL turns an index off), or leave the key out")]
    [DataRow("requirements:\n  package-indexes: [pypi]\n", "requirements.package-indexes: name: value pairs are expected, but a list was given")]
    [DataRow("housekeeping:\n  recheck-projects: [\"pytorch/vision/extra\"]\n", "housekeeping.recheck-projects[0]: `pytorch/vision/extra` is neither an issue number (such as 42) nor a repository of the form owner/repo")]
    [DataRow("housekeeping:\n  recheck-projects: [\"##42\"]\n", "housekeeping.recheck-projects[0]: `##42` is neither an issue number (such as 42) nor a repository of the form owner/repo")]
    [DataRow("housekeeping:\n  remind-after-days: 30\n  close-after-days: 20\n", "housekeeping.close-after-days (20) must be later than housekeeping.remind-after-days (30), or 0 to never close")]
    [DataRow("labels:\n  new: \"\"\n", "labels.new: is empty; every label role needs a label name")]
    [DataRow("labels:\n  in-review: New\n", "labels.new and labels.in-review are all `New`; each role needs its own label")]
    [DataRow("labels:\n  community-highlight-done: \"\"\n", "labels.community-highlight-done: is empty; every label role needs a label name")]
    [DataRow("labels:\n  community-highlight-done: Blog Candidate\n", "labels.community-highlight and labels.community-highlight-done are all `Blog candidate`; each role needs its own label")]
    [DataRow("people:\n  marketing:\n    users: [\"@mkt\"]\n", "people.marketing.users[0]: `@mkt` is not a GitHub login: write it without the @")]
    [DataRow("people:\n  marketing:\n    team: marketing\n", "people.marketing.team: `marketing` is not a team of the form org/team-slug (such as pytorch-fdn/ecosystem-wg)")]
    [DataRow("labels:\n  accepted: \"Accepted into the PyTorch Ecosystem after a Working Group vote\"\n", "labels.accepted: `Accepted into the PyTorch Ecosystem after a Working Group vote` is longer than the 50 characters GitHub allows in a label name")]
    [DataRow("sessions: weekly\n", "sessions: is a section with the keys time-zone, recurrence, dates, skip, lead-days, batch, order, reviewers-per-application, assignment-history-sessions; it cannot hold the value `weekly`")]
    [DataRow("onboarding: []\n", "onboarding: is a section with the keys checklist; it cannot be [] or \"\": write its keys under it, or leave it out")]
    [DataRow("people:\n  staff: \"\"\n", "people.staff: is a section with the keys users, team; it cannot be [] or \"\": write its keys under it, or leave it out")]
    [DataRow("sessions:\n  lead-days:\n    min: 3\n", "sessions.lead-days: is a single value, but keys were given under it (`min`)")]
    [DataRow("foundation:\n  name: [PyTorch, Foundation]\n", "foundation.name: a single value is expected, but a list was given; write it without [ ] or `- `")]
    [DataRow("people:\n  staff:\n    users:\n      - login: alice\n", "people.staff.users: item 1 is a mapping or a list; each item must be a single value")]
    [DataRow("people:\n  staff:\n    users:\n      - \"\"\n",
        "people.staff.users[0]: is an empty item; write its value, or remove the item (write [] for none)")]
    [DataRow("people:\n  staff:\n    users:\n      - alice\n      -\n",
        "people.staff.users[1]: is an empty item; write its value, or remove the item (write [] for none)")]
    [DataRow("onboarding:\n  checklist: [\"Add the project to the landscape\", \" \"]\n",
        "onboarding.checklist[1]: is an empty item; write its value, or remove the item (write [] for none)")]
    [DataRow("application:\n  template: \"\"\n", "application.template: is empty; name the issue form file, such as .github/ISSUE_TEMPLATE/application.yml")]
    [DataRow("board:\n  owner: acme\n  number: 3\n  columns:\n    backlog: Todo\n    in-progress: todo\n",
        "board.columns.backlog and board.columns.in-progress are all `Todo`; each stage needs its own column of board.status-field")]
    [DataRow("requirements:\n  permissive-licenses: []\n",
        "requirements.permissive-licenses: is empty, so no licence would meet requirement 7; list the licences, "
            + "or leave the key out for the default")]
    public void Mistake_is_reported_with_its_key_path(string yaml, string expected)
    {
        var problems = ConfigurationWorkspace.Problems(yaml);

        CollectionAssert.AreEqual(new[] { expected }, problems.ToArray(), string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public void Each_problem_of_a_value_in_the_file_names_the_line_and_column_of_its_key()
    {
        const string Yaml = """
            labels:
              new: New
            sessions:
              lead-days: 3
              batch:
                max: lots
              dates:
                - 2026-12-08
                - 2026-13-01
            voting:
              majorty-of: members
              quorum: 3
            requirements:
              package-indexes:
                PyPI: ftp://example.org
            """;
        using var workspace = new ConfigurationWorkspace(Yaml);
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_SESSIONS__LEAD_DAYS"] = "soon", ["ECOSYSTEM_SESSIONS__ORDER"] = "lifo" };

        var problems = workspace.Load(environment).Problems.ToDictionary(problem => problem.KeyPath, problem => $"{problem.Line}:{problem.Column}");

        Assert.AreEqual("6:5", problems["sessions.batch.max"]);
        Assert.AreEqual("9:7", problems["sessions.dates[1]"]);
        Assert.AreEqual("11:3", problems["voting.majorty-of"]);
        Assert.AreEqual("12:3", problems["voting.quorum"], "a rule between keys is placed at the key it names");
        Assert.AreEqual("15:5", problems["requirements.package-indexes.pypi"]);
        // A value that came from an environment variable has no place in the file, even where the file has the key.
        Assert.AreEqual(":", problems["sessions.lead-days"]);
        Assert.AreEqual(":", problems["sessions.order"]);
    }

    /// <summary>
    /// A rule about a key the file leaves out (board.number, when a foundation sets only board.owner) points at the key of
    /// the rule that is in the file, so the workflow's annotation lands on a line instead of the file's top.
    /// </summary>
    [TestMethod]
    public void A_rule_about_a_key_left_out_is_placed_at_the_key_it_reads_in_the_file()
    {
        using var workspace = new ConfigurationWorkspace("labels:\n  new: Sandbox\nboard:\n  owner: cncf\n");

        var problem = workspace.Load(new Dictionary<string, string?>()).Problems.Single();

        Assert.AreEqual("board.number", problem.KeyPath);
        Assert.AreEqual("4:3", $"{problem.Line}:{problem.Column}", "the line of board.owner");
    }

    [TestMethod]
    [DataRow("sessions:\n  time-zone: Europe/Berlin\n  recurrence: [\"30 16 * * MON-FRI\", \"0 9 1 * *\", \"0 9 * * TUE#2\"]\n")]
    [DataRow("sessions:\n  time-zone: UTC\n  dates: [\"2026-12-08\", \"2028-02-29\"]\n")]
    [DataRow("people:\n  staff:\n    team: pytorch-fdn/ecosystem_staff\n  working-group:\n    users: [a, Bob-2, x1-y2-z3]\n  automation: [\"github-actions[bot]\", my-app]\n")]
    [DataRow("requirements:\n  permissive-licenses: [\"LicenseRef-Custom\", \"GPL-2.0+\", \"0BSD\"]\n  package-indexes:\n    pypi: \"http://localhost:8080/simple\"\n")]
    [DataRow("housekeeping:\n  recheck-projects: [\"42\", \"#7\", \"pytorch/vision\", \"huggingface/transformers.js\"]\n")]
    [DataRow("voting:\n  majority-of: votes-cast\n  quorum: 5\n")]
    [DataRow("housekeeping:\n  remind-after-days: 0\n  close-after-days: 0\n")]
    [DataRow("board:\n  owner: pytorch-fdn\n  number: 6\n")]
    [DataRow("Sessions:\n  Lead-Days: 5\n")]
    [DataRow("# nothing but a comment\n")]
    [DataRow("")]
    public void Valid_configuration_has_no_problems(string yaml) => ConfigurationWorkspace.LoadValid(yaml);

    [TestMethod]
    public void Yaml_syntax_error_names_the_file_line_and_column()
    {
        var problems = ConfigurationWorkspace.Problems("sessions:\n  lead-days: 14\n  time-zone: \"UTC\n");

        CollectionAssert.AreEqual(
            new[] { ".github/ecosystem.yml is not valid YAML: line 3, column 14: While scanning a quoted scalar, found unexpected end of stream." },
            problems.ToArray());
    }

    [TestMethod]
    public void Unclosed_list_across_lines_is_a_syntax_error_near_where_it_opened()
    {
        var problems = ConfigurationWorkspace.Problems("sessions:\n  recurrence: [\"0 9 * * TUE#2\"\n  lead-days: 14\n");

        CollectionAssert.AreEqual(
            new[] { ".github/ecosystem.yml is not valid YAML: near line 2, column 15, a bracket, brace or quote is probably not closed." },
            problems.ToArray());
    }

    [TestMethod]
    public void Malformed_event_sequence_with_a_scanner_error_names_it_and_does_not_hang()
    {
        // Found by fuzzing: YamlDotNet throws without a position here, and its scanner then repeats the error token
        // forever; the loader used to walk those tokens looking for the last readable one.
        var problems = ConfigurationWorkspace.Problems("labels:\n  new: \"New\"*a\nboard:\n  owner: x  number: 6\n");

        CollectionAssert.AreEqual(
            new[] { ".github/ecosystem.yml is not valid YAML: line 4, column 19: While scanning a plain scalar value, found invalid mapping." },
            problems.ToArray());
    }

    [TestMethod]
    [DataRow("sessions:\n  lead-days: 3\n  batch:\n\tmax: 5\n", "line 4, column 1")]
    [DataRow("sessions:\n  batch:\n    min: 2\n  \tmax: 5\n", "line 4, column 3")]
    public void Tab_indentation_is_reported_where_the_tab_is(string yaml, string where)
    {
        // Before, YamlDotNet's own message placed it where the mapping starts (line 1, column 1), far from the tab.
        var problems = ConfigurationWorkspace.Problems(yaml);

        CollectionAssert.AreEqual(
            new[] { $".github/ecosystem.yml is not valid YAML: {where}: a tab indents this line; YAML indents with spaces, not tabs." },
            problems.ToArray());
    }

    /// <summary>A file that is not YAML named its line in words only, so the workflow's annotation landed on the file's top.</summary>
    [TestMethod]
    [DataRow("sessions:\n  lead-days: 3\n  batch:\n\tmax: 5\n", "4:1")]
    [DataRow("sessions:\n  lead-days: 14\n  time-zone: \"UTC\n", "3:14")]
    public void A_file_that_is_not_valid_yaml_is_placed_at_the_line_its_message_names(string yaml, string place)
    {
        using var workspace = new ConfigurationWorkspace(yaml);

        var problem = workspace.Load(new Dictionary<string, string?>()).Problems.Single();

        Assert.AreEqual(place, $"{problem.Line}:{problem.Column}", problem.ToString());
    }

    [TestMethod]
    public void An_empty_list_item_is_a_problem_at_its_line()
    {
        using var workspace = new ConfigurationWorkspace("people:\n  staff:\n    users:\n      - alice\n      -\n    team: pytorch-fdn/staff\n");

        var problem = workspace.Load().Problems.Single();

        Assert.AreEqual("people.staff.users[1]: is an empty item; write its value, or remove the item (write [] for none)", problem.ToString());
        Assert.AreEqual(5, problem.Line, problem.ToString());
    }

    [TestMethod]
    public void A_list_key_with_nothing_after_it_is_a_problem_at_its_line_rather_than_an_empty_list()
    {
        // init's file with only `checklist:` uncommented: before, this silently opened no onboarding issue, which only `[]` says.
        using var workspace = new ConfigurationWorkspace("onboarding:\n  checklist:\n  #   - \"Add the project to the landscape\"\n");

        var problem = workspace.Load().Problems.Single();

        Assert.AreEqual("onboarding.checklist: has no items; write [] for none, one `- item` per line, or leave the key out", problem.ToString());
        Assert.AreEqual("2:3", $"{problem.Line}:{problem.Column}");
        Assert.IsEmpty(ConfigurationWorkspace.LoadValid("onboarding:\n  checklist: []\n").Tally.OnboardingChecklist);
    }

    [TestMethod]
    [DataRow("just some words\n", ".github/ecosystem.yml must hold sections such as `labels:` and `sessions:` at the top level, but line 1 starts plain text.")]
    [DataRow("# sections\n- labels\n- sessions\n", ".github/ecosystem.yml must hold sections such as `labels:` and `sessions:` at the top level, but line 2 starts a list.")]
    [DataRow("---\nlabels:\n  new: A\n---\nlabels:\n  new: B\n", ".github/ecosystem.yml holds 2 YAML documents (separated by ---); keep one.")]
    [DataRow("board: [pytorch-fdn, 6]\n", "board: is a section with the keys owner, number, status-field, columns, session-date-field; it cannot be a list")]
    public void File_of_the_wrong_shape_is_reported(string yaml, string expected)
    {
        var problems = ConfigurationWorkspace.Problems(yaml);

        CollectionAssert.AreEqual(new[] { expected }, problems.ToArray(), string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public void A_managed_user_of_github_enterprise_is_a_login() =>
        CollectionAssert.AreEqual(new[] { "alice_acme", "bob" },
            ConfigurationWorkspace.LoadValid("people:\n  working-group:\n    users: [alice_acme, bob]\n").Guardians.WorkingGroupUsers.ToArray());

    [TestMethod]
    public void Duplicate_key_is_a_problem()
    {
        var problems = ConfigurationWorkspace.Problems("voting:\n  quorum: 1\nvoting:\n  quorum: 2\n");

        Assert.HasCount(1, problems);
        Assert.StartsWith(".github/ecosystem.yml is not valid YAML", problems[0]);
        Assert.Contains("Duplicate key", problems[0]);
    }

    [TestMethod]
    [DataRow("Sessions:\n  lead-days: 5\nsessions:\n  batch:\n    max: 7\n", "line 3, column 1 repeats the key `sessions`")]
    [DataRow("sessions:\n  lead-days: 5\n  Lead-Days: 7\n", "line 3, column 3 repeats the key `sessions.Lead-Days`")]
    [DataRow("requirements:\n  package-indexes:\n    PyPI: https://a.example.org\n    pypi: https://b.example.org\n",
        "line 4, column 5 repeats the key `requirements.package-indexes.pypi`")]
    public void Keys_that_differ_only_in_case_are_one_key_given_twice(string yaml, string expected)
    {
        // Keys are not case-sensitive: the second used to replace the first without a word.
        var problems = ConfigurationWorkspace.Problems(yaml);

        CollectionAssert.AreEqual(
            new[] { $".github/ecosystem.yml is not usable: {expected} (keys are not case-sensitive); keep one." }, problems.ToArray());
    }

    [TestMethod]
    [DataRow("labels:\n  new: ~\n", "labels.new: is empty; every label role needs a label name")]
    [DataRow("labels:\n  waiting: null\n", "labels.waiting: is empty; every label role needs a label name")]
    [DataRow("sessions:\n  lead-days: NULL\n", "sessions.lead-days: has no value; write a whole number, or leave the key out")]
    public void Yaml_null_is_no_value_rather_than_the_text_null(string yaml, string expected)
    {
        // Before, `new: ~` named the label "~" and `waiting: null` a label "null", which the automation then put on issues.
        var problems = ConfigurationWorkspace.Problems(yaml);

        CollectionAssert.AreEqual(new[] { expected }, problems.ToArray());
    }

    [TestMethod]
    public void A_quoted_null_is_text() =>
        Assert.AreEqual("null", ConfigurationWorkspace.LoadValid("labels:\n  new: \"null\"\n").Scheduling.Labels.New);

    [TestMethod]
    public void Problems_in_the_same_unknown_section_are_reported_once()
    {
        var problems = ConfigurationWorkspace.Problems("votng:\n  quorum: 1\n  majority-of: members\n");

        CollectionAssert.AreEqual(new[] { "unknown key `votng` (did you mean `voting`?)" }, problems.ToArray());
    }

    [TestMethod]
    public void Mistyped_value_keeps_its_default_so_no_second_problem_follows()
    {
        // batch.min is invalid, so the comparison with batch.max is not made against a guessed value.
        var problems = ConfigurationWorkspace.Problems("sessions:\n  batch:\n    min: many\n    max: 3\n");

        CollectionAssert.AreEqual(new[] { "sessions.batch.min: `many` is not a whole number" }, problems.ToArray());
    }

    [TestMethod]
    public void Unknown_environment_key_names_the_variable()
    {
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_SESIONS__LEAD_DAYS"] = "3" };

        var problems = ConfigurationWorkspace.Problems("", environment);

        CollectionAssert.AreEqual(
            new[] { "unknown key `SESIONS` (did you mean `sessions`?) (from environment variable `ECOSYSTEM_SESIONS__LEAD_DAYS`)" },
            problems.ToArray());
    }

    [TestMethod]
    [DataRow("ECOSYSTEM_SESSIONS__LEAD_DAZE", "unknown key `sessions.LEAD_DAZE` (did you mean `sessions.lead-days`?) (from environment variable `ECOSYSTEM_SESSIONS__LEAD_DAZE`)")]
    [DataRow("ECOSYSTEM_BOARD__COLUMNS__IN-PROGRES", "unknown key `board.columns.IN-PROGRES` (did you mean `board.columns.in-progress`?) (from environment variable `ECOSYSTEM_BOARD__COLUMNS__IN-PROGRES`)")]
    [DataRow("ECOSYSTEM_REQUIREMENTS__PACKAGE_INDEXES__PYPI__URL", "requirements.package-indexes: `PYPI` must be given a single value, not a mapping or a list (from environment variable `ECOSYSTEM_REQUIREMENTS__PACKAGE_INDEXES__PYPI__URL`)")]
    public void Unknown_nested_environment_key_names_the_variable(string variable, string expected)
    {
        var environment = new Dictionary<string, string?> { [variable] = "3" };

        var problems = ConfigurationWorkspace.Problems("", environment);

        CollectionAssert.AreEqual(new[] { expected }, problems.ToArray());
    }

    [TestMethod]
    public void Invalid_package_index_from_the_environment_names_the_variable()
    {
        var environment = new Dictionary<string, string?> { ["ECOSYSTEM_REQUIREMENTS__PACKAGE_INDEXES__PYPI"] = "ftp://pypi.example" };

        var problems = ConfigurationWorkspace.Problems("", environment);

        Assert.HasCount(1, problems);
        StringAssert.StartsWith(problems[0], "requirements.package-indexes.pypi: ");
        StringAssert.EndsWith(problems[0], "(from environment variable `ECOSYSTEM_REQUIREMENTS__PACKAGE_INDEXES__PYPI`)");
    }

    [TestMethod]
    public void Invalid_item_in_a_comma_separated_override_names_its_position()
    {
        var problems = ConfigurationWorkspace.Problems("", overrides: ["sessions.dates=2026-12-08, tomorrow"]);

        CollectionAssert.AreEqual(
            new[] { "sessions.dates[1]: `tomorrow` is not a date of the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM for a start other than 09:00) (from override `sessions.dates=2026-12-08, tomorrow`)" },
            problems.ToArray());
    }
}
