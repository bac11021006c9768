namespace Ecosystem.GitHub.Comments;

/// <summary>
/// Compares the automation's login across APIs: GraphQL <c>viewer</c> names an app as
/// <c>github-actions</c>, while REST shows the same account as <c>github-actions[bot]</c>.
/// </summary>
public static class AutomationLogin
{
    private const string BotSuffix = "[bot]";

    public static bool IsSame(string login, string automationLogin) =>
        string.Equals(Trim(login), Trim(automationLogin), StringComparison.OrdinalIgnoreCase);

    private static string Trim(string login) =>
        login.EndsWith(BotSuffix, StringComparison.OrdinalIgnoreCase) ? login[..^BotSuffix.Length] : login;
}
