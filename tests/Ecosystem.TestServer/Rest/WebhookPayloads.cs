using System.Text.Json.Nodes;
using Ecosystem.TestServer.State;

namespace Ecosystem.TestServer.Rest;

/// <summary>
/// Event payloads as a runner writes them to <c>GITHUB_EVENT_PATH</c>, built from the state: a webhook's issue, comment,
/// label, repository and users are GitHub's REST objects, so they come from <see cref="RestShapes"/> (every member
/// GitHub's description marks required, hence every member Octokit.Webhooks requires) and agree with what the program
/// then reads from the server. URLs are github.com's, like <c>GITHUB_SERVER_URL</c> in the tests.
/// </summary>
public sealed class WebhookPayloads
{
    private readonly GitHubState _state;
    private readonly RestShapes _shapes;
    private readonly string _owner;
    private readonly string _name;

    /// <param name="state">The server's state the payloads describe.</param>
    /// <param name="repository">The repository of the workflow (<c>GITHUB_REPOSITORY</c>, owner/name).</param>
    public WebhookPayloads(GitHubState state, string repository)
    {
        _state = state;
        _shapes = new RestShapes(state, TestGitHubServer.WebUri.ToString());
        (_owner, _name) = repository.Split('/') is [var owner, var name] ? (owner, name) : throw new ArgumentException($"'{repository}' is not owner/name.", nameof(repository));
    }

    /// <summary>An <c>issues</c> event; <paramref name="label"/> for <c>labeled</c>/<c>unlabeled</c>.</summary>
    public JsonObject Issues(string action, Issue issue, string? sender = null, string? label = null) => Event(issue.Repository, sender ?? issue.Author, shapes =>
    {
        var payload = new JsonObject { ["action"] = action, ["issue"] = shapes.Issue(issue) };
        Edited(payload, action, issue.Body);
        if (label is not null)
        {
            payload["label"] = shapes.Label(issue.Repository, label);
        }

        return payload;
    });

    /// <summary>An <c>issue_comment</c> event on <paramref name="issue"/>, sent by the comment's author.</summary>
    public JsonObject IssueComment(string action, Issue issue, Comment comment) => Event(issue.Repository, comment.Author, shapes =>
    {
        var payload = new JsonObject { ["action"] = action, ["issue"] = shapes.Issue(issue), ["comment"] = shapes.Comment(comment) };
        Edited(payload, action, comment.Body);
        return payload;
    });

    /// <summary>A scheduled run: the cron expression and the workflow file (GitHub's "Events that trigger workflows").</summary>
    public JsonObject Schedule(string cron) => Event(ProcessRepository(), "github-actions[bot]", _ => new JsonObject
    {
        ["schedule"] = cron,
        ["workflow"] = ".github/workflows/ecosystem.yml",
    });

    /// <summary>A manual run with <paramref name="inputs"/>, started by <paramref name="sender"/>.</summary>
    public JsonObject WorkflowDispatch(IReadOnlyDictionary<string, string> inputs, string sender = "staff-alice") => Event(ProcessRepository(), sender, _ => new JsonObject
    {
        ["inputs"] = new JsonObject([.. inputs.Select(input => KeyValuePair.Create(input.Key, (JsonNode?)input.Value))]),
        ["ref"] = "refs/heads/main",
        ["workflow"] = ".github/workflows/ecosystem.yml",
    });

    /// <summary>The event's own members, then <c>repository</c> and <c>sender</c>, which every webhook carries.</summary>
    private JsonObject Event(Repository repository, string sender, Func<RestShapes, JsonObject> members)
    {
        lock (_state.Gate)
        {
            if (_state.FindUser(sender) is null)
            {
                _state.AddUser(sender, sender.EndsWith("[bot]", StringComparison.Ordinal) ? UserKind.Bot : UserKind.User);
            }

            var payload = members(_shapes);
            payload["repository"] = _shapes.Repository(repository);
            payload["sender"] = _shapes.User(sender);
            return payload;
        }
    }

    /// <summary>An <c>edited</c> event says what changed (<c>changes.body.from</c>, here the body as it stands).</summary>
    private static void Edited(JsonObject payload, string action, string? body)
    {
        if (action == "edited")
        {
            payload["changes"] = new JsonObject { ["body"] = new JsonObject { ["from"] = body ?? string.Empty } };
        }
    }

    private Repository ProcessRepository() => _state.FindRepository(_owner, _name) ?? _state.AddRepository(_owner, _name);
}
