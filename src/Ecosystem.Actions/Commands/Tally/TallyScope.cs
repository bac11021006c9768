namespace Ecosystem.Actions.Commands.Tally;

/// <summary>Which issues one run of <c>tally</c> counts.</summary>
/// <param name="IssueNumber">The one issue to tally; null for every application in voting or in review.</param>
/// <param name="TriggeringComment">The comment whose creation, edit or deletion started the run, when the run is about that issue.</param>
public sealed record TallyScope(int? IssueNumber, TriggeringComment? TriggeringComment)
{
    public static TallyScope All { get; } = new(null, null);
}
