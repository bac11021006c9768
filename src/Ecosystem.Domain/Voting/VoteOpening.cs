namespace Ecosystem.Domain.Voting;

/// <summary>
/// How the vote opened: by a staff login (<paramref name="By"/>) or on schedule (null); <paramref name="Key"/> names the
/// opening in the hidden state: <c>comment:ID</c> or <c>schedule:TIME</c>.
/// </summary>
internal sealed record VoteOpening(DateTimeOffset At, string? By, string Key);
