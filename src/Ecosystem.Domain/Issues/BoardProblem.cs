using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Issues;

/// <summary>
/// Why the board does not show what the labels say after a run's moves: the moves GitHub refused, each naming its issue, or
/// why none could be made.
/// </summary>
public sealed record BoardProblem(string Reason, bool OthersMade = false)
{
    /// <summary>The run's warning: what it wrote (<paramref name="done"/>), what of the board not, and what the next run does.</summary>
    public string Warning(string done, BoardSettings board, string next = "") =>
        Template.Load("board-problem").Render(new Dictionary<string, object?>
        {
            ["done"] = done,
            ["number"] = board.Number,
            ["owner"] = board.Owner,
            ["reason"] = Reason.TrimEnd('.'),
            ["others_made"] = OthersMade,
            ["next"] = next,
        }).TrimEnd('\n');
}
