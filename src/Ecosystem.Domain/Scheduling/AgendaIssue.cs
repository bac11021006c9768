namespace Ecosystem.Domain.Scheduling;

/// <summary>
/// The one agenda issue of a session. The host finds it by <see cref="Title"/> and the <see cref="Purpose"/> marker
/// on an issue opened by the automation, creates it when missing and edits its body only when the text differs.
/// </summary>
public sealed record AgendaIssue(DateOnly SessionDate, string Title, string Body)
{
    public const string Purpose = "review-agenda";
}
