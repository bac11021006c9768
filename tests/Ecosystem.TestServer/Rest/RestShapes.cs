using System.Globalization;
using System.Text.Json.Nodes;
using Ecosystem.TestServer.State;

namespace Ecosystem.TestServer.Rest;

/// <summary>
/// Builds REST bodies in GitHub's shapes (every field the OpenAPI description marks required). Call under the state lock.
/// The API's own links name <paramref name="baseUrl"/>, where the client reached it; the links for people
/// (<c>html_url</c>) are github.com's (<see cref="TestGitHubServer.WebUri"/>), https as GitHub gives them.
/// </summary>
internal sealed class RestShapes(GitHubState state, string baseUrl)
{
    private static readonly string Web = TestGitHubServer.WebUri.ToString();
    private readonly string _api = baseUrl + "api/v3/";

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Error(string message, string documentation = "https://docs.github.com/rest") =>
        new() { ["message"] = message, ["documentation_url"] = documentation };

    public JsonObject User(string login)
    {
        var user = state.FindUser(login) ?? state.AddUser(login);
        // Bot logins carry brackets, which GitHub escapes in URLs (users/github-actions%5Bbot%5D).
        var escaped = Uri.EscapeDataString(user.Login);
        var url = $"{_api}users/{escaped}";
        return new JsonObject
        {
            ["login"] = user.Login,
            ["id"] = user.Id,
            ["node_id"] = user.NodeId,
            ["avatar_url"] = $"{baseUrl}avatars/{escaped}",
            ["gravatar_id"] = "",
            ["url"] = url,
            ["html_url"] = $"{Web}{escaped}",
            ["followers_url"] = $"{url}/followers",
            ["following_url"] = $"{url}/following{{/other_user}}",
            ["gists_url"] = $"{url}/gists{{/gist_id}}",
            ["starred_url"] = $"{url}/starred{{/owner}}{{/repo}}",
            ["subscriptions_url"] = $"{url}/subscriptions",
            ["organizations_url"] = $"{url}/orgs",
            ["repos_url"] = $"{url}/repos",
            ["events_url"] = $"{url}/events{{/privacy}}",
            ["received_events_url"] = $"{url}/received_events",
            ["type"] = user.Kind.ToString(),
            ["user_view_type"] = "public",
            ["site_admin"] = false,
        };
    }

    public JsonObject PublicUser(GitHubUser user)
    {
        var json = User(user.Login);
        json["name"] = user.Name;
        json["company"] = null;
        json["blog"] = "";
        json["location"] = null;
        json["email"] = null;
        json["hireable"] = null;
        json["bio"] = null;
        json["public_repos"] = state.AllRepositories().Count(r => string.Equals(r.Owner, user.Login, StringComparison.OrdinalIgnoreCase));
        json["public_gists"] = 0;
        json["followers"] = 0;
        json["following"] = 0;
        json["created_at"] = Time(user.CreatedAt);
        json["updated_at"] = Time(user.CreatedAt);
        return json;
    }

    public JsonObject Label(Repository repository, string name)
    {
        var label = state.EnsureLabel(repository, name, "ededed", null);
        return new JsonObject
        {
            ["id"] = label.Id,
            ["node_id"] = label.NodeId,
            ["url"] = $"{RepoUrl(repository)}/labels/{Uri.EscapeDataString(label.Name)}",
            ["name"] = label.Name,
            ["description"] = label.Description,
            ["color"] = label.Color,
            ["default"] = false,
        };
    }

    public JsonArray Labels(Issue issue) => [.. issue.LabelNames.Select(n => Label(issue.Repository, n))];

