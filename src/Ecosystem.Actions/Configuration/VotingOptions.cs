using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>How Working Group votes are opened, counted and closed.</summary>
public sealed class VotingOptions
{
    [ConfigurationKeyName("majority-of")]
    public MajorityBasis MajorityOf { get; init; } = MajorityBasis.Members;

    /// <summary>With <see cref="MajorityBasis.VotesCast"/>: the fewest ballots for a valid result; 0 for none.</summary>
    [ConfigurationKeyName("quorum")]
    public int Quorum { get; init; }

    /// <summary>Days after the session date the vote closes; 0 means only by <c>/vote close</c>.</summary>
    [ConfigurationKeyName("close-after-days")]
    public int CloseAfterDays { get; init; } = 7;

    [ConfigurationKeyName("close-declined-issues")]
    public bool CloseDeclinedIssues { get; init; }

    /// <summary>Whether scheduling an application into a session also opens its vote.</summary>
    [ConfigurationKeyName("open-on-schedule")]
    public bool OpenOnSchedule { get; init; }

    /// <summary>Days after a vote opened that the members yet to vote are reminded (one comment mentioning them); 0 = never.</summary>
    [ConfigurationKeyName("remind-after-days")]
    public int RemindAfterDays { get; init; } = 3;

    /// <summary>Days before a vote's deadline that the members yet to vote are reminded; 0 = never.</summary>
    [ConfigurationKeyName("remind-before-close-days")]
    public int RemindBeforeCloseDays { get; init; } = 1;

    /// <summary>Whether a ballot against acceptance counts only when it gives a reason.</summary>
    [ConfigurationKeyName("decline-needs-reason")]
    public bool DeclineNeedsReason { get; init; } = true;
}
