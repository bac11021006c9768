using Ecosystem.Actions.Configuration;
using Ecosystem.GitHub;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// Puts applications that are not on the board yet into its backlog column (<c>board.columns.backlog</c>);
/// an application already on the board stays where it is, whatever its column.
/// </summary>
public sealed class BoardBacklog(IGitHubGateway gateway, BoardOptions board)
{
    /// <summary>The writes made for <paramref name="issueNumbers"/>: read the board and their items, add the missing ones in one request.</summary>
    public async Task<IReadOnlyList<PlannedWrite>> AddMissingAsync(IReadOnlyList<int> issueNumbers)
    {
        ArgumentNullException.ThrowIfNull(issueNumbers);
        if (issueNumbers.Count == 0)
        {
            return [];
        }

        var project = await gateway.GetBoardAsync(board.Owner, board.Number, board.StatusField, board.SessionDateField);
        var backlog = project.FindStatus(board.Columns.Backlog)
            ?? throw new InvalidOperationException(
                $"board.columns.backlog: the board \"{project.Title}\" has no {board.StatusField} option \"{board.Columns.Backlog}\" "
                + $"(it has {string.Join(", ", project.StatusOptions.Select(o => $"\"{o.Name}\""))}).");
        var items = await gateway.GetBoardItemsAsync(project, board.StatusField, issueNumbers);
        var moves = items
            .Where(item => item.ItemId is null)
            .Select(item => new BoardMove(item.IssueNumber, item.IssueNodeId, null, backlog.Name, null))
            .ToList();
        if (moves.Count == 0)
        {
            return [];
        }

        await gateway.UpdateBoardAsync(project, moves);
        return [.. moves.Select(m => WriteDescriptions.MoveOnBoard(project, m))];
    }
}
