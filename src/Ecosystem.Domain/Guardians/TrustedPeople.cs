namespace Ecosystem.Domain.Guardians;

/// <summary>
/// Who may change labels: staff, Working Group members and the automation itself (its own login,
/// as GraphQL <c>viewer</c> reports it, plus configured extra bot logins).
/// </summary>
public sealed record TrustedPeople(
    IReadOnlyCollection<string> Staff,
    IReadOnlyCollection<string> WorkingGroup,
    string Automation,
    IReadOnlyCollection<string> Bots)
{
    /// <summary>True for the automation and the configured bots; <c>name[bot]</c> and <c>name</c> are the same account.</summary>
    public bool IsAutomation(string login) =>
        SameAccount(login, Automation) || Bots.Any(bot => SameAccount(login, bot));

    public bool MayChangeLabels(string login) =>
        IsAutomation(login)
        || Staff.Any(s => SameAccount(login, s))
        || WorkingGroup.Any(w => SameAccount(login, w));

    private static bool SameAccount(string login, string other) =>
        string.Equals(Bare(login), Bare(other), StringComparison.OrdinalIgnoreCase) && Bare(login).Length > 0;

    private static string Bare(string login)
    {
        var trimmed = login.Trim().TrimStart('@');
        return trimmed.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase) ? trimmed[..^"[bot]".Length] : trimmed;
    }
}
