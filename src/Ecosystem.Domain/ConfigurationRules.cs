using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Domain;

/// <summary>
/// The rules between configuration keys, stated once; each value is valid by its type already (the domain's readers
/// read it). Each problem names its key path and the other keys its rule reads. Loops, not LINQ over value types: the
/// configuration checks these at every start.
/// </summary>
public static class ConfigurationRules
{
    private const int Century = 36_500;

    public static IReadOnlyList<ConfigurationProblem> Check(
        SchedulingRules scheduling, TallyRules tally, GuardianRules guardians, BoardSettings board, ReviewCalendarSettings calendar,
        IntakeRules intake)
    {
        var problems = new List<ConfigurationProblem>();
        void Require(bool holds, string keyPath, string message, params string[] reads)
        {
            if (!holds)
            {
                problems.Add(new(keyPath, message, reads));
            }
        }

        Require(scheduling.BatchMax >= 1, "sessions.batch.max", $"sessions.batch.max ({scheduling.BatchMax}) must be at least 1");
        Require(scheduling.BatchMax < 1 || scheduling.BatchMax >= scheduling.BatchMin, "sessions.batch.max",
            $"sessions.batch.max ({scheduling.BatchMax}) is below sessions.batch.min ({scheduling.BatchMin})", "sessions.batch.min");
        // An empty list would fail every application's licence: `[]` reads as "check nothing" to a person, not as "accept nothing".
        Require(intake.PermissiveLicenses.Count > 0, "requirements.permissive-licenses",
            "is empty, so no licence would meet requirement 7; list the licences, or leave the key out for the default");
        Require(tally.Quorum == 0 || tally.MajorityOf != MajorityBasis.Members, "voting.quorum",
            $"voting.quorum ({tally.Quorum}) applies only with voting.majority-of `votes-cast`; with `members` every member counts already. Remove the quorum or change majority-of.", "voting.majority-of");
        string[] boardKeys = ["board.owner", "board.number"];
        Require(board.IsEnabled || board.Number == 0, "board.owner",
            $"board.owner is empty but board.number is {board.Number}; set the organisation or user that owns the project, or remove the board", boardKeys);
        Require(!board.IsEnabled || board.Number > 0, "board.number", $"board.number ({board.Number}) must be the project's number (1 or more) when board.owner is set", boardKeys);
        void Named(string key, string name) =>
            Require(!board.IsEnabled || name.Trim().Length > 0, key, $"is empty; a board needs it (board.owner is `{board.Owner}`)", boardKeys);
        Named("board.status-field", board.StatusField);
        foreach (var (key, name) in board.Columns.Keyed)
        {
            Named(key, name);
        }

        // Keys naming one thing each: two that name the same would read as one (application.label too: intake adds it to every
        // application, so a role's label there would give every one that role; a stage sharing a column would never show).
        void Distinct(Dictionary<string, List<string>> claims, string what)
        {
            foreach (var (name, keys) in claims)
            {
                Require(keys.Count == 1, keys[0], $"{string.Join(" and ", keys)} are all `{name}`; {what}", [.. keys]);
            }
        }
        static void Claim(Dictionary<string, List<string>> claims, string name, string key) =>
            (claims.TryGetValue(name, out var keys) ? keys : claims[name] = []).Add(key);
        var roles = new Dictionary<string, List<string>>(LabelNames.Comparer);
        foreach (var role in LabelNames.Roles)
        {
            Claim(roles, role.Get(scheduling.Labels), role.Key);
        }
        if (scheduling.Labels.Application.Length > 0)
        {
            Claim(roles, scheduling.Labels.Application, "application.label");
        }
        Distinct(roles, "each role needs its own label");
        var columns = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, name) in board.Columns.Keyed)
        {
            if (board.IsEnabled && name.Trim().Length > 0)
            {
                Claim(columns, name, key);
            }
        }
        Distinct(columns, "each stage needs its own column of board.status-field");

        Require(guardians.RemindAfterDays == 0 || guardians.CloseAfterDays == 0 || guardians.CloseAfterDays > guardians.RemindAfterDays, "housekeeping.close-after-days",
            $"housekeeping.close-after-days ({guardians.CloseAfterDays}) must be later than housekeeping.remind-after-days ({guardians.RemindAfterDays}), or 0 to never close", "housekeeping.remind-after-days");
        // A span the process adds to a date: beyond a century it could pass the calendar's last day (9999) and stop the command.
        foreach (var (key, span, most) in new[]
        {
            ("sessions.lead-days", scheduling.LeadDays, Century), ("voting.close-after-days", tally.CloseAfterDays, Century),
            ("voting.remind-after-days", tally.RemindAfterDays, Century), ("voting.remind-before-close-days", tally.RemindBeforeCloseDays, Century),
            ("requirements.resubmit-after-days", tally.Resubmission.Days, Century),
            ("housekeeping.remind-after-days", guardians.RemindAfterDays, Century),
            ("housekeeping.close-after-days", guardians.CloseAfterDays, Century),
            ("housekeeping.recheck-every-months", guardians.RecheckEveryMonths, 1_200),
            ("housekeeping.recheck-grace-days", guardians.RecheckGraceDays, Century),
        })
        {
            Require(span <= most, key, $"{key} ({span}) is more than 100 years; write at most {most}");
        }

        var sessionDates = new HashSet<DateOnly>();
        foreach (var start in calendar.Dates)
        {
            sessionDates.Add(DateOnly.FromDateTime(start));
        }
        for (var index = 0; index < calendar.Skip.Length; index++)
        {
            Require(!sessionDates.Contains(calendar.Skip[index]), $"sessions.skip[{index}]",
                $"{SessionText.Date(calendar.Skip[index])} is also listed in sessions.dates; remove it from one of the two.", "sessions.skip", "sessions.dates");
        }

        return problems;
    }
}
