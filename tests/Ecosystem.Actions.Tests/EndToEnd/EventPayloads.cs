using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>
/// Event payloads shaped like GitHub's webhooks (the fields the program reads, as
/// <c>@octokit/webhooks-examples</c> has them), built from the test server's state so they agree with it.
/// </summary>
public static class EventPayloads
{
    public static object Issues(string action, Issue issue, string? sender = null, string? label = null) => new Dictionary<string, object?>
    {
        ["action"] = action,
        ["issue"] = IssueObject(issue),
        ["label"] = label is null ? null : new { name = label },
        ["repository"] = RepositoryObject(issue),
        ["sender"] = User(sender ?? issue.Author),
    };

    public static object IssueComment(string action, Issue issue, Comment comment) => new Dictionary<string, object?>
    {
        ["action"] = action,
        ["issue"] = IssueObject(issue),
        ["comment"] = new Dictionary<string, object?>
        {
            ["id"] = comment.Id,
            ["body"] = comment.Body,
            ["user"] = User(comment.Author),
            ["created_at"] = comment.CreatedAt,
            ["updated_at"] = comment.UpdatedAt,
            ["html_url"] = $"https://github.com/{issue.Repository.Owner}/{issue.Repository.Name}/issues/{issue.Number}#issuecomment-{comment.Id}",
        },
        ["repository"] = RepositoryObject(issue),
        ["sender"] = User(comment.Author),
    };

    public static object Schedule(string cron = "17 3 * * *") => new Dictionary<string, object?>
    {
        ["schedule"] = cron,
        ["repository"] = new { full_name = "pytorch-fdn/ecosystem", name = "ecosystem", owner = new { login = "pytorch-fdn" } },
        ["sender"] = User("github-actions[bot]"),
    };

    public static object WorkflowDispatch(IReadOnlyDictionary<string, string> inputs) => new Dictionary<string, object?>
    {
        ["inputs"] = inputs,
        ["ref"] = "refs/heads/main",
        ["repository"] = new { full_name = "pytorch-fdn/ecosystem", name = "ecosystem", owner = new { login = "pytorch-fdn" } },
        ["sender"] = User("staff-alice"),
        ["workflow"] = ".github/workflows/dispatch.yml",
    };

    private static Dictionary<string, object?> IssueObject(Issue issue) => new()
    {
        ["number"] = issue.Number,
        ["title"] = issue.Title,
        ["body"] = issue.Body,
        ["state"] = issue.State,
        ["user"] = User(issue.Author),
        ["labels"] = issue.Labels.Select(l => new { name = l }).ToArray(),
        ["pull_request"] = null,
        ["created_at"] = issue.CreatedAt,
        ["node_id"] = issue.NodeId,
    };

    private static object RepositoryObject(Issue issue) => new
    {
        full_name = $"{issue.Repository.Owner}/{issue.Repository.Name}",
        name = issue.Repository.Name,
        owner = new { login = issue.Repository.Owner },
    };

    private static object User(string login) => new
    {
        login,
        type = login.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User",
    };
}
