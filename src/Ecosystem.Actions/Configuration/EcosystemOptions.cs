using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Configuration;

// The whole of `.github/ecosystem.yml`, as typed options: a new instance holds the built-in defaults, which are the
// domain's own (one place each); EcosystemConfiguration.Load layers the file, environment and overrides on top.
// Keys are kebab-case and listed once, in ConfigurationSchema; the README's Configuration section documents each.
// The option classes are small data holders of one tree, so they share this file.

public sealed class EcosystemOptions
{
    public LabelOptions Labels { get; set; } = new();
    public ApplicationOptions Application { get; set; } = new();
    public BoardOptions Board { get; set; } = new();
    public SessionsOptions Sessions { get; set; } = new();
    public PeopleOptions People { get; set; } = new();
    public VotingOptions Voting { get; set; } = new();
    public RequirementsOptions Requirements { get; set; } = new();
    public HousekeepingOptions Housekeeping { get; set; } = new();
    public OnboardingOptions Onboarding { get; set; } = new();
}

/// <summary>
/// Label names for each role in the process, kept as the domain's one <see cref="LabelNames"/> value (and its
/// defaults) that every rules record shares; each key sets its name in it.
/// </summary>
public sealed class LabelOptions
{
    public LabelNames Names { get; set; } = new();
    public bool RemoveNewOnSchedule { get; set; } = true;
    public bool RemoveWaitingOnReply { get; set; } = true;
}

public sealed class ApplicationOptions
{
    public string Template { get; set; } = ".github/ISSUE_TEMPLATE/application.yml";
    public string TitlePrefix { get; set; } = Defaults.Intake.TitlePrefix;

    /// <summary>An extra label that identifies applications; empty when applications are recognised by their form alone.</summary>
    public string Label { get; set; } = "";
}

/// <summary>The Projects v2 board. Without an <see cref="Owner"/> there is no board and the automation runs on labels alone.</summary>
public sealed class BoardOptions
{
    public string Owner { get; set; } = "";
    public int Number { get; set; }
    public string StatusField { get; set; } = "Status";
    public BoardColumnOptions Columns { get; set; } = new();

    /// <summary>An optional date field set to the session date when an item is scheduled; empty means none.</summary>
    public string SessionDateField { get; set; } = "";

    public bool IsEnabled => Owner.Length > 0;
}

public sealed class BoardColumnOptions
{
    public string Backlog { get; set; } = "New";
    public string InProgress { get; set; } = "In progress";
    public string Done { get; set; } = "Done";
}

/// <summary>When Working Group review sessions happen and how batches are filled. By default there are no sessions.</summary>
public sealed class SessionsOptions
{
    public string TimeZone { get; set; } = Defaults.Calendar.TimeZone;

    /// <summary>Cron expressions, dates and skipped dates as the domain's calendar reads them (checked by it at load).</summary>
    public IReadOnlyList<string> Recurrence { get; set; } = [];
    public IReadOnlyList<string> Dates { get; set; } = [];
    public IReadOnlyList<string> Skip { get; set; } = [];
    public int LeadDays { get; set; } = Defaults.Scheduling.LeadDays;
    public BatchOptions Batch { get; set; } = new();
    public ReviewOrder Order { get; set; } = Defaults.Scheduling.Order;
    public int ReviewersPerApplication { get; set; } = 1;
    public int AssignmentHistorySessions { get; set; } = 6;
}

public sealed class BatchOptions
{
    public int Min { get; set; } = Defaults.Scheduling.BatchMin;
    public int Max { get; set; } = Defaults.Scheduling.BatchMax;
}

public sealed class PeopleOptions
{
    public PeopleGroupOptions Staff { get; set; } = new();
    public WorkingGroupOptions WorkingGroup { get; set; } = new();
    public PeopleGroupOptions Marketing { get; set; } = new();

    /// <summary>Extra bot logins whose label changes are trusted (the automation's own login always is).</summary>
    public IReadOnlyList<string> Automation { get; set; } = [];
}

