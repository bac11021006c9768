namespace Ecosystem.Domain.Voting;

/// <summary>
/// Where a vote stands. Output values: <c>open</c>, <c>passing</c>, <c>failing</c>, <c>decided</c>, <c>approved</c>,
/// <c>declined</c>, <c>too-early</c>, <c>community-highlight</c>, the last four once closed; <c>undecided</c>.
/// </summary>
public enum TallyStatus
{
    /// <summary>
    /// Not opened yet, or opened with no ballot counted; under the members rule also any open vote whose approvals
    /// are below the majority and whose outcome the remaining members can still change; with votes cast, also one short of
    /// its quorum that the remaining members can still reach.
    /// </summary>
    Open,

    /// <summary>
    /// Not yet decided, but ahead: with votes cast, more approvals than declines and the quorum counted; under the members rule, approvals
    /// already at the majority.
    /// </summary>
    Passing,

    /// <summary>With votes cast: approvals not ahead, not yet decided. (Under the members rule such a vote is open.)</summary>
    Failing,

    /// <summary>Still open, but the remaining members cannot change the outcome (see <see cref="TallyResult.Foregone"/>).</summary>
    Decided,

    /// <summary>
    /// Opened, but every member of its electorate is recused since: the vote cannot decide, open or closed, and sets no
    /// outcome; staff decide (a vote all are recused from before it opens does not open).
    /// </summary>
    Undecided,
    Approved,
    Declined,
    TooEarly,
    CommunityHighlight,
}
