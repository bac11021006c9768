namespace Ecosystem.Domain.Voting;

/// <summary>One step of shortening a tally that would not fit in a GitHub comment.</summary>
/// <param name="ReasonLength">Members' reasons are cut to this many characters (0: left out); null keeps them whole.</param>
/// <param name="NotCountedShown">How many lines not counted are listed; the rest are only counted.</param>
internal sealed record TallyShortening(int? ReasonLength, int NotCountedShown);
