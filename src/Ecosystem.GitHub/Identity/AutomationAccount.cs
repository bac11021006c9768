using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;

namespace Ecosystem.GitHub.Identity;

/// <summary>
/// Who the automation is, decided here and nowhere else: the token's account, as GraphQL <c>viewer</c> names it. A comment,
/// issue or label event is the automation's only when its author's id is that account's id; a <em>User</em> whose login
/// equals the bot's bare login (<c>github-actions</c> for <c>github-actions[bot]</c>) is someone else.
/// </summary>
/// <param name="Login">
/// The viewer's login with <c>[bot]</c> appended when GraphQL leaves it off. No person can hold it (<c>[</c> is not allowed
/// in a user's login), so logins that went through <see cref="Recognise(CommentSnapshot)"/> compare safely.
/// </param>
/// <param name="DatabaseId">The REST <c>id</c> (GraphQL <c>databaseId</c>); 0 when GitHub did not say.</param>
public sealed record AutomationAccount(string Login, long DatabaseId)
{
    private const string BotSuffix = "[bot]";

    /// <summary>
    /// The accounts the automation ran under before (<c>people.former-automation</c>), known by login alone: what they wrote,
    /// opened or labelled is the automation's, so a switch of account reads their markers and edits their comments in place.
    /// </summary>
    public IReadOnlyList<string> Former { get; init; } = [];

    public static AutomationAccount FromViewer(string login, long databaseId, IReadOnlyList<string>? former = null) =>
        new(AppLogin(login.Trim()), databaseId) { Former = former ?? [] };

    /// <summary>Whether <paramref name="login"/> is one of the <paramref name="former"/> accounts, as configured bots are read.</summary>
    public static bool WasFormerly(IReadOnlyList<string> former, string login) => former.Any(f => TrustedPeople.IsBotAccount(login, f));

    /// <summary>An app's login as REST spells it: GraphQL leaves the <c>[bot]</c> off.</summary>
    internal static string AppLogin(string login) =>
        login.EndsWith(BotSuffix, StringComparison.OrdinalIgnoreCase) ? login : login + BotSuffix;

    /// <summary>
    /// The one test: the account with <paramref name="accountId"/> is the automation. Without ids on either side (an old
    /// payload) only a Bot account with exactly <see cref="Login"/> is, which no person can be. A <see cref="Former"/> account is too.
    /// </summary>
    public bool Is(long accountId, string login, bool isBot) =>
        (DatabaseId > 0 && accountId > 0
            ? accountId == DatabaseId
            : isBot && GitHubHandle.Same(login, Login))
        || WasFormerly(Former, login);

    public bool Wrote(CommentSnapshot comment) => Is(comment.AuthorId, comment.Author, comment.AuthorIsBot);

    public bool Opened(IssueSnapshot issue) => Is(issue.AuthorId, issue.Author, issue.AuthorIsBot);

    /// <summary>The comments this account wrote for <paramref name="purpose"/>, in the order the applier keeps them (the first kept).</summary>
    public IReadOnlyList<CommentSnapshot> Own(IReadOnlyList<CommentSnapshot> comments, string purpose) =>
        OwnComments.Of(comments, Wrote, p => p == purpose).All;

    /// <summary>
    /// The comment with its author spelt <see cref="Login"/> when the automation wrote it, else as it is; a former account's
    /// takes the account's id too, so that every later test (<see cref="Own"/>, the applier's) still finds it the automation's.
    /// </summary>
    public CommentSnapshot Recognise(CommentSnapshot comment) =>
        Wrote(comment) && !string.Equals(comment.Author, Login, StringComparison.Ordinal)
            ? comment with { Author = Login, AuthorId = DatabaseId }
            : comment;

    public IReadOnlyList<CommentSnapshot> Recognise(IReadOnlyList<CommentSnapshot> comments) => [.. comments.Select(Recognise)];

    /// <summary>
    /// The label event with its actor spelt <see cref="Login"/> when a <see cref="Former"/> account made it: the timeline spells
    /// the automation's own as <see cref="Login"/> already (an app's login as REST writes it, which no person can hold).
    /// </summary>
    public LabelEvent Recognise(LabelEvent labelEvent) => WasFormerly(Former, labelEvent.Actor) ? labelEvent with { Actor = Login } : labelEvent;

    /// <summary>The issue with its author spelt <see cref="Login"/> when the automation opened it, else as it is.</summary>
    public IssueSnapshot Recognise(IssueSnapshot issue) =>
        Opened(issue) && !string.Equals(issue.Author, Login, StringComparison.Ordinal) ? issue with { Author = Login, AuthorId = DatabaseId } : issue;
}
