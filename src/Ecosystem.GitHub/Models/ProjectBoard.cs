namespace Ecosystem.GitHub.Models;

/// <summary>
/// A Projects v2 board (node <paramref name="Id"/>) with the fields the automation sets: the single-select Status field
/// and its options, and the date field, <paramref name="DateFieldId"/> null when the board has none of that name.
/// </summary>
public sealed record ProjectBoard(string Id, string Title, string StatusFieldId, IReadOnlyList<BoardOption> StatusOptions, string? DateFieldId)
{
    /// <summary>The name the Status field was read by, so item reads show its value.</summary>
    public string StatusFieldName { get; init; } = "";

    /// <summary>The name of the date field (<see cref="DateFieldId"/>), so item reads can show its value; "" when none.</summary>
    public string DateFieldName { get; init; } = "";

    public BoardOption? FindStatus(string name) =>
        StatusOptions.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
