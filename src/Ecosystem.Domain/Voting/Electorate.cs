using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>The members entitled to vote on one application.</summary>
/// <param name="Members">Logins, sorted case-insensitively.</param>
/// <param name="FrozenWhenOpened">True once the vote opened: the list is then kept until close, whatever the configuration says.</param>
/// <param name="RefreshedBy">The staff login whose <c>/vote refresh-members</c> replaced the frozen list, if any.</param>
/// <param name="RefreshedAt">When that refresh was written.</param>
public sealed record Electorate(
    IReadOnlyList<string> Members,
    bool FrozenWhenOpened,
    string? RefreshedBy,
    DateTimeOffset? RefreshedAt)
{
    public bool Contains(string login) => Members.Contains(login, StringComparer.OrdinalIgnoreCase);

    /// <summary>The members who wrote <c>/vote recuse</c> in <paramref name="comments"/>: only members recuse.</summary>
    public IReadOnlySet<string> RecusedIn(IEnumerable<CommentSnapshot> comments) => new HashSet<string>(
        comments.Where(c => Contains(c.Author) && VoteCommandParser.Parse(c.Body).Any(command => command.Verb == VoteVerb.Recuse)).Select(c => c.Author),
        StringComparer.OrdinalIgnoreCase);
}
