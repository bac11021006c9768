namespace Ecosystem.GitHub.Models;

/// <summary>
/// The Projects v2 board the applications live on: project <paramref name="Number"/> of <paramref name="Owner"/>, its
/// single-select <paramref name="StatusField"/> and an optional date field (<paramref name="DateField"/>, empty for none).
/// </summary>
public sealed record BoardTarget(string Owner, int Number, string StatusField, string DateField)
{
    /// <summary>The configuration key of each column (e.g. <c>board.columns.done</c>), to name it when the board lacks it.</summary>
    public IReadOnlyDictionary<string, string> ColumnKeys { get; init; } = new Dictionary<string, string>();
}