    public JsonObject Issue(Issue issue)
    {
        var url = $"{RepoUrl(issue.Repository)}/issues/{issue.Number}";
        var html = $"{Web}{issue.Repository.FullName}/{(issue.IsPullRequest ? "pull" : "issues")}/{issue.Number}";
        var json = new JsonObject
        {
            ["id"] = issue.Id,
            ["node_id"] = issue.NodeId,
            ["url"] = url,
            ["repository_url"] = RepoUrl(issue.Repository),
            ["labels_url"] = $"{url}/labels{{/name}}",
            ["comments_url"] = $"{url}/comments",
            ["events_url"] = $"{url}/events",
            ["html_url"] = html,
            ["number"] = issue.Number,
            ["state"] = issue.State,
            ["state_reason"] = issue.StateReason,
            ["title"] = issue.Title,
            ["body"] = issue.Body,
            ["user"] = User(issue.Author),
            ["labels"] = Labels(issue),
            ["assignee"] = issue.AssigneeList.Count > 0 ? User(issue.AssigneeList[0]) : null,
            ["assignees"] = new JsonArray([.. issue.AssigneeList.Select(a => (JsonNode)User(a))]),
            ["milestone"] = null,
            ["locked"] = issue.IsLocked,
            ["active_lock_reason"] = null,
            ["comments"] = issue.CommentList.Count,
            ["closed_at"] = issue.ClosedAt is { } closed ? Time(closed) : null,
            ["created_at"] = Time(issue.CreatedAt),
            ["updated_at"] = Time(issue.UpdatedAt),
            ["closed_by"] = null,
            ["author_association"] = "NONE",
        };
        if (issue.IsPullRequest)
        {
            json["pull_request"] = new JsonObject
            {
                ["url"] = $"{RepoUrl(issue.Repository)}/pulls/{issue.Number}",
                ["html_url"] = html,
                ["diff_url"] = $"{html}.diff",
                ["patch_url"] = $"{html}.patch",
                ["merged_at"] = null,
            };
        }
        return json;
    }

    public JsonObject Comment(Comment comment) => new()
    {
        ["id"] = comment.Id,
        ["node_id"] = comment.NodeId,
        ["url"] = $"{RepoUrl(comment.Issue.Repository)}/issues/comments/{comment.Id}",
        ["html_url"] = $"{Web}{comment.Issue.Repository.FullName}/issues/{comment.Issue.Number}#issuecomment-{comment.Id}",
        ["issue_url"] = $"{RepoUrl(comment.Issue.Repository)}/issues/{comment.Issue.Number}",
        ["body"] = comment.Body,
        ["user"] = User(comment.Author),
        ["created_at"] = Time(comment.CreatedAt),
        ["updated_at"] = Time(comment.UpdatedAt),
        ["author_association"] = "NONE",
    };

    public JsonObject Event(Issue issue, IssueEvent issueEvent)
    {
        var json = new JsonObject
        {
            ["id"] = issueEvent.Id,
            ["node_id"] = issueEvent.NodeId,
            ["url"] = $"{RepoUrl(issue.Repository)}/issues/events/{issueEvent.Id}",
            ["actor"] = User(issueEvent.Actor),
            ["event"] = issueEvent.Event,
            ["commit_id"] = null,
            ["commit_url"] = null,
            ["created_at"] = Time(issueEvent.CreatedAt),
            ["performed_via_github_app"] = null,
        };
        if (issueEvent.LabelName is { } name)
        {
            var label = state.EnsureLabel(issue.Repository, name, "ededed", null);
            json["label"] = new JsonObject { ["name"] = label.Name, ["color"] = label.Color };
        }
        if (issueEvent.Event is "closed" or "reopened")
        {
            json["state_reason"] = issueEvent.StateReason;
        }
        if (issueEvent.Event == "locked")
        {
            json["lock_reason"] = null;
        }
        return json;
    }

