using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Scheduling;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Plans;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>
/// Moves applications whose vote closed to the board's done column. The board is optional: when it is not
/// configured nothing happens, and when it cannot be reached the run warns and carries on (labels and comments
/// already show the outcome).
/// </summary>
public sealed class DoneColumn(BoardApplier? board, BoardOptions options, ActionsRuntime runtime)
{
    /// <summary>The write made (or planned), or null when the item already sits in the done column or the board is off.</summary>
    public async Task<PlannedWrite?> MoveAsync(int issueNumber)
    {
        if (board is null)
        {
            return null;
        }

        var changes = await board.ApplyAsync([new BoardMove(issueNumber, options.Columns.Done, null)]);
        if (changes.Problem is { } problem)
        {
            runtime.Warning($"#{issueNumber} was not moved to '{options.Columns.Done}' on board #{options.Number} of {options.Owner} (board.columns.done): {problem}");
        }

        return changes.Writes.FirstOrDefault();
    }
}
