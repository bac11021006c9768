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
    /// The one test of what the automation wrote or did: its exact login, as the gateway spells what it recognised by account
    /// id (a person named like the bot without <c>[bot]</c> is not it). Only its texts are trusted for hidden markers.
    /// </summary>
    public static bool IsAutomation(string login, string automation) =>
        automation.Length > 0 && GitHubHandle.Same(login, automation);

    public bool IsAutomation(string login) => IsAutomation(login, Automation);

    /// <summary>The automation or a configured bot: trusted with labels, never an applicant.</summary>
    public bool IsTrustedBot(string login) => IsAutomation(login) || Bots.Any(bot => IsBotAccount(login, bot));

    /// <summary>Written by a bot: one GitHub marks as such, or the automation or a configured bot under a person-like login.</summary>
    public bool IsBot(CommentSnapshot comment) => comment.AuthorIsBot || IsTrustedBot(comment.Author);

    public bool MayChangeLabels(string login) => IsTrustedBot(login) || IsStaffOrWorkingGroup(login);

    public bool IsStaffOrWorkingGroup(string login) => IsStaff(login) || IsWorkingGroup(login);

    // Staff and the Working Group are people: an app whose name is a member's login (alice[bot]) is not that member.
    public bool IsWorkingGroup(string login) => WorkingGroup.Any(w => SameAccount(login, w));

    public bool IsStaff(string login) => Staff.Any(s => SameAccount(login, s));

    /// <summary>
    /// A configured bot <c>name[bot]</c> is an app (GraphQL's Bot login gains the suffix REST shows), so a person whose login
    /// is <c>name</c> is not it; one configured as <c>name</c> may be a machine user or an app written without the suffix.
    /// </summary>
    public static bool IsBotAccount(string login, string bot) =>
        SameAccount(login, bot) || (!IsApp(bot) && SameAccount(login, bot + BotSuffix));

    /// <summary>A GitHub App's login (<c>name[bot]</c>): no person, so no reader of explanations.</summary>
    public static bool IsApp(string login) => login.EndsWith(BotSuffix, StringComparison.OrdinalIgnoreCase);

    private static bool SameAccount(string login, string other) => login.Length > 0 && GitHubHandle.Same(login, other);

    private const string BotSuffix = "[bot]";
}
