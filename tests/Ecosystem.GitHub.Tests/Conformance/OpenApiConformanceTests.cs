using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ecosystem.TestServer;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>
/// Holds the test server to GitHub's OpenAPI description: every served route is a real GitHub operation, and every
/// answer (driven once per route on seeded state) validates against that operation's response schema. One node run.
/// </summary>
[TestClass]
public sealed class OpenApiConformanceTests
{
    private static readonly string[] ContractRoutes =
    [
        "GET /repos/{owner}/{repo}",
        "GET /repos/{owner}/{repo}/issues",
        "GET /repos/{owner}/{repo}/issues/{issue_number}",
        "POST /repos/{owner}/{repo}/issues",
        "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
        "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
        "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
        "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
        "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
        "GET /orgs/{org}/teams/{team_slug}/members",
        "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",
        "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees",
        "GET /orgs/{org}/members/{username}",
        "GET /users/{username}",
        "GET /rate_limit",
    ];

    private static List<ServedRoute> s_routes = [];
    private static List<string> s_driven = [];
    private static JsonObject s_report = [];

    [ClassInitialize]
    public static async Task Check_the_server_against_the_OpenAPI_description(TestContext context)
    {
        await using var server = await SeededServer.StartAsync();
        using var http = SeededServer.Rest(server);
        s_routes = [.. server.Routes];
        var responses = new JsonArray();
        async Task Drive(string method, string template, string path, object? body = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            responses.Add(new JsonObject
            {
                ["method"] = method,
                ["template"] = template,
                ["status"] = (int)response.StatusCode,
                ["body"] = text.Length == 0 ? null : JsonNode.Parse(text),
            });
            s_driven.Add($"{method} {template}");
        }

        const string Repo = "/repos/pytorch-fdn/ecosystem";
        await Drive("GET", "/repos/{owner}/{repo}", Repo);
        await Drive("GET", "/repos/{owner}/{repo}", "/repos/acme/widget");
        await Drive("GET", "/repos/{owner}/{repo}", "/repos/acme/missing");
        await Drive("GET", "/repos/{owner}/{repo}/issues", $"{Repo}/issues?state=all&per_page=100&sort=created&direction=asc");
        await Drive("POST", "/repos/{owner}/{repo}/issues", $"{Repo}/issues", new { title = "[Ecosystem] new", body = "text", labels = new[] { "New" } });
        await Drive("GET", "/repos/{owner}/{repo}/issues/{issue_number}", $"{Repo}/issues/1");
        await Drive("GET", "/repos/{owner}/{repo}/issues/{issue_number}", $"{Repo}/issues/99");
        await Drive("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", $"{Repo}/issues/2", new { state = "closed", state_reason = "not_planned" });
        await Drive("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", $"{Repo}/issues/1/comments?per_page=100");
        await Drive("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", $"{Repo}/issues/1/comments", new { body = "Hello" });
        var comment = server.State.Issue("pytorch-fdn", "ecosystem", 1).Comments[^1].Id;
        await Drive("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", $"{Repo}/issues/comments/{comment}", new { body = "Edited" });
        await Drive("DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}", $"{Repo}/issues/comments/{comment}");
        await Drive("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels", $"{Repo}/issues/1/labels", new { labels = new[] { "Accepted" } });
        await Drive("DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", $"{Repo}/issues/1/labels/in%20voting");
        await Drive("DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", $"{Repo}/issues/1/labels/not-there");
        await Drive("GET", "/repos/{owner}/{repo}/issues/{issue_number}/events", $"{Repo}/issues/1/events?per_page=100");
        await Drive("GET", "/orgs/{org}/teams/{team_slug}/members", "/orgs/pytorch-fdn/teams/ecosystem-wg/members?per_page=100");
        await Drive("POST", "/repos/{owner}/{repo}/issues/{issue_number}/assignees", $"{Repo}/issues/2/assignees", new { assignees = new[] { "bob" } });
        await Drive(
            "DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/assignees", $"{Repo}/issues/2/assignees", new { assignees = new[] { "bob" } });
        await Drive("GET", "/orgs/{org}/members/{username}", "/orgs/pytorch-fdn/members/bob");
        await Drive("GET", "/orgs/{org}/members/{username}", "/orgs/pytorch-fdn/members/alice");
        await Drive("GET", "/users/{username}", "/users/alice");
        await Drive("GET", "/users/{username}", "/users/ecosystem-bot[bot]");
        await Drive("GET", "/users/{username}", "/users/nobody-here");
        await Drive("GET", "/rate_limit", "/rate_limit");

        var input = new JsonObject
        {
            ["routes"] = new JsonArray([.. s_routes.Select(r => (JsonNode)new JsonObject { ["method"] = r.Method, ["template"] = r.Template })]),
            ["responses"] = responses,
            // Proves the check can fail: an unknown route, and an issue without its required "user".
            ["selfCheck"] = JsonNode.Parse("""
                {"routes":[{"method":"GET","template":"/no/such/route"}],
                 "responses":[{"method":"GET","template":"/repos/{owner}/{repo}/issues/{issue_number}","status":200,"body":{"id":1}}]}
                """),
        };
        s_report = JsonNode.Parse(await NodeTooling.RunAsync("openapi-check.mjs", input.ToJsonString()))!.AsObject();
    }

    [TestMethod]
    public void Every_served_route_exists_in_GitHubs_OpenAPI_description()
    {
        var missing = s_report["missingRoutes"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();

        Assert.IsEmpty(missing, $"Routes GitHub does not have: {string.Join(", ", missing)}");
    }

    [TestMethod]
    public void Every_route_of_the_contract_is_served()
    {
        var served = s_routes.Select(r => $"{r.Method} {r.Template}").ToHashSet();

        CollectionAssert.AreEquivalent(ContractRoutes, served.ToArray());
    }

    [TestMethod]
    public void Every_served_route_was_driven_by_the_response_check()
    {
        var undriven = s_routes.Select(r => $"{r.Method} {r.Template}").Except(s_driven).ToList();

        Assert.IsEmpty(undriven, $"Not checked against a schema: {string.Join(", ", undriven)}");
    }

    [TestMethod]
    public void Every_response_validates_against_its_operation_schema()
    {
        var mismatches = s_report["mismatches"]!.AsArray();
        var text = new StringBuilder();
        foreach (var mismatch in mismatches)
        {
            text.Append(mismatch!["route"]).Append(" → ").Append(mismatch["status"]).AppendLine(":");
            foreach (var error in mismatch["errors"]!.AsArray())
            {
                text.Append("  ").AppendLine(error!.GetValue<string>());
            }
        }

        Assert.IsEmpty(mismatches, text.ToString());
    }

    [TestMethod]
    public void The_check_reports_an_unknown_route_and_a_missing_required_field()
    {
        var selfCheck = s_report["selfCheck"]!;

        Assert.AreEqual("GET /no/such/route", selfCheck["missingRoutes"]![0]!.GetValue<string>());
        var errors = selfCheck["mismatches"]![0]!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.IsTrue(errors.Any(e => e.Contains("'user'", StringComparison.Ordinal)), string.Join("\n", errors));
    }
}
