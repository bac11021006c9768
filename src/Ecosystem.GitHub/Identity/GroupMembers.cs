using Ecosystem.Domain.Guardians;
using Ecosystem.GitHub.Http;

namespace Ecosystem.GitHub.Identity;

public static class GroupMembers
{
    /// <summary>
    /// <paramref name="users"/> and the members of <paramref name="team"/> (<c>org/team-slug</c>, or empty), as one
    /// case-insensitive set. A failed team lookup is an error naming the configuration <paramref name="key"/>, never a
    /// silent fallback to the users alone: a vote counted against the wrong electorate is worse than no tally.
    /// </summary>
    public static async Task<IReadOnlySet<string>> GetGroupMembersAsync(this IGitHubGateway gateway, IEnumerable<string> users, string team, string key)
    {
        var members = new HashSet<string>(users, GitHubHandle.Comparer);
        if (team.Length > 0)
        {
            var slash = team.IndexOf('/', StringComparison.Ordinal);
            try
            {
                members.UnionWith(await gateway.GetTeamMembersAsync(team[..slash], team[(slash + 1)..]));
            }
            catch (Exception exception) when (!GitHubFailure.StopsTheRun(exception))
            {
                throw new InvalidOperationException(
                    $"{key}: the members of team {team} could not be read ({exception.Message}). " +
                    "The token needs the read:org scope (or organization Members: read for a GitHub App).",
                    exception);
            }
        }

        return members;
    }
}
