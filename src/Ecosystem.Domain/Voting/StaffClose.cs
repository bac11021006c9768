namespace Ecosystem.Domain.Voting;

/// <summary>An outcome staff named when closing the vote, with the text after it and the closing comment.</summary>
internal sealed record StaffClose(VoteOutcome Outcome, string? Note, string? NoteUrl);
