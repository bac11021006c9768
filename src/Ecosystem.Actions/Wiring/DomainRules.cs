using Ecosystem.Actions.Configuration;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Wiring;

/// <summary>
/// Translates the validated configuration into the rule records of the domain. The one place where a
/// configuration key meets the code that obeys it.
/// </summary>
public static class DomainRules
{
    public static IntakeRules Intake(EcosystemOptions options, TimeProvider time)
    {
        var defaults = new IntakeRules();
        var requirements = options.Requirements;
        return defaults with
        {
            MinStars = requirements.MinStars,
            MinCommits = requirements.MinCommits90d,
            MinContributors = requirements.MinContributors90d,
            MinMaintainers = requirements.MinMaintainers,
            ResubmitAfterDays = requirements.ResubmitAfterDays,
            PermissiveLicenses = requirements.PermissiveLicenses,
            LayoutFiles = [.. requirements.LayoutFiles.Select((name, index) => LayoutFileNamed(name, index, defaults.LayoutFiles))],
            Labels = options.Labels.Names,
            BacklogColumn = options.Board.IsEnabled ? options.Board.Columns.Backlog : null,
            TitlePrefix = options.Application.TitlePrefix,
            ApplicationLabel = options.Application.Label.Trim(),
            Time = time,
        };
    }

    public static TallyRules Tally(EcosystemOptions options)
    {
        var voting = options.Voting;
        return new TallyRules
        {
            MajorityOf = voting.MajorityOf,
            Quorum = voting.Quorum,
            CloseAfterDays = voting.CloseAfterDays,
            DeclineNeedsReason = voting.DeclineNeedsReason,
            OpenOnSchedule = voting.OpenOnSchedule,
            CloseDeclinedIssues = voting.CloseDeclinedIssues,
            RemindAfterDays = voting.RemindAfterDays,
            RemindBeforeCloseDays = voting.RemindBeforeCloseDays,
            ResubmitAfterDays = options.Requirements.ResubmitAfterDays,
            Labels = options.Labels.Names,
            DoneColumn = DoneColumn(options),
            // Validated at load, so it resolves.
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Sessions.TimeZone),
        };
    }

    public static SchedulingRules Scheduling(EcosystemOptions options)
    {
        return new SchedulingRules
        {
            Labels = options.Labels.Names,
            LeadDays = options.Sessions.LeadDays,
            BatchMin = options.Sessions.Batch.Min,
            BatchMax = options.Sessions.Batch.Max,
            RemoveNewOnSchedule = options.Labels.RemoveNewOnSchedule,
            Order = options.Sessions.Order,
            InProgressColumn = options.Board.IsEnabled ? options.Board.Columns.InProgress : null,
        };
    }

    public static ReviewCalendarSettings Calendar(EcosystemOptions options)
    {
        var sessions = options.Sessions;
        return new ReviewCalendarSettings
        {
            TimeZone = sessions.TimeZone,
            Recurrence = sessions.Recurrence,
            Dates = sessions.Dates,
            Skip = sessions.Skip,
        };
    }

    public static GuardianRules Guardians(EcosystemOptions options)
    {
        var housekeeping = options.Housekeeping;
        return new GuardianRules
        {
            Labels = options.Labels.Names,
            ResubmitAfterDays = options.Requirements.ResubmitAfterDays,
            Order = options.Sessions.Order,
            ApplicationLabel = options.Application.Label.Trim(),
            RemindAfterDays = housekeeping.RemindAfterDays,
            CloseAfterDays = housekeeping.CloseAfterDays,
            RecheckEveryMonths = housekeeping.RecheckEveryMonths,
            RecheckGraceDays = housekeeping.RecheckGraceDays,
            WorkingGroupTeam = options.People.WorkingGroup.Team,
            WorkingGroupUsers = options.People.WorkingGroup.Users,
            DoneColumn = DoneColumn(options),
        };
    }

    private static string? DoneColumn(EcosystemOptions options) => options.Board.IsEnabled ? options.Board.Columns.Done : null;

    // A configured name keeps the requirement number and spellings the domain knows for it; a new name is
    // matched by its own stem.
    private static LayoutFile LayoutFileNamed(string name, int index, IReadOnlyList<LayoutFile> known) =>
        known.FirstOrDefault(file => string.Equals(file.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? new LayoutFile(15 + index, name, [name.ToLowerInvariant()]);
}
