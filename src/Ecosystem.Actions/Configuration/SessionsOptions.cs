using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>When Working Group review sessions happen and how batches are filled. By default there are no sessions.</summary>
public sealed class SessionsOptions
{
    /// <summary>IANA time zone id the recurrence and dates are read in.</summary>
    [ConfigurationKeyName("time-zone")]
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Five-field cron expressions (nth weekday such as <c>TUE#2</c> allowed).</summary>
    [ConfigurationKeyName("recurrence")]
    public IReadOnlyList<string> Recurrence { get; init; } = [];

    /// <summary>One-off session dates in addition to the recurrence.</summary>
    [ConfigurationKeyName("dates")]
    public IReadOnlyList<DateOnly> Dates { get; init; } = [];

    /// <summary>Dates on which a recurring session does not take place.</summary>
    [ConfigurationKeyName("skip")]
    public IReadOnlyList<DateOnly> Skip { get; init; } = [];

    /// <summary>How many days before a session its batch is scheduled.</summary>
    [ConfigurationKeyName("lead-days")]
    public int LeadDays { get; init; } = 14;

    [ConfigurationKeyName("batch")]
    public BatchOptions Batch { get; init; } = new();

    [ConfigurationKeyName("order")]
    public ReviewOrder Order { get; init; } = ReviewOrder.ReturningFirst;

    /// <summary>Lead reviewers assigned to each application joining a batch; 0 assigns none.</summary>
    [ConfigurationKeyName("reviewers-per-application")]
    public int ReviewersPerApplication { get; init; } = 1;

    /// <summary>How many earlier sessions count towards a member's review load when reviewers are picked.</summary>
    [ConfigurationKeyName("assignment-history-sessions")]
    public int AssignmentHistorySessions { get; init; } = 6;
}
