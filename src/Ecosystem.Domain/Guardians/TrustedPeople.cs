namespace Ecosystem.Domain.Guardians;

/// <summary>
/// Who may act on applications, resolved once a run: staff, Working Group members (users and team members) and the
/// automation (its login as the gateway spells it, <c>name[bot]</c>, which no person can hold; plus configured bots).
/// </summary>
public sealed record TrustedPeople(
    IReadOnlyCollection<string> Staff,
    IReadOnlyCollection<string> WorkingGroup,
    string Automation,
    IReadOnlyCollection<string> Bots)
{
    /// <summary>
    /// True for the automation (its exact login: a person named like the bot without <c>[bot]</c> is not it) and the
    /// configured bots (<c>name[bot]</c> and <c>name</c> are the same account there).
    /// </summary>
    public bool IsAutomation(string login) =>
        (Automation.Length > 0 && string.Equals(login.Trim(), Automation, StringComparison.OrdinalIgnoreCase))
        || Bots.Any(bot => SameAccount(login, bot));

    public bool MayChangeLabels(string login) =>
        IsAutomation(login) || IsStaff(login) || WorkingGroup.Any(w => SameAccount(login, w));

    public bool IsStaff(string login) => Staff.Any(s => SameAccount(login, s));

    private static bool SameAccount(string login, string other) =>
        string.Equals(Bare(login), Bare(other), StringComparison.OrdinalIgnoreCase) && Bare(login).Length > 0;

    private static string Bare(string login)
    {
        var trimmed = login.Trim().TrimStart('@');
        return trimmed.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase) ? trimmed[..^"[bot]".Length] : trimmed;
    }
}
