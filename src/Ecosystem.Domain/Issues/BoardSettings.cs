namespace Ecosystem.Domain.Issues;

/// <summary>
/// The Projects v2 board (<c>board.*</c>). Without an <see cref="Owner"/> there is no board and the automation runs on
/// labels alone; an empty <see cref="SessionDateField"/> means no date field is set to the session date when an item is scheduled.
/// </summary>
public sealed record BoardSettings(string Owner = "", int Number = 0, string StatusField = "Status", string SessionDateField = "")
{
    public BoardColumns Columns { get; init; } = new();

    public bool IsEnabled => Owner.Length > 0;
}
