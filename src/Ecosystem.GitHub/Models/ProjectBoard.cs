namespace Ecosystem.GitHub.Models;

/// <summary>A Projects v2 board with the fields the automation sets.</summary>
/// <param name="Id">The project's node id.</param>
/// <param name="Title">The project's title.</param>
/// <param name="StatusFieldId">The node id of the single-select Status field.</param>
/// <param name="StatusOptions">The Status field's options.</param>
/// <param name="DateFieldId">The id of the date field, null when the board has no date field of that name.</param>
public sealed record ProjectBoard(
    string Id,
    string Title,
    string StatusFieldId,
    IReadOnlyList<BoardOption> StatusOptions,
    string? DateFieldId)
{
    /// <summary>The name of the date field (<see cref="DateFieldId"/>), so item reads can show its value; "" when none.</summary>
    public string DateFieldName { get; init; } = "";

    public BoardOption? FindStatus(string name) =>
        StatusOptions.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
