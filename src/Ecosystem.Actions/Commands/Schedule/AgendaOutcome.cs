namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>What happened to the agenda issue (number 0 in a dry run that would create it).</summary>
public sealed record AgendaOutcome(AgendaChange Change, int IssueNumber, string Url)
{
    /// <summary>Agenda issues for the same session closed as duplicates of this one.</summary>
    public int ClosedDuplicates { get; init; }
}