/// <summary>Listed logins, a GitHub team (<c>org/team-slug</c>, or empty), or both: members of either belong.</summary>
public class PeopleGroupOptions
{
    public IReadOnlyList<string> Users { get; set; } = [];
    public string Team { get; set; } = "";
}

public sealed class WorkingGroupOptions : PeopleGroupOptions
{
    /// <summary>Members who vote but are not picked to lead reviews for now (away, on leave).</summary>
    public IReadOnlyList<string> Unavailable { get; set; } = [];
}

public sealed class VotingOptions
{
    public MajorityBasis MajorityOf { get; set; } = Defaults.Tally.MajorityOf;
    public int Quorum { get; set; } = Defaults.Tally.Quorum;
    public int CloseAfterDays { get; set; } = Defaults.Tally.CloseAfterDays;
    public bool CloseDeclinedIssues { get; set; } = Defaults.Tally.CloseDeclinedIssues;
    public bool OpenOnSchedule { get; set; } = Defaults.Tally.OpenOnSchedule;
    public int RemindAfterDays { get; set; } = Defaults.Tally.RemindAfterDays;
    public int RemindBeforeCloseDays { get; set; } = Defaults.Tally.RemindBeforeCloseDays;
    public bool DeclineNeedsReason { get; set; } = Defaults.Tally.DeclineNeedsReason;
}

public sealed class RequirementsOptions
{
    public int MinStars { get; set; } = Defaults.Intake.MinStars;
    public int MinCommits90d { get; set; } = Defaults.Intake.MinCommits;
    public int MinContributors90d { get; set; } = Defaults.Intake.MinContributors;
    public int MinMaintainers { get; set; } = Defaults.Intake.MinMaintainers;
    public IReadOnlyList<string> PermissiveLicenses { get; set; } = Defaults.Intake.PermissiveLicenses;
    public int ResubmitAfterDays { get; set; } = Defaults.Intake.ResubmitAfterDays;

    /// <summary>Package index name (not case-sensitive) to base URL; an empty URL turns that index off.</summary>
    public IReadOnlyDictionary<string, string> PackageIndexes { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pypi"] = "https://pypi.org",
        ["conda"] = "https://api.anaconda.org",
    };

    public IReadOnlyList<string> LayoutFiles { get; set; } = [.. Defaults.Intake.LayoutFiles.Select(file => file.Name)];
}

/// <summary>Reminders, stale closing and the periodic re-check of accepted projects; a period of 0 turns its part off.</summary>
public sealed class HousekeepingOptions
{
    public int RemindAfterDays { get; set; } = Defaults.Guardians.RemindAfterDays;
    public int CloseAfterDays { get; set; } = Defaults.Guardians.CloseAfterDays;
    public int RecheckEveryMonths { get; set; } = Defaults.Guardians.RecheckEveryMonths;
    public int RecheckGraceDays { get; set; } = Defaults.Guardians.RecheckGraceDays;

    /// <summary>Projects to re-check on the next run regardless of schedule: <c>owner/repo</c> or an issue number.</summary>
    public IReadOnlyList<string> RecheckProjects { get; set; } = [];
}

public sealed class OnboardingOptions
{
    /// <summary>The checklist of the onboarding issue, one task per item; an empty list opens no onboarding issue.</summary>
    public IReadOnlyList<string> Checklist { get; set; } =
    [
        "Add the project to the PyTorch landscape",
        "List the project on the PyTorch website's ecosystem page",
        "Announce the project (newsletter and social media)",
        "Offer the maintainers a post on the PyTorch blog",
    ];
}

/// <summary>The domain's rule records at their defaults, which are the options' defaults.</summary>
file static class Defaults
{
    public static readonly IntakeRules Intake = new();
    public static readonly TallyRules Tally = new();
    public static readonly SchedulingRules Scheduling = new();
    public static readonly GuardianRules Guardians = new();
    public static readonly ReviewCalendarSettings Calendar = new();
}
