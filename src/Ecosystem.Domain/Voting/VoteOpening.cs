namespace Ecosystem.Domain.Voting;

/// <summary>How the vote opened: by a staff command or on schedule.</summary>
/// <param name="At">When ballots start to count.</param>
/// <param name="By">The staff login, or null on schedule.</param>
/// <param name="Key">Identifies this opening in the hidden state: <c>comment:ID</c> or <c>schedule:TIME</c>.</param>
internal sealed record VoteOpening(DateTimeOffset At, string? By, string Key);
