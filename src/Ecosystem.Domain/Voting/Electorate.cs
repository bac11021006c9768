using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// The members entitled to vote (sorted case-insensitively); once the vote opened, frozen until the close whatever the
/// configuration says, unless staff's <c>/vote refresh-members</c> (<see cref="RefreshedBy"/>) replaced the list.
/// </summary>
public sealed record Electorate(
    IReadOnlyList<string> Members,
    bool FrozenWhenOpened,
    string? RefreshedBy,
    DateTimeOffset? RefreshedAt)
{
    public bool Contains(string login) => Members.Contains(login, GitHubHandle.Comparer);

    internal string? WhyNoRecusal(string login) => Contains(login) ? null : "not a Working Group member";

    /// <summary>The members who wrote <c>/vote recuse</c> (the scheduler leaves them out of the reviewers).</summary>
    public IReadOnlySet<string> RecusedIn(IEnumerable<CommentSnapshot> comments) => new HashSet<string>(
        comments.Where(c => WhyNoRecusal(c.Author) is null && VoteCommandParser.Parse(c.Body).Any(command => command.Verb == VoteVerb.Recuse))
            .Select(c => c.Author),
        GitHubHandle.Comparer);
}
