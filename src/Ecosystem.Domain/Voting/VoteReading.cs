namespace Ecosystem.Domain.Voting;

/// <summary>What one comment body holds: its <c>/vote</c> commands and the lines that only look like one.</summary>
public sealed record VoteReading(IReadOnlyList<VoteCommand> Commands, IReadOnlyList<VoteNearMiss> NearMisses)
{
    public static VoteReading None { get; } = new([], []);
}
