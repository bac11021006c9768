using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>Reminders, stale closing and the periodic re-check of accepted projects.</summary>
public sealed class HousekeepingOptions
{
    /// <summary>Days an application may wait on the applicant before a reminder; 0 turns reminders off.</summary>
    [ConfigurationKeyName("remind-after-days")]
    public int RemindAfterDays { get; init; } = 30;

    /// <summary>Days an application may wait on the applicant before it is closed; 0 never closes.</summary>
    [ConfigurationKeyName("close-after-days")]
    public int CloseAfterDays { get; init; } = 60;

    /// <summary>Months between re-checks of accepted projects; 0 turns re-checks off.</summary>
    [ConfigurationKeyName("recheck-every-months")]
    public int RecheckEveryMonths { get; init; } = 6;

    /// <summary>Days an accepted project has to fix a shortfall found by a re-check.</summary>
    [ConfigurationKeyName("recheck-grace-days")]
    public int RecheckGraceDays { get; init; } = 30;

    /// <summary>Projects to re-check on the next run regardless of schedule: <c>owner/repo</c> or an issue number.</summary>
    [ConfigurationKeyName("recheck-projects")]
    public IReadOnlyList<string> RecheckProjects { get; init; } = [];
}
