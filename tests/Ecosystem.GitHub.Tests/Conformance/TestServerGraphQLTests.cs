using Ecosystem.TestServer;

namespace Ecosystem.GitHub.Tests.Conformance;

[TestClass]
public sealed class TestServerGraphQLTests
{
    private TestGitHubServer _server = null!;
    private GraphQLClient _graphql = null!;

    [TestInitialize]
    public async Task Start()
    {
        _server = await SeededServer.StartAsync();
        _graphql = new GraphQLClient(_server);
    }

    [TestCleanup]
    public async Task Stop()
    {
        _graphql.Dispose();
        await _server.DisposeAsync();
    }

    [TestMethod]
    public async Task Viewer_is_the_authenticated_login()
    {
        var answer = await _graphql.SendAsync(ContractDocuments.Viewer);

        Assert.AreEqual("ecosystem-bot[bot]", answer["data"]!["viewer"]!["login"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Repository_facts_come_from_state_in_one_query()
    {
        var answer = await _graphql.SendAsync(ContractDocuments.RepositoryFacts, new { owner = "acme", name = "widget", since = "2026-08-28T12:00:00Z" });
        var repository = answer["data"]!["repository"]!;
        var history = repository["defaultBranchRef"]!["target"]!["history"]!;

        Assert.AreEqual(350, repository["stargazerCount"]!.GetValue<int>());
        Assert.AreEqual("BSD-3-Clause", repository["licenseInfo"]!["spdxId"]!.GetValue<string>());
        Assert.AreEqual(3, history["totalCount"]!.GetValue<int>(), "the 200-day-old commit is outside the window");
        Assert.AreEqual("alice", history["nodes"]![0]!["author"]!["user"]!["login"]!.GetValue<string>());
        Assert.IsNull(history["nodes"]![1]!["author"]!["user"], "an e-mail without an account has no user");
        var root = repository["root"]!["entries"]!.AsArray().Select(e => $"{e!["name"]}:{e["type"]}").ToList();
        CollectionAssert.AreEqual(new[] { ".github:tree", "CODEOWNERS:blob", "CONTRIBUTING.md:blob", "LICENSE:blob", "README.md:blob", "docs:tree" }, root);
        Assert.AreEqual("ci.yml", repository["workflows"]!["entries"]![0]!["name"]!.GetValue<string>());
        Assert.IsNull(repository["codeownersInDotGitHub"], "no .github/CODEOWNERS");
        Assert.AreEqual("* @alice\n", repository["codeownersAtRoot"]!["text"]!.GetValue<string>());
        Assert.AreEqual((9, false), (repository["codeownersAtRoot"]!["byteSize"]!.GetValue<int>(), repository["codeownersAtRoot"]!["isBinary"]!.GetValue<bool>()));
    }

    [TestMethod]
    public async Task Missing_folder_is_null_without_an_error()
    {
        var answer = await _graphql.SendAsync("""query { repository(owner: "pytorch-fdn", name: "ecosystem") { docs: object(expression: "HEAD:docs") { ... on Tree { entries { name } } } } }""");

        Assert.IsNull(answer["data"]!["repository"]!["docs"]);
        Assert.IsNull(answer["errors"]);
    }

    [TestMethod]
    public async Task Missing_repository_is_null_with_a_NOT_FOUND_error_at_its_path()
    {
        var answer = await _graphql.SendAsync("""query { repository(owner: "acme", name: "gone") { isArchived } }""");

        Assert.IsNull(answer["data"]!["repository"]);
        var error = answer["errors"]![0]!;
        Assert.AreEqual("NOT_FOUND", error["type"]!.GetValue<string>());
        Assert.AreEqual("repository", error["path"]![0]!.GetValue<string>());
        Assert.Contains("acme/gone", error["message"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Missing_user_is_null_under_its_alias_and_others_resolve()
    {
        var answer = await _graphql.SendAsync(ContractDocuments.UsersExist);

        Assert.AreEqual("alice", answer["data"]!["u0"]!["login"]!.GetValue<string>());
        Assert.IsNull(answer["data"]!["u1"]);
        Assert.AreEqual("u1", answer["errors"]![0]!["path"]![0]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Unknown_field_is_rejected_like_GitHub_without_data()
    {
        var answer = await _graphql.SendAsync("query { viewer { login favouriteColour } }");

        Assert.IsNull(answer["data"]);
        var error = answer["errors"]![0]!;
        Assert.AreEqual("Field 'favouriteColour' doesn't exist on type 'User'", error["message"]!.GetValue<string>());
        Assert.AreEqual(24, error["locations"]![0]!["column"]!.GetValue<int>());
    }

    [TestMethod]
    public async Task Organization_that_is_a_user_is_NOT_FOUND_where_user_resolves_it()
    {
        var answer = await _graphql.SendAsync("""query { organization(login: "alice") { projectV2(number: 1) { id } } user(login: "alice") { projectV2(number: 1) { title } } }""");

        Assert.IsNull(answer["data"]!["organization"]);
        Assert.AreEqual("Alice's board", answer["data"]!["user"]!["projectV2"]!["title"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Repository_owner_is_the_user_or_organization_and_null_without_an_error_for_an_unknown_login()
    {
        var answer = await _graphql.SendAsync("""
            query {
              org: repositoryOwner(login: "pytorch-fdn") { login ... on ProjectV2Owner { projectV2(number: 6) { title } } }
              user: repositoryOwner(login: "alice") { ... on Organization { login } ... on User { projectV2(number: 1) { title } } }
              none: repositoryOwner(login: "nobody-here") { login }
            }
            """);

        Assert.AreEqual("Ecosystem applications", answer["data"]!["org"]!["projectV2"]!["title"]!.GetValue<string>());
        Assert.AreEqual("Alice's board", answer["data"]!["user"]!["projectV2"]!["title"]!.GetValue<string>());
        Assert.IsNull(answer["data"]!["user"]!["login"], "the Organization fragment does not apply to a user");
        Assert.IsNull(answer["data"]!["none"]);
        Assert.IsNull(answer["errors"]);
    }

    [TestMethod]
    public async Task Team_members_page_with_opaque_cursors()
    {
        var logins = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var answer = await _graphql.SendAsync(ContractDocuments.TeamMembers, new { org = "pytorch-fdn", slug = "ecosystem-wg", cursor });
            var members = answer["data"]!["organization"]!["team"]!["members"]!;
            logins.AddRange(members["nodes"]!.AsArray().Select(n => n!["login"]!.GetValue<string>()));
            cursor = members["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? members["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            pages++;
        }
        while (cursor is not null);

        CollectionAssert.AreEqual(new[] { "bob", "carol", "frank" }, logins);
        Assert.AreEqual(2, pages);
    }

    [TestMethod]
    public async Task Aliased_mutations_add_the_item_and_set_status_and_date()
    {
        var project = _server.State.Projects[0];
        var status = project.Fields.Single(f => f.Name == "Status");
        var date = project.Fields.Single(f => f.Name == "Session date");
        var issue = _server.State.Issue("pytorch-fdn", "ecosystem", 2);
        var added = await _graphql.SendAsync($$$"""mutation { a0: addProjectV2ItemById(input: {projectId: "{{{project.NodeId}}}", contentId: "{{{issue.NodeId}}}"}) { item { id } } }""");
        var itemId = added["data"]!["a0"]!["item"]!["id"]!.GetValue<string>();

        var set = await _graphql.SendAsync(
            ContractDocuments.Mutations(project.NodeId, issue.NodeId, itemId, status.Id, status.Option("In progress")!.Id, date.Id));

        Assert.IsNull(set["errors"]);
        var item = project.ItemFor(issue)!;
        Assert.AreEqual("In progress", item.ValueOf("Status"));
        Assert.AreEqual("2026-12-08", item.ValueOf("Session date"));
        Assert.HasCount(2, project.Items, "adding an issue twice keeps one item");
    }

    [TestMethod]
    public async Task Mutation_with_an_unknown_option_fails_at_its_alias_and_changes_nothing()
    {
        var project = _server.State.Projects[0];
        var item = project.Items[0];
        var status = project.Fields.Single(f => f.Name == "Status");

        var answer = await _graphql.SendAsync($$$"""mutation { s0: updateProjectV2ItemFieldValue(input: {projectId: "{{{project.NodeId}}}", itemId: "{{{item.NodeId}}}", fieldId: "{{{status.Id}}}", value: {singleSelectOptionId: "nope"}}) { projectV2Item { id } } }""");

        Assert.IsNull(answer["data"]!["s0"]);
        Assert.AreEqual("s0", answer["errors"]![0]!["path"]![0]!.GetValue<string>());
        Assert.AreEqual("New", item.ValueOf("Status"));
    }

    [TestMethod]
    public async Task Items_report_their_status_through_a_fragment()
    {
        var answer = await _graphql.SendAsync(ContractDocuments.Items, new { owner = "pytorch-fdn", name = "ecosystem", statusField = "Status" });
        var repository = answer["data"]!["repository"]!;

        Assert.AreEqual("New", repository["i1"]!["projectItems"]!["nodes"]![0]!["fieldValueByName"]!["name"]!.GetValue<string>());
        var status = repository["i1"]!["projectItems"]!["nodes"]![0]!["fieldValueByName"]!;
        Assert.AreEqual("2026-11-26T12:00:00Z", status["updatedAt"]!.GetValue<string>(), "when the column was set: the seed's time");
        Assert.IsEmpty(repository["i2"]!["projectItems"]!["nodes"]!.AsArray());
    }

    [TestMethod]
    public async Task Log_tells_queries_from_mutations()
    {
        await _graphql.SendAsync(ContractDocuments.Viewer);
        var project = _server.State.Projects[0];
        var issue = _server.State.Issue("pytorch-fdn", "ecosystem", 2);
        await _graphql.SendAsync($$$"""mutation { a0: addProjectV2ItemById(input: {projectId: "{{{project.NodeId}}}", contentId: "{{{issue.NodeId}}}"}) { item { id } } }""");

        CollectionAssert.AreEqual(new[] { "query", "mutation" }, _server.Requests.Select(r => r.GraphQLOperation).ToArray());
        Assert.HasCount(1, _server.WriteRequests);
        Assert.AreEqual(ContractDocuments.Viewer, _server.GraphQLDocuments[0]);
    }

    [TestMethod]
    public async Task Connection_without_first_is_refused_like_GitHub()
    {
        var answer = await _graphql.SendAsync("""query { organization(login: "pytorch-fdn") { team(slug: "ecosystem-wg") { members { nodes { login } } } } }""");

        Assert.AreEqual("MISSING_PAGINATION_BOUNDARIES", answer["errors"]![0]!["type"]!.GetValue<string>());
        CollectionAssert.AreEqual(
            new[] { "organization", "team", "members" },
            answer["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()).ToArray());
    }

    [TestMethod]
    public async Task Missing_required_variable_is_refused_without_data()
    {
        var answer = await _graphql.SendAsync(ContractDocuments.TeamMembers, new { org = "pytorch-fdn" });

        Assert.IsNull(answer["data"]);
        Assert.AreEqual("Variable $slug of type String! was provided invalid value", answer["errors"]![0]!["message"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Graphql_without_a_token_is_401()
    {
        using var http = SeededServer.Rest(_server, token: null);
        using var response = await http.PostAsync(_server.GraphQLUri, new StringContent("""{"query":"query { viewer { login } }"}"""));

        Assert.AreEqual(401, (int)response.StatusCode);
        Assert.Contains("requires you to be authenticated", await response.Content.ReadAsStringAsync());
    }
}
