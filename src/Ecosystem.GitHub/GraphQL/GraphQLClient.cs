using System.Text.Json;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Http;
using Octokit;

namespace Ecosystem.GitHub.GraphQL;

/// <summary>
/// Posts GraphQL documents through Octokit's connection (so they share its auth, user agent and
/// resilience handler) to the absolute GraphQL URL; a relative <c>graphql</c> would land on
/// <c>/api/v3/graphql</c> on GitHub Enterprise. The body is written here with System.Text.Json
/// because Octokit's serializer renames members.
/// </summary>
internal sealed class GraphQLClient(IConnection connection, Uri endpoint)
{
    private const string Json = "application/json";

    /// <summary>Sends <paramref name="document"/> and returns its <c>data</c>; errors not tolerated become a <see cref="GitHubGraphQLException"/>.</summary>
    public async Task<JsonElement> SendAsync(
        string operation,
        string document,
        IReadOnlyDictionary<string, object?>? variables = null,
        Func<GraphQLError, bool>? tolerate = null) =>
        (await AnswerAsync(operation, document, variables, tolerate)).Data;

    /// <summary>As <see cref="SendAsync"/>, with the errors it tolerated: each names (by its path) a field GitHub answered with null.</summary>
    public async Task<(JsonElement Data, IReadOnlyList<GraphQLError> Tolerated)> AnswerAsync(
        string operation,
        string document,
        IReadOnlyDictionary<string, object?>? variables,
        Func<GraphQLError, bool>? tolerate)
    {
        var body = JsonSerializer.Serialize(new GraphQLRequest(document, variables ?? new Dictionary<string, object?>()), GraphQLJson.Default.GraphQLRequest);
        var response = await connection.Post<Dictionary<string, object>>(endpoint, body, Json, Json);
        var raw = response.HttpResponse.Body as string
            ?? throw new GitHubGraphQLException($"GitHub GraphQL {operation} answered without a JSON body (HTTP {(int)response.HttpResponse.StatusCode}).");

        JsonElement root;
        try
        {
            root = JsonElement.Parse(raw);
        }
        catch (JsonException e)
        {
            throw new GitHubGraphQLException($"GitHub GraphQL {operation} answered with invalid JSON: {e.Message}", e);
        }

        var errors = ReadErrors(root);
        if (errors.FirstOrDefault(e => e.Type == "RATE_LIMITED") is { } limited)
        {
            // Reached only when the limit was not waited out (no reset time, or too far off): a limit, never a permission.
            throw new GitHubRateLimitException($"GitHub's GraphQL rate limit stopped {operation}: {limited.Message} Run the command again after the reset.");
        }

        var fatal = errors.Where(e => tolerate?.Invoke(e) != true).ToList();
        if (fatal.Count > 0)
        {
            var requestId = Http.GitHubFailure.RequestIdOf(response.HttpResponse);
            // A refusal ("Resource not accessible by integration") is the token's permissions, as a REST 403 is.
            var advice = fatal.Exists(e => e.Type is "FORBIDDEN" or "INSUFFICIENT_SCOPES")
                ? Http.GitHubFailure.Advice(403, isWrite: false)
                : "A rerun is safe, and fails the same way until the cause above is fixed.";
            throw new GitHubGraphQLException(
                $"GitHub GraphQL {operation} failed with {Counted.Of(fatal.Count, "error")}: " + string.Join("; ", fatal)
                + (requestId is null ? ". " : $" (request id {requestId}). ") + advice);
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new GitHubGraphQLException($"GitHub GraphQL {operation} answered without data.");
        }

        return (data, [.. errors.Except(fatal)]);
    }

    /// <summary>
    /// The nodes of <paramref name="first"/> (when null, of the page <paramref name="document"/> answers) and of every page
    /// after it: while a page has a next one, <paramref name="document"/> is sent with its end cursor as <c>$cursor</c>, and
    /// <paramref name="pageOf"/> finds the page in the answer. The next page is asked for once the caller has used the last node.
    /// </summary>
    public async IAsyncEnumerable<JsonElement> NodesAsync(
        JsonElement? first, string operation, string document, Dictionary<string, object?> variables, Func<JsonElement, JsonElement?> pageOf)
    {
        for (var page = first ?? pageOf(await SendAsync(operation, document, variables)); page is { } current;)
        {
            foreach (var node in current.GetProperty("nodes").EnumerateArray())
            {
                yield return node;
            }

            var pageInfo = current.GetProperty("pageInfo");
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                yield break;
            }

            variables["cursor"] = pageInfo.GetProperty("endCursor").GetString();
            page = pageOf(await SendAsync(operation, document, variables));
        }
    }

    private static List<GraphQLError> ReadErrors(JsonElement root) =>
        root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Select(e => new GraphQLError(
                e.String("message") ?? "(no message)",
                e.String("type"),
                e.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array ? [.. p.EnumerateArray().Select(s => s.ToString())] : []))]
            : [];
}
