using System.Text.Json.Nodes;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>
/// Sends every GraphQL document of the contract to the test server, then validates every document its log recorded
/// against GitHub's schema in one node run (plus a misspelt one, to prove the check can fail).
/// </summary>
[TestClass]
public sealed class GraphQLConformanceTests
{
    private const string Misspelt = "query { viewer { logn } }";

    private static List<string> s_logged = [];
    private static IReadOnlyList<GraphQLDocumentCheck> s_checks = [];
    private static readonly List<JsonObject> s_answers = [];

    [ClassInitialize]
    public static async Task Run_the_contract_scenario(TestContext context)
    {
        await using var server = await SeededServer.StartAsync();
        using var graphql = new GraphQLClient(server);
        s_answers.Add(await graphql.SendAsync(ContractDocuments.Viewer));
        s_answers.Add(await graphql.SendAsync(ContractDocuments.RepositoryFacts, new { owner = "acme", name = "widget", since = "2026-08-28T12:00:00Z", cursor = (string?)null }));
        s_answers.Add(await graphql.SendAsync(ContractDocuments.UsersExist));
        var board = await graphql.SendAsync(ContractDocuments.Board, new { owner = "pytorch-fdn", number = 6, statusField = "Status", dateField = "Session date" });
        s_answers.Add(board);
        s_answers.Add(await graphql.SendAsync(ContractDocuments.BoardOfUser, new { owner = "alice", number = 1, statusField = "Status" }));
        s_answers.Add(await graphql.SendAsync(ContractDocuments.Items, new { owner = "pytorch-fdn", name = "ecosystem", statusField = "Status" }));
        s_answers.Add(await graphql.SendAsync(ContractDocuments.TeamMembers, new { org = "pytorch-fdn", slug = "ecosystem-wg", cursor = (string?)null }));

        var project = board["data"]!["repositoryOwner"]!["projectV2"]!;
        var issue = server.State.Issue("pytorch-fdn", "ecosystem", 2);
        var added = await graphql.SendAsync(ContractDocuments.Mutations(
            project["id"]!.GetValue<string>(), issue.NodeId, server.State.Projects[0].Items[0].NodeId,
            project["field"]!["id"]!.GetValue<string>(), project["field"]!["options"]![1]!["id"]!.GetValue<string>(),
            project["dateField"]!["id"]!.GetValue<string>()));
        s_answers.Add(added);

        s_logged = [.. server.GraphQLDocuments];
        s_checks = await GraphQLSchemaCheck.ValidateAsync([.. s_logged, Misspelt]);
    }

    [TestMethod]
    public void The_scenario_sent_every_contract_document()
    {
        Assert.HasCount(8, s_logged);
    }

    [TestMethod]
    public void Every_logged_document_validates_against_GitHubs_schema()
    {
        var invalid = s_checks.Take(s_logged.Count).Where(c => !c.IsValid).ToList();

        Assert.IsEmpty(invalid, string.Join("\n\n", invalid));
    }

    [TestMethod]
    public void A_misspelt_field_is_reported_with_GitHubs_suggestion()
    {
        var check = s_checks[^1];

        Assert.IsFalse(check.IsValid);
        Assert.Contains("Did you mean \"login\"?", check.Errors[0]);
    }

    [TestMethod]
    public void The_contract_documents_are_answered_without_unexpected_errors()
    {
        // Only the user lookup of a missing login may fail, with NOT_FOUND (the gateway tolerates exactly that).
        var errors = s_answers.Where(a => a["errors"] is not null).ToList();

        Assert.HasCount(1, errors);
        Assert.IsTrue(errors.SelectMany(e => e["errors"]!.AsArray()).All(e => e!["type"]!.GetValue<string>() == "NOT_FOUND"));
    }
}
