using System.Globalization;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Status;

/// <summary>How the status page and its summary write stages, dates and durations (invariant culture everywhere).</summary>
internal static class StatusText
{
    /// <summary>The stage's stable token (data attributes, tests) and its name on the page.</summary>
    public static (string Id, string Name) Stage(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Backlog => ("backlog", "Backlog"),
        ApplicationStage.Scheduled => ("scheduled", "Scheduled for a session"),
        ApplicationStage.InReview => ("in-review", "In review"),
        ApplicationStage.Voting => ("voting", "Voting"),
        ApplicationStage.WaitingOnApplicant => ("waiting", "Waiting on the applicant"),
        _ => ("held-back", "Held back by intake"),
    };

    /// <summary>The expected-session cell: the date, or why there is none.</summary>
    public static string Expected(ApplicationStage stage, DateOnly? session) => (stage, session) switch
    {
        (ApplicationStage.InReview or ApplicationStage.Voting, { } date) => "reviewed " + SessionText.Date(date),
        (_, { } date) => SessionText.Date(date),
        (ApplicationStage.Backlog, null) => "after the last session in the calendar",
        (ApplicationStage.WaitingOnApplicant, null) => "once the applicant has answered",
        (ApplicationStage.HeldBackByIntake, null) => "once the intake check passes",
        _ => "not recorded",
    };

    public static string Month(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortMonth(DateOnly month) => month.ToString("MMM", CultureInfo.InvariantCulture);

    public static string Days(double? days) => days is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "—";
}
