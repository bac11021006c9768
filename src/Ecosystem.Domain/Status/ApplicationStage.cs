namespace Ecosystem.Domain.Status;

/// <summary>Where an open application stands, as the status page names it; furthest along first (the page's order).</summary>
public enum ApplicationStage
{
    /// <summary>The Working Group is voting.</summary>
    Voting,

    /// <summary>Its session has passed; the outcome is not out yet.</summary>
    InReview,

    /// <summary>In review for a coming session.</summary>
    Scheduled,

    /// <summary>Ready, waiting its turn in the queue.</summary>
    Backlog,

    /// <summary>The applicant has to answer first.</summary>
    WaitingOnApplicant,

    /// <summary>The intake check is not complete.</summary>
    HeldBackByIntake,
}
