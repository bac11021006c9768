using System.Globalization;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Status;

/// <summary>How the status page and its summary write stages, dates and durations (invariant culture everywhere).</summary>
internal static class StatusText
{
    public static string Stage(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Backlog => "Backlog",
        ApplicationStage.Scheduled => "Scheduled for a session",
        ApplicationStage.InReview => "In review",
        ApplicationStage.Voting => "Voting",
        ApplicationStage.WaitingOnApplicant => "Waiting on the applicant",
        _ => "Held back by intake",
    };

    /// <summary>A stable token for the stage (data attributes, tests).</summary>
    public static string StageId(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Backlog => "backlog",
        ApplicationStage.Scheduled => "scheduled",
        ApplicationStage.InReview => "in-review",
        ApplicationStage.Voting => "voting",
        ApplicationStage.WaitingOnApplicant => "waiting",
        _ => "held-back",
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
