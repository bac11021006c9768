using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// Who may act on applications, resolved once a run: staff, Working Group members (users and team members), the
/// automation (its login as the gateway spells it, <c>name[bot]</c>, which no person can hold) and configured bots.
/// </summary>
public sealed record TrustedPeople(
    IReadOnlyCollection<string> Staff,
    IReadOnlyCollection<string> WorkingGroup,
    string Automation,
    IReadOnlyCollection<string> Bots)
{
    /// <summary>
    /// The one test of what the automation itself wrote or did: its exact login, as the gateway spells what it recognised by
    /// account id (a person named like the bot without <c>[bot]</c> is not it). Only its texts are trusted for hidden markers.
    /// </summary>
    public static bool IsAutomation(string login, string automation) =>
        automation.Length > 0 && GitHubHandle.Same(login, automation);

    public bool IsAutomation(string login) => IsAutomation(login, Automation);

    /// <summary>The automation or a configured bot (<c>name[bot]</c> and <c>name</c> alike): trusted with labels, never an applicant.</summary>
    public bool IsTrustedBot(string login) => IsAutomation(login) || Bots.Any(bot => SameAccount(login, bot));

    /// <summary>Written by a bot: one GitHub marks as such, or the automation or a configured bot under a person-like login.</summary>
    public bool IsBot(CommentSnapshot comment) => comment.AuthorIsBot || IsTrustedBot(comment.Author);

    public bool MayChangeLabels(string login) => IsTrustedBot(login) || IsStaffOrWorkingGroup(login);

    public bool IsStaffOrWorkingGroup(string login) => IsStaff(login) || IsWorkingGroup(login);

    public bool IsWorkingGroup(string login) => WorkingGroup.Any(w => SameAccount(login, w));

    public bool IsStaff(string login) => Staff.Any(s => SameAccount(login, s));

    /// <summary>One account: an app's login is the same with or without the <c>[bot]</c> GitHub shows after its name.</summary>
    private static bool SameAccount(string login, string other) => Bare(login).Length > 0 && GitHubHandle.Same(Bare(login), Bare(other));

    private static string Bare(string login) => login.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase) ? login[..^"[bot]".Length] : login;
}
