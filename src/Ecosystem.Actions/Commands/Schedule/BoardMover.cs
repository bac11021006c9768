using Ecosystem.Actions.Configuration;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;
using ScheduledMove = Ecosystem.Domain.Scheduling.BoardMove;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// Moves scheduled applications on the Projects v2 board: reads the board and the items of every application of the
/// batch, then sends only the changes (an item already in the column with its date is left alone), many items per
/// GraphQL mutation. Kept applications are compared too, so a move an earlier run could not make is made now.
/// </summary>
public sealed class BoardMover(IGitHubGateway gateway, BoardOptions options)
{
    /// <summary>The moves sent (empty when the board is not configured or already matches).</summary>
    public async Task<IReadOnlyList<BoardMove>> MoveAsync(IReadOnlyList<ScheduledMove> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        if (moves.Count == 0 || !options.IsEnabled)
        {
            return [];
        }

        var board = await gateway.GetBoardAsync(options.Owner, options.Number, options.StatusField, options.SessionDateField);
        var setDate = options.SessionDateField.Length > 0;
        if (setDate && board.DateFieldId is null)
        {
            throw new InvalidOperationException(
                $"board.session-date-field: project #{options.Number} of {options.Owner} (\"{board.Title}\") has no date field named '{options.SessionDateField}'; add the field to the board or leave the key empty.");
        }

        foreach (var column in moves.Select(m => m.Column).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (board.FindStatus(column) is null)
            {
                throw new InvalidOperationException(
                    $"board.columns.in-progress: project #{options.Number} of {options.Owner} (\"{board.Title}\") has no '{options.StatusField}' option '{column}' " +
                    $"(options: {string.Join(", ", board.StatusOptions.Select(o => o.Name))}); name one of them in the configuration.");
            }
        }

        var items = (await gateway.GetBoardItemsAsync(board, options.StatusField, [.. moves.Select(m => m.IssueNumber)]))
            .ToDictionary(i => i.IssueNumber);
        var changes = new List<BoardMove>();
        foreach (var move in moves)
        {
            if (!items.TryGetValue(move.IssueNumber, out var item))
            {
                throw new InvalidOperationException($"Issue #{move.IssueNumber} could not be found to put it on the board; was it deleted or transferred?");
            }

            var inColumn = item.ItemId is not null && string.Equals(item.Status, move.Column, StringComparison.OrdinalIgnoreCase);
            var date = setDate && move.SessionDate != item.Date ? move.SessionDate : null;
            if (inColumn && date is null)
            {
                continue;
            }

            changes.Add(new BoardMove(move.IssueNumber, item.IssueNodeId, item.ItemId, inColumn ? null : move.Column, date));
        }

        if (changes.Count > 0)
        {
            await gateway.UpdateBoardAsync(board, changes);
        }

        return changes;
    }
}