    public JsonObject Repository(Repository repository)
    {
        var url = RepoUrl(repository);
        var open = repository.IssueList.Count(i => i.State == "open");
        var json = new JsonObject
        {
            ["id"] = repository.Id,
            ["node_id"] = repository.NodeId,
            ["name"] = repository.Name,
            ["full_name"] = repository.FullName,
            ["owner"] = User(repository.Owner),
            ["private"] = false,
            ["html_url"] = $"{Web}{repository.FullName}",
            ["description"] = null,
            ["fork"] = repository.IsFork,
            ["url"] = url,
            ["homepage"] = null,
            ["language"] = null,
            ["forks"] = 0,
            ["forks_count"] = 0,
            ["stargazers_count"] = repository.Stars,
            ["watchers"] = repository.Stars,
            ["watchers_count"] = repository.Stars,
            ["subscribers_count"] = 0,
            ["network_count"] = 0,
            ["size"] = repository.Paths.Count,
            ["default_branch"] = repository.DefaultBranch,
            ["open_issues"] = open,
            ["open_issues_count"] = open,
            ["has_issues"] = true,
            ["has_projects"] = true,
            ["has_wiki"] = false,
            ["has_pages"] = false,
            ["has_downloads"] = true,
            ["has_discussions"] = false,
            ["archived"] = repository.IsArchived,
            ["disabled"] = false,
            ["visibility"] = "public",
            ["mirror_url"] = null,
            ["license"] = repository.LicenseSpdxId is { } spdx
                ? new JsonObject
                {
                    ["key"] = spdx.ToLowerInvariant(),
                    ["name"] = spdx,
                    ["spdx_id"] = spdx,
                    ["url"] = $"{_api}licenses/{spdx.ToLowerInvariant()}",
                    ["node_id"] = $"MDc6TGljZW5zZ{spdx}",
                }
                : null,
            ["pushed_at"] = Time(repository.CommitList.Count > 0 ? repository.CommitList.Max(c => c.CommittedDate) : repository.CreatedAt),
            ["created_at"] = Time(repository.CreatedAt),
            ["updated_at"] = Time(repository.CreatedAt),
            ["git_url"] = $"git://{new Uri(baseUrl).Authority}/{repository.FullName}.git",
            ["ssh_url"] = $"git@{new Uri(baseUrl).Host}:{repository.FullName}.git",
            ["clone_url"] = $"{baseUrl}{repository.FullName}.git",
            ["svn_url"] = $"{baseUrl}{repository.FullName}",
        };
        string[] templated =
        [
            "archive_url:/{archive_format}{/ref}", "assignees_url:/assignees{/user}", "blobs_url:/git/blobs{/sha}",
            "branches_url:/branches{/branch}", "collaborators_url:/collaborators{/collaborator}", "comments_url:/comments{/number}",
            "commits_url:/commits{/sha}", "compare_url:/compare/{base}...{head}", "contents_url:/contents/{+path}",
            "contributors_url:/contributors", "deployments_url:/deployments", "downloads_url:/downloads", "events_url:/events",
            "forks_url:/forks", "git_commits_url:/git/commits{/sha}", "git_refs_url:/git/refs{/sha}", "git_tags_url:/git/tags{/sha}",
            "hooks_url:/hooks", "issue_comment_url:/issues/comments{/number}", "issue_events_url:/issues/events{/number}",
            "issues_url:/issues{/number}", "keys_url:/keys{/key_id}", "labels_url:/labels{/name}", "languages_url:/languages",
            "merges_url:/merges", "milestones_url:/milestones{/number}", "notifications_url:/notifications{?since,all,participating}",
            "pulls_url:/pulls{/number}", "releases_url:/releases{/id}", "stargazers_url:/stargazers", "statuses_url:/statuses/{sha}",
            "subscribers_url:/subscribers", "subscription_url:/subscription", "tags_url:/tags", "teams_url:/teams", "trees_url:/git/trees{/sha}",
        ];
        foreach (var entry in templated)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            json[entry[..colon]] = url + entry[(colon + 1)..];
        }
        return json;
    }

    public JsonObject TeamMember(string login)
    {
        var json = User(login);
        json["name"] = state.FindUser(login)?.Name;
        json["email"] = null;
        return json;
    }

    private string RepoUrl(Repository repository) => $"{_api}repos/{repository.FullName}";
}
