using Ecosystem.Domain.Guardians;
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
    public bool Contains(string login) => Members.Contains(login, GitHubHandle.Comparer);

    /// <summary>Only members recuse: why a <c>/vote recuse</c> by <paramref name="login"/> is not acted on, or null.</summary>
    internal string? WhyNoRecusal(string login) => Contains(login) ? null : "not a Working Group member";

    /// <summary>The members who wrote <c>/vote recuse</c> in <paramref name="comments"/> (the scheduler leaves them out of the reviewers).</summary>
    public IReadOnlySet<string> RecusedIn(IEnumerable<CommentSnapshot> comments) => new HashSet<string>(
        comments.Where(c => WhyNoRecusal(c.Author) is null && VoteCommandParser.Parse(c.Body).Any(command => command.Verb == VoteVerb.Recuse))
            .Select(c => c.Author),
        GitHubHandle.Comparer);
}
