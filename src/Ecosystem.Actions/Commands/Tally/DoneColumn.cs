using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Runtime;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Tally;

/// <summary>
/// Moves applications whose vote closed to the board's done column. The board is optional: when it is not
/// configured nothing happens, and when it cannot be reached the run warns and carries on (labels and comments
/// already show the outcome).
/// </summary>
public sealed class DoneColumn(IGitHubGateway gateway, BoardOptions options, ActionsRuntime runtime)
{
    private Task<ProjectBoard?>? _board;

    /// <summary>The write made (or planned), or null when the item already sits in the done column or the board is off.</summary>
    public async Task<PlannedWrite?> MoveAsync(int issueNumber)
    {
        if (!options.IsEnabled || await BoardAsync() is not { } board)
        {
            return null;
        }

        try
        {
            var items = await gateway.GetBoardItemsAsync(board, options.StatusField, [issueNumber]);
            if (items.Count == 0)
            {
                return null;
            }

            var item = items[0];
            if (string.Equals(item.Status, options.Columns.Done, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var move = new BoardMove(issueNumber, item.IssueNodeId, item.ItemId, options.Columns.Done, null);
            await gateway.UpdateBoardAsync(board, [move]);
            return WriteDescriptions.MoveOnBoard(board, move);
        }
        catch (Exception exception) when (IsBoardProblem(exception))
        {
            runtime.Warning($"#{issueNumber} was not moved to '{options.Columns.Done}' on board #{options.Number} of {options.Owner} (board.columns.done): {exception.Message}");
            return null;
        }
    }

    // Read once per run: a run over many issues asks for the board's fields only once.
    private Task<ProjectBoard?> BoardAsync() => _board ??= ReadBoardAsync();

    private async Task<ProjectBoard?> ReadBoardAsync()
    {
        try
        {
            return await gateway.GetBoardAsync(options.Owner, options.Number, options.StatusField, options.SessionDateField);
        }
        catch (Exception exception) when (IsBoardProblem(exception))
        {
            runtime.Warning($"The board (project #{options.Number} of {options.Owner}, board.*) could not be read, so no item was moved: {exception.Message}");
            return null;
        }
    }

    private static bool IsBoardProblem(Exception exception) =>
        exception is not OperationCanceledException and not GitHub.Http.GitHubRateLimitException;
}
