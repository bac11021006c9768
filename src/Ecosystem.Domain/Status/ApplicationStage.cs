using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Status;

/// <summary>
/// Where an open application stands, as the status page names it: <see cref="Rank"/> orders the page (furthest along
/// first), <see cref="Id"/> is its stable token (data attributes, tests).
/// </summary>
public sealed record ApplicationStage(int Rank, string Id, string Name, string WithoutSession = "not recorded", string Before = "")
{
    public static readonly ApplicationStage Voting = new(0, "voting", "Voting", Before: "reviewed ");

    /// <summary>Its session has passed; the outcome is not out yet.</summary>
    public static readonly ApplicationStage InReview = new(1, "in-review", "In review", Before: "reviewed ");

    public static readonly ApplicationStage Scheduled = new(2, "scheduled", "Scheduled for a session");
    public static readonly ApplicationStage Backlog = new(3, "backlog", "Backlog", "after the last session in the calendar");
    public static readonly ApplicationStage WaitingOnApplicant = new(4, "waiting", "Waiting on the applicant", "once the applicant has answered");

    /// <summary>Set waiting while in review once its session had started: reviewed there, it waits for the answer, then for its vote.</summary>
    public static readonly ApplicationStage WaitingAfterReview = WaitingOnApplicant with { Before = InReview.Before };

    /// <summary>Declined lately and filed again too soon: intake holds it in the waiting label until its date, which no answer moves.</summary>
    public static readonly ApplicationStage EarlyResubmission = new(5, "resubmission", "Early resubmission", Before: "reviewed as new from ");

    public static readonly ApplicationStage HeldBackByIntake = new(6, "held-back", "Held back by intake", "once the intake check passes");

    /// <summary>Open and undecided, but neither new nor in review (marked returning alone, say): the scheduler takes it only once put back.</summary>
    public static readonly ApplicationStage NotQueued = new(7, "not-queued", "Not in the review queue", "once it is put back in the queue");

    /// <summary>The expected-session cell: the date, or why there is none.</summary>
    public string Expected(DateOnly? date) => date is { } d ? Before + SessionText.Date(d) : WithoutSession;
}
