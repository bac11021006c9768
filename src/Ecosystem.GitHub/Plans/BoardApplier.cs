using Ecosystem.Domain.Scheduling;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Plans;

/// <summary>
/// Makes the Projects v2 board match board moves, writing only the difference: the board is read once per run, then the
/// items of the moved issues, and only the changes are sent (an item already in its column with its date is left alone),
/// many items per GraphQL mutation.
/// </summary>
/// <remarks>
/// The board's one error policy: the board is a view of the labels, so a board that cannot be read or written (a token
/// without project access, a column the board lacks) fails no run. The problem comes back in
/// <see cref="BoardChanges.Problem"/> for the command to warn about, and the next run moves what is still missing.
/// Cancellation and rate limits stop the run as everywhere else.
/// </remarks>
public sealed class BoardApplier(IGitHubGateway gateway, BoardTarget target)
{
    private Task<ProjectBoard>? _board;

    public async Task<BoardChanges> ApplyAsync(IReadOnlyList<BoardMove> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        if (moves.Count == 0)
        {
            return new([]);
        }

        try
        {
            // Read once per run: a run over many issues asks for the board's fields only once.
            var board = await (_board ??= gateway.GetBoardAsync(target.Owner, target.Number, target.StatusField, target.DateField));
            Check(board, moves);
            var items = (await gateway.GetBoardItemsAsync(board, target.StatusField, [.. moves.Select(m => m.IssueNumber)]))
                .ToDictionary(i => i.IssueNumber);
            var changes = new List<BoardItemChange>();
            foreach (var move in moves)
            {
                var item = items.GetValueOrDefault(move.IssueNumber)
                    ?? throw new InvalidOperationException($"Issue #{move.IssueNumber} could not be found to put it on the board; was it deleted or transferred?");
                if (item.ItemId is not null && move.LeaveIfOnBoard)
                {
                    continue;
                }

                var inColumn = item.ItemId is not null && string.Equals(item.Status, move.Column, StringComparison.OrdinalIgnoreCase);
                var date = target.DateField.Length > 0 && move.SessionDate != item.Date ? move.SessionDate : null;
                if (!inColumn || date is not null)
                {
                    changes.Add(new BoardItemChange(move.IssueNumber, item.IssueNodeId, item.ItemId, inColumn ? null : board.FindStatus(move.Column)?.Name, date));
                }
            }

            if (changes.Count > 0)
            {
                await gateway.UpdateBoardAsync(board, changes);
            }

            return new([.. changes.Select(c => WriteDescriptions.MoveOnBoard(board, c))]);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not GitHubRateLimitException)
        {
            return new([], exception.Message);
        }
    }

    private void Check(ProjectBoard board, IReadOnlyList<BoardMove> moves)
    {
        var where = $"project #{target.Number} of {target.Owner} (\"{board.Title}\")";
        if (target.DateField.Length > 0 && board.DateFieldId is null && moves.Any(m => m.SessionDate is not null))
        {
            throw new InvalidOperationException(
                $"board.session-date-field: {where} has no date field named '{target.DateField}'; add the field to the board or leave the key empty.");
        }

        if (moves.Select(m => m.Column).FirstOrDefault(c => board.FindStatus(c) is null) is { } column)
        {
            throw new InvalidOperationException(
                $"{target.ColumnKeys.GetValueOrDefault(column, "board.columns")}: {where} has no '{target.StatusField}' option '{column}' "
                + $"(options: {string.Join(", ", board.StatusOptions.Select(o => o.Name))}); name one of them in the configuration.");
        }
    }
}
