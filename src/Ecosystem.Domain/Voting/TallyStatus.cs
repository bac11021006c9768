namespace Ecosystem.Domain.Voting;

/// <summary>Where a vote stands. Output values: <c>open</c>, <c>passing</c>, <c>failing</c>, <c>decided</c>, <c>approved</c>, <c>declined</c>, <c>too-early</c>, <c>community-highlight</c>.</summary>
public enum TallyStatus
{
    /// <summary>Not opened yet, or opened with no ballot counted.</summary>
    Open,

    /// <summary>Approvals ahead (more approvals than declines), not yet decided.</summary>
    Passing,

    /// <summary>Approvals not ahead, not yet decided.</summary>
    Failing,

    /// <summary>Still open, but the remaining members cannot change the outcome (see <see cref="TallyResult.Foregone"/>).</summary>
    Decided,

    /// <summary>Closed: approved.</summary>
    Approved,

    /// <summary>Closed: declined.</summary>
    Declined,

    /// <summary>Closed by staff as too early.</summary>
    TooEarly,

    /// <summary>Closed by staff as a community highlight.</summary>
    CommunityHighlight,
}
