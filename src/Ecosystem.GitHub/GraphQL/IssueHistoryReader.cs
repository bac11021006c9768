using System.Globalization;
using System.Text.Json;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.GraphQL;

/// <summary>
/// Reads whole issue histories by the page (<c>IssueHistories.graphql</c>). Logins are written as REST writes them (an
/// app's GraphQL login <c>name</c> becomes <c>name[bot]</c>), so snapshots compare the same whichever API read them.
/// </summary>
internal sealed class IssueHistoryReader(GraphQLClient graphql, string owner, string repository)
{
    /// <summary>The issues in <paramref name="state"/> with at least one of <paramref name="anyOfLabels"/> (any issue when empty).</summary>
    public async Task<List<IssueHistory>> ReadAsync(IssueStateFilter state, IReadOnlyList<string> anyOfLabels)
    {
        var variables = Variables(state);
        variables["labels"] = anyOfLabels.Count == 0 ? null : anyOfLabels.ToArray();
        var histories = new List<IssueHistory>();
        await foreach (var node in IssuesAsync("IssueHistories", variables))
        {
            histories.Add(await ReadIssueAsync(node));
        }

        return histories;
    }

    /// <summary>The issues in <paramref name="state"/> alone (<c>IssueSummaries.graphql</c>): no comments or events.</summary>
    public async Task<List<IssueSnapshot>> ReadSummariesAsync(IssueStateFilter state) =>
        await IssuesAsync("IssueSummaries", Variables(state)).Select(ToIssue).ToListAsync();

    private Dictionary<string, object?> Variables(IssueStateFilter state) => new()
    {
        ["owner"] = owner,
        ["name"] = repository,
        ["states"] = state switch
        {
            IssueStateFilter.Open => new[] { "OPEN" },
            IssueStateFilter.Closed => new[] { "CLOSED" },
            _ => null,
        },
        ["cursor"] = null,
    };

    /// <summary>Every node of <c>repository.issues</c> in the fixed <paramref name="document"/>, 100 issues a request.</summary>
    private IAsyncEnumerable<JsonElement> IssuesAsync(string document, Dictionary<string, object?> variables) =>
        graphql.NodesAsync(null, $"issues of {owner}/{repository}", GraphQLDocuments.Fixed(document), variables, data => data.GetProperty("repository").GetProperty("issues"));

    private async Task<IssueHistory> ReadIssueAsync(JsonElement node)
    {
        var issue = ToIssue(node);
        var comments = await RestOfAsync(issue.Number, node.GetProperty("comments"), GraphQLDocuments.Fixed("IssueComments"), "comments", ToComment);
        var events = await RestOfAsync(
            issue.Number, node.GetProperty("timelineItems"), GraphQLDocuments.Fixed("IssueTimeline"), "timelineItems", ToEvent);
        return new IssueHistory(issue, comments, [.. events.OfType<LabelEvent>()])
        {
            LockEvents = [.. events.OfType<LockEvent>()],
            StateEvents = [.. events.OfType<StateEvent>()],
        };
    }

    /// <summary>The issue's own fields (fragment <c>IssueSummary</c>).</summary>
    private static IssueSnapshot ToIssue(JsonElement node)
    {
        var (author, authorIsBot, authorId) = Actor(node, "author");
        return new IssueSnapshot(
            node.GetProperty("number").GetInt32(),
            node.GetProperty("title").GetString() ?? string.Empty,
            node.GetProperty("body").GetString() ?? string.Empty,
            author,
            node.GetProperty("state").GetString() == "OPEN",
            [.. node.GetProperty("labels").GetProperty("nodes").EnumerateArray().Select(l => l.GetProperty("name").GetString() ?? string.Empty)],
            Time(node.GetProperty("createdAt")),
            node.GetProperty("closedAt").ValueKind == JsonValueKind.String ? Time(node.GetProperty("closedAt")) : null,
            node.GetProperty("url").GetString() ?? string.Empty)
        {
            NodeId = node.GetProperty("id").GetString() ?? string.Empty,
            AuthorId = authorId,
            AuthorIsBot = authorIsBot,
            UpdatedAt = Time(node.GetProperty("updatedAt")),
            IsLocked = node.GetProperty("locked").GetBoolean(),
            Assignees = [.. node.GetProperty("assignees").GetProperty("nodes").EnumerateArray().Select(a => a.GetProperty("login").GetString() ?? string.Empty)],
        };
    }

    /// <summary>The first page as read with the issue, then every further page of <paramref name="field"/> for this issue alone.</summary>
    private async Task<List<T>> RestOfAsync<T>(int number, JsonElement connection, string document, string field, Func<JsonElement, T> read)
    {
        var variables = new Dictionary<string, object?> { ["owner"] = owner, ["name"] = repository, ["number"] = number };
        var operation = $"{field} of issue #{number.ToString(CultureInfo.InvariantCulture)}";
        return await graphql.NodesAsync(connection, operation, document, variables, data => data.GetProperty("repository").GetProperty("issue").GetProperty(field))
            .Select(read).ToListAsync();
    }

    private static CommentSnapshot ToComment(JsonElement node)
    {
        var (author, isBot, authorId) = Actor(node, "author");
        return new CommentSnapshot(
            node.GetProperty("databaseId").GetInt64(),
            author,
            isBot,
            node.GetProperty("body").GetString() ?? string.Empty,
            Time(node.GetProperty("createdAt")),
            Time(node.GetProperty("updatedAt")),
            node.GetProperty("url").GetString() ?? string.Empty)
        {
            AuthorId = authorId,
            NodeId = node.GetProperty("id").GetString() ?? string.Empty,
        };
    }

    /// <summary>
    /// A <see cref="LabelEvent"/>, a <see cref="LockEvent"/> or a <see cref="StateEvent"/>; null for a label event of a deleted label.
    /// </summary>
    private static object? ToEvent(JsonElement node)
    {
        var (type, at) = (node.GetProperty("__typename").GetString(), Time(node.GetProperty("createdAt")));
        return type switch
        {
            "LockedEvent" or "UnlockedEvent" => new LockEvent(type == "LockedEvent", at),
            "ClosedEvent" or "ReopenedEvent" => new StateEvent(type == "ClosedEvent", at),
            _ when node.Object("label") is { } label =>
                new LabelEvent(
                    label.GetProperty("name").GetString() ?? string.Empty, type == "LabeledEvent", Actor(node, "actor").Login, at),
            _ => null,
        };
    }

    /// <summary>
    /// A login as REST writes it, whether it is an app, and its account id (REST <c>id</c>, 0 when GitHub names none);
    /// ("ghost", false, 0) for a deleted account, which GraphQL names no one and REST names ghost.
    /// </summary>
    private static (string Login, bool IsBot, long Id) Actor(JsonElement parent, string name)
    {
        if (parent.Object(name) is not { } actor)
        {
            return ("ghost", false, 0);
        }

        var login = actor.GetProperty("login").GetString() ?? string.Empty;
        var isBot = actor.GetProperty("__typename").GetString() == "Bot";
        return (isBot ? AutomationAccount.AppLogin(login) : login, isBot, actor.Int64("databaseId"));
    }

    private static DateTimeOffset Time(JsonElement value) =>
        DateTimeOffset.Parse(value.GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
