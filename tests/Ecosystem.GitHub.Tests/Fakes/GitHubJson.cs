using System.Text.Json;

namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>REST payloads shaped like GitHub's (the fields the gateway reads, plus their neighbours).</summary>
internal static class GitHubJson
{
    public const string ApiRoot = "http://github.test/api/v3/";

    /// <summary>GraphQL <c>viewer</c>'s answer for the token's account, an app: the gateway asks it before its writes and after reading comments.</summary>
    public const string Viewer = """{"data":{"viewer":{"login":"github-actions","databaseId":null,"id":"BOT_1"}}}""";

    public static string Issue(
        int number, string title = "Application: torchfoo", bool open = true, string[]? labels = null, bool pullRequest = false,
        string author = "applicant")
    {
        var issue = new Dictionary<string, object?>
        {
            ["id"] = 1000 + number,
            ["node_id"] = $"I_kw{number}",
            ["number"] = number,
            ["title"] = title,
            ["body"] = "### Project name\n\ntorchfoo",
            ["user"] = User(author),
            ["state"] = open ? "open" : "closed",
            ["labels"] = (labels ?? []).Select((l, i) => new { id = i + 1, name = l, color = "ededed" }).ToArray(),
            ["created_at"] = "2026-11-01T10:00:00Z",
            ["updated_at"] = "2026-11-02T10:00:00Z",
            ["closed_at"] = open ? null : "2026-11-03T10:00:00Z",
            ["html_url"] = $"https://github.test/pytorch-fdn/ecosystem/issues/{number}",
            ["url"] = $"{ApiRoot}repos/pytorch-fdn/ecosystem/issues/{number}",
        };
        if (pullRequest)
        {
            issue["pull_request"] = new { url = $"{ApiRoot}repos/pytorch-fdn/ecosystem/pulls/{number}" };
        }

        return JsonSerializer.Serialize(issue);
    }

    public static object CommentObject(long id, string body, string author = "applicant", string type = "User") => new Dictionary<string, object>
    {
        ["id"] = id,
        ["node_id"] = $"IC_{id}",
        ["body"] = body,
        ["user"] = User(author, type),
        ["created_at"] = "2026-11-01T10:00:00Z",
        ["updated_at"] = "2026-11-01T11:00:00Z",
        ["html_url"] = $"https://github.test/pytorch-fdn/ecosystem/issues/12#issuecomment-{id}",
    };

    public static string Comment(long id, string body, string author = "applicant", string type = "User") =>
        JsonSerializer.Serialize(CommentObject(id, body, author, type));

    public static object User(string login, string type = "User") =>
        new { login, id = Math.Abs(login.GetHashCode(StringComparison.Ordinal)), type };

    /// <summary>A <c>Link</c> header as GitHub writes it, for page <paramref name="page"/> of <paramref name="last"/>.</summary>
    public static (string, string) Link(string pathAndQueryWithoutPage, int page, int last)
    {
        var links = new List<string>();
        if (page < last)
        {
            links.Add($"<{ApiRoot}{pathAndQueryWithoutPage}&page={page + 1}>; rel=\"next\"");
            links.Add($"<{ApiRoot}{pathAndQueryWithoutPage}&page={last}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{ApiRoot}{pathAndQueryWithoutPage}&page=1>; rel=\"first\"");
            links.Add($"<{ApiRoot}{pathAndQueryWithoutPage}&page={page - 1}>; rel=\"prev\"");
        }

        return ("Link", string.Join(", ", links));
    }
}
