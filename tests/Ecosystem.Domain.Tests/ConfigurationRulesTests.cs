using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;
using static Ecosystem.Domain.Tests.Scheduling.Calendars;

namespace Ecosystem.Domain.Tests;

[TestClass]
public sealed class ConfigurationRulesTests
{
    [TestMethod]
    public void Default_rules_have_no_problems() => Assert.IsEmpty(Check());

    [TestMethod]
    public void A_skipped_date_also_listed_as_a_session_is_reported_with_its_key_path_and_the_keys_it_reads()
    {
        var problem = Check(calendar: Settings(LosAngeles, dates: ["2026-12-08"], skip: ["2026-12-22", "2026-12-08"])).Single();

        Assert.AreEqual("sessions.skip[1]: 2026-12-08 is also listed in sessions.dates; remove it from one of the two.", problem.ToString());
        CollectionAssert.AreEqual(new[] { "sessions.skip", "sessions.dates" }, problem.Reads);
    }

    [TestMethod]
    public void Valid_calendar_has_no_problems() =>
        Assert.IsEmpty(Check(calendar: Settings(LosAngeles, recurrence: ["0 9 * * TUE#2", "0 9 * * TUE#4"], dates: ["2026-12-15", "2026-12-16T13:30"], skip: ["2026-12-22"])));

    [TestMethod]
    public void A_batch_below_its_minimum_names_the_maximum_and_reads_the_minimum()
    {
        var problem = Check(scheduling: new SchedulingRules { BatchMin = 7, BatchMax = 5 }).Single();

        Assert.AreEqual(("sessions.batch.max", "sessions.batch.max (5) is below sessions.batch.min (7)"), (problem.KeyPath, problem.ToString()));
        CollectionAssert.AreEqual(new[] { "sessions.batch.min" }, problem.Reads);
    }

    [TestMethod]
    public void Two_roles_with_one_label_in_another_case_are_one_problem_at_the_first_role()
    {
        var labels = new LabelNames { CommunityHighlightDone = "Blog Candidate" };

        var problem = Check(scheduling: new SchedulingRules { Labels = labels }).Single();

        Assert.AreEqual("labels.community-highlight and labels.community-highlight-done are all `Blog candidate`; each role needs its own label", problem.ToString());
        CollectionAssert.AreEqual(new[] { "labels.community-highlight", "labels.community-highlight-done" }, problem.Reads);
    }

    [TestMethod]
    public void An_application_label_that_is_a_role_label_is_a_problem_as_validate_would_add_that_role_to_every_application()
    {
        SchedulingRules WithApplicationLabel(string label) => new() { Labels = new LabelNames { Application = label } };

        Assert.AreEqual(
            ("labels.in-review and application.label are all `In review`; each role needs its own label", "labels.in-review,application.label"),
            Check(scheduling: WithApplicationLabel("in review")).Select(problem => (problem.ToString(), string.Join(',', problem.Reads))).Single());
        Assert.IsEmpty(Check(scheduling: WithApplicationLabel("Ecosystem application")));
    }

    [TestMethod]
    public void A_board_needs_its_number_and_its_names()
    {
        var problems = Check(board: new BoardSettings("pytorch-fdn", StatusField: " ")).Select(problem => problem.ToString());

        CollectionAssert.AreEqual(
            new[]
            {
                "board.number (0) must be the project's number (1 or more) when board.owner is set",
                "board.status-field: is empty; a board needs it (board.owner is `pytorch-fdn`)",
            },
            problems.ToArray());
    }

    [TestMethod]
    public void Quorum_with_members_and_closing_before_the_reminder_are_problems()
    {
        var problems = Check(tally: new TallyRules { Quorum = 3 }, guardians: new GuardianRules { RemindAfterDays = 30, CloseAfterDays = 20 });

        CollectionAssert.AreEqual(new[] { "voting.quorum", "housekeeping.close-after-days" }, problems.Select(problem => problem.KeyPath).ToArray());
    }

    [TestMethod]
    public void Days_or_months_beyond_a_century_are_problems_as_the_dates_they_reach_would_stop_the_commands_that_count_them()
    {
        var problems = Check(
            tally: new TallyRules { CloseAfterDays = 99_999_999, Resubmission = new(36_501), RemindAfterDays = 36_500 },
            guardians: new GuardianRules { CloseAfterDays = int.MaxValue, RecheckEveryMonths = 1_201, RecheckGraceDays = 36_500 });

        CollectionAssert.AreEqual(
            new[]
            {
                "voting.close-after-days (99999999) is more than 100 years; write at most 36500",
                "requirements.resubmit-after-days (36501) is more than 100 years; write at most 36500",
                "housekeeping.close-after-days (2147483647) is more than 100 years; write at most 36500",
                "housekeeping.recheck-every-months (1201) is more than 100 years; write at most 1200",
            },
            problems.Select(problem => problem.ToString()).ToArray());
    }

    private static IReadOnlyList<ConfigurationProblem> Check(
        SchedulingRules? scheduling = null, TallyRules? tally = null, GuardianRules? guardians = null, BoardSettings? board = null, ReviewCalendarSettings? calendar = null) =>
        ConfigurationRules.Check(scheduling ?? new(), tally ?? new(), guardians ?? new(), board ?? new(), calendar ?? new(), new());
}
