using System.Text.Json;
using Ecosystem.Domain.Intake;
using Ecosystem.GitHub.GraphQL;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Models;
using Ecosystem.GitHub.Tests.Fakes;

namespace Ecosystem.GitHub.Tests.GraphQL;

[TestClass]
public sealed class GraphQLGatewayTests
{
    private static readonly ProjectBoard Board = new(
        "PVT_board",
        "Ecosystem applications",
        "PVTSSF_status",
        [new BoardOption("opt_new", "New"), new BoardOption("opt_review", "In review")],
        "PVTF_date")
    {
        StatusFieldName = "Status",
    };

    [TestMethod]
    public async Task Viewer_is_posted_to_the_absolute_graphql_url_as_json_with_the_exact_document()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""{"data":{"viewer":{"login":"github-actions","databaseId":41898282,"id":"BOT_kgDOAn9RKg"}}}""");

        var automation = await github.Gateway.GetAutomationAsync();
        var again = await github.Gateway.GetAutomationAsync();

        // GraphQL leaves "[bot]" off; the one spelling used everywhere has it, so no person's login can equal it.
        Assert.AreEqual(new AutomationAccount("github-actions[bot]", 41898282), automation);
        Assert.AreSame(automation, again);
        var request = github.Handler.Requests.Single();
        Assert.AreEqual(HttpMethod.Post, request.Method);
        Assert.AreEqual(TestGateway.GraphQLUrl, request.Uri);
        Assert.AreEqual("application/json", request.ContentType);
        Assert.AreEqual("Token test-token", request.Authorization);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.AreEqual(GraphQLDocuments.Fixed("Viewer"), body.RootElement.GetProperty("query").GetString());
        StringAssert.StartsWith(GraphQLDocuments.Fixed("Viewer"), "query Viewer {\n  viewer {\n    login\n    databaseId\n  }\n}");
    }

    [TestMethod]
    public async Task Errors_in_an_ok_answer_become_an_exception_naming_message_and_path()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""
            {"data":null,"errors":[{"type":"FORBIDDEN","path":["viewer"],"message":"Resource not accessible by integration","locations":[{"line":2,"column":3}]}]}
            """);

        var error = await Assert.ThrowsAsync<GitHubGraphQLException>(() => github.Gateway.GetAutomationAsync());

        StringAssert.Contains(error.Message, "failed with 1 error: FORBIDDEN at viewer: Resource not accessible by integration");
    }

    [TestMethod]
    [DataRow("FORBIDDEN", "Resource not accessible by integration")]
    [DataRow("INSUFFICIENT_SCOPES", "Your token has not been granted the required scopes to execute this query.")]
    public async Task A_refused_read_says_the_token_lacks_a_permission_and_where_to_read_about_it(string type, string message)
    {
        // A private repository refuses its issues to a GITHUB_TOKEN without issues: read, in GitHub's words only.
        using var github = new TestGateway();
        github.Handler.RespondJson($$"""
            {"data":{"repository":null},"errors":[{"type":"{{type}}","path":["repository"],"message":"{{message}}"}]}
            """);

        var error = await Assert.ThrowsAsync<GitHubGraphQLException>(() => github.Gateway.GetIssuesAsync(IssueStateFilter.Open));

        StringAssert.Contains(error.Message, $"{type} at repository: {message}");
        StringAssert.Contains(error.Message, "The token may not do this; a rerun fails the same way until it has the permission (see the README, \"Tokens and permissions\").");
    }

    /// <summary>
    /// GraphQL names no author for a deleted account, REST names every one ghost. The nightly tally (GraphQL) listed such a
    /// comment's /vote line under "@" and the run of a comment event (REST) under "@ghost", each writing the tally again.
    /// </summary>
    [TestMethod]
    public async Task A_deleted_account_reads_as_ghost_as_REST_names_it()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""
            {"data":{"repository":{"issues":{"pageInfo":{"hasNextPage":false,"endCursor":null},"nodes":[{"id":"I_7","number":7,
             "title":"[Ecosystem] TorchThing","body":"","url":"https://github.com/o/r/issues/7","state":"OPEN","createdAt":"2026-12-01T00:00:00Z",
             "updatedAt":"2026-12-01T00:00:00Z","closedAt":null,"locked":false,"author":null,"labels":{"nodes":[]},"assignees":{"nodes":[]},
             "comments":{"pageInfo":{"hasNextPage":false,"endCursor":null},"nodes":[{"id":"IC_11","databaseId":11,
              "url":"https://github.com/o/r/issues/7#issuecomment-11","body":"/vote approve","createdAt":"2026-12-01T00:00:00Z",
              "updatedAt":"2026-12-01T00:00:00Z","author":null}]},
             "timelineItems":{"pageInfo":{"hasNextPage":false,"endCursor":null},"nodes":[]}}]}}}}
            """);
        github.Handler.RespondJson(GitHubJson.Viewer);

        var history = (await github.Gateway.GetIssueHistoriesAsync(IssueStateFilter.Open)).Single();

        Assert.AreEqual(("ghost", 0L), (history.Issue.Author, history.Issue.AuthorId));
        Assert.AreEqual("ghost", history.Comments.Single().Author);
    }

    [TestMethod]
    public async Task Missing_users_are_tolerated_and_left_out()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""
            {"data":{"u0":{"login":"Alice"},"u1":null},
             "errors":[{"type":"NOT_FOUND","path":["u1"],"message":"Could not resolve to a User with the login of 'ghost'."}]}
            """);

        var existing = await github.Gateway.GetExistingLoginsAsync(["alice", "ghost", "ALICE"]);

        Assert.Contains("alice", existing);
        Assert.DoesNotContain("ghost", existing);
        Assert.HasCount(1, existing);
        using var body = JsonDocument.Parse(github.Handler.Requests.Single().Body!);
        Assert.AreEqual(
            "query UsersExist {\n  u0: user(login: \"alice\") {\n    login\n  }\n  u1: user(login: \"ghost\") {\n    login\n  }\n}\n",
            body.RootElement.GetProperty("query").GetString());
    }

    [TestMethod]
    public async Task Other_errors_about_users_are_not_tolerated()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""{"data":{"u0":null},"errors":[{"type":"FORBIDDEN","path":["u0"],"message":"Resource not accessible by integration"}]}""");

        await Assert.ThrowsAsync<GitHubGraphQLException>(() => github.Gateway.GetExistingLoginsAsync(["alice"]));
    }

    [TestMethod]
    public async Task A_GraphQL_rate_limit_is_a_rate_limit_never_a_permission_error()
    {
        // Without x-ratelimit-remaining: 0 the handler cannot wait it out; it must still not read as a missing permission.
        using var github = new TestGateway();
        github.Handler.RespondJson("""{"data":{"u0":null},"errors":[{"type":"RATE_LIMITED","path":["u0"],"message":"API rate limit exceeded"}]}""");

        var error = await Assert.ThrowsExactlyAsync<GitHub.Http.GitHubRateLimitException>(() => github.Gateway.GetExistingLoginsAsync(["alice"]));

        StringAssert.Contains(error.Message, "rate limit");
    }

    [TestMethod]
    public async Task Many_logins_are_checked_in_chunks()
    {
        using var github = new TestGateway();
        var logins = Enumerable.Range(0, 30).Select(i => $"user{i}").ToList();
        github.Handler.RespondJson(JsonSerializer.Serialize(new { data = Enumerable.Range(0, 25).ToDictionary(i => $"u{i}", i => new { login = $"user{i}" }) }))
            .RespondJson(JsonSerializer.Serialize(new { data = Enumerable.Range(0, 5).ToDictionary(i => $"u{i}", i => new { login = $"user{25 + i}" }) }));

        var existing = await github.Gateway.GetExistingLoginsAsync(logins);

        Assert.HasCount(30, existing);
        Assert.HasCount(2, github.Handler.Requests);
    }

    [TestMethod]
    public async Task No_logins_send_no_request()
    {
        using var github = new TestGateway();

        Assert.IsEmpty(await github.Gateway.GetExistingLoginsAsync([]));
        Assert.IsEmpty(github.Handler.Requests);
    }

    [TestMethod]
    public async Task Missing_repository_is_a_fact_not_an_error()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""
            {"data":{"repository":null},"errors":[{"type":"NOT_FOUND","path":["repository"],"message":"Could not resolve to a Repository with the name 'nobody/nothing'."}]}
            """);

        var facts = await github.Gateway.GetRepositoryFactsAsync("nobody", "nothing", DateTimeOffset.Parse("2026-05-27T00:00:00Z"));

        Assert.IsFalse(facts.Exists);
        Assert.AreEqual(new RepositoryReference("nobody", "nothing"), facts.Repository);
    }

    [TestMethod]
    public async Task Repository_facts_follow_history_pages_and_fall_back_to_email()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(RepositoryAnswer(totalCount: 103, hasNextPage: true, """
                {"committedDate":"2026-11-01T00:00:00Z","author":{"email":"a@x.org","name":"A","user":{"login":"alice"}}},
                {"committedDate":"2026-10-01T00:00:00Z","author":{"email":"ghost@x.org","name":"G","user":null}}
                """))
            .RespondJson("""
                {"data":{"repository":{"defaultBranchRef":{"target":{"history":{"totalCount":103,"pageInfo":{"hasNextPage":false,"endCursor":"c2"},
                 "nodes":[{"committedDate":"2026-09-01T00:00:00Z","author":{"email":"b@x.org","name":"B","user":{"login":"bob"}}},
                          {"committedDate":"2026-08-01T00:00:00Z","author":{"email":"a2@x.org","name":"A","user":{"login":"ALICE"}}}]}}}}}}
                """);

        var facts = await github.Gateway.GetRepositoryFactsAsync("torchfoo", "torchfoo", DateTimeOffset.Parse("2026-05-27T00:00:00Z"));

        Assert.IsTrue(facts.Exists);
        Assert.AreEqual(1234, facts.Stars);
        Assert.AreEqual("BSD-3-Clause", facts.LicenseSpdxId);
        Assert.IsFalse(facts.IsArchived);
        Assert.IsTrue(facts.IsFork);
        Assert.AreEqual(103, facts.CommitsInWindow);
        CollectionAssert.AreEqual(new[] { "alice", "ghost@x.org", "bob" }, facts.ActiveContributorLogins.ToArray());
        CollectionAssert.AreEqual(new[] { "README.md", "LICENSE", ".github" }, facts.RootEntries.ToArray());
        CollectionAssert.AreEqual(new[] { "workflows" }, facts.DotGithubEntries.ToArray());
        Assert.IsEmpty(facts.DocsEntries);
        CollectionAssert.AreEqual(new[] { "ci.yml" }, facts.WorkflowEntries.ToArray());

        Assert.HasCount(2, github.Handler.Requests);
        using var first = JsonDocument.Parse(github.Handler.Requests[0].Body!);
        Assert.AreEqual(GraphQLDocuments.Fixed("RepositoryFacts"), first.RootElement.GetProperty("query").GetString());
        Assert.AreEqual("2026-05-27T00:00:00Z", first.RootElement.GetProperty("variables").GetProperty("since").GetString());
        Assert.AreEqual(JsonValueKind.Null, first.RootElement.GetProperty("variables").GetProperty("cursor").ValueKind);
        using var second = JsonDocument.Parse(github.Handler.Requests[1].Body!);
        Assert.AreEqual(GraphQLDocuments.Fixed("CommitHistory"), second.RootElement.GetProperty("query").GetString());
        Assert.AreEqual("c1", second.RootElement.GetProperty("variables").GetProperty("cursor").GetString());
    }

    [TestMethod]
    public async Task Repository_facts_with_few_commits_take_one_request()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(RepositoryAnswer(totalCount: 1, hasNextPage: false, """
            {"committedDate":"2026-11-01T00:00:00Z","author":{"email":"a@x.org","name":"A","user":{"login":"alice"}}}
            """));

        var facts = await github.Gateway.GetRepositoryFactsAsync("torchfoo", "torchfoo", DateTimeOffset.Parse("2026-05-27T00:00:00Z"));

        Assert.AreEqual(1, facts.CommitsInWindow);
        Assert.HasCount(1, github.Handler.Requests);
    }

    [TestMethod]
    public async Task Owners_public_github_repository_is_read_in_the_same_request_for_its_default_files()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(RepositoryAnswer(totalCount: 0, hasNextPage: false, "", defaults: """
            {"isPrivate":false,"root":{"entries":[{"name":"CONTRIBUTING.md","type":"blob"},{"name":"profile","type":"tree"}]},
             "dotgithub":{"entries":[{"name":"CODE_OF_CONDUCT.md","type":"blob"}]},"docs":null}
            """));

        var facts = await github.Gateway.GetRepositoryFactsAsync("torchfoo", "torchfoo", DateTimeOffset.Parse("2026-05-27T00:00:00Z"));

        var defaults = facts.OwnerDefaults;
        Assert.IsNotNull(defaults);
        Assert.AreEqual(new RepositoryReference("torchfoo", ".github"), defaults.Repository);
        CollectionAssert.AreEqual(new[] { "CONTRIBUTING.md", "profile" }, defaults.RootEntries.ToArray());
        CollectionAssert.AreEqual(new[] { "CODE_OF_CONDUCT.md" }, defaults.DotGithubEntries.ToArray());
        Assert.IsEmpty(defaults.DocsEntries);
        Assert.HasCount(1, github.Handler.Requests);
    }

    /// <summary>GitHub follows a rename or transfer from the name asked: the facts name the repository and owner defaults as now.</summary>
    [TestMethod]
    public async Task Repository_facts_of_a_moved_repository_name_it_where_it_is_now_in_the_same_request()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(RepositoryAnswer(totalCount: 0, hasNextPage: false, "", defaults: """
            {"isPrivate":false,"root":{"entries":[{"name":"CONTRIBUTING.md","type":"blob"}]},"dotgithub":null,"docs":null}
            """).Replace("\"torchfoo/torchfoo\"", "\"foolabs/torchfoo-core\"", StringComparison.Ordinal));

        var facts = await github.Gateway.GetRepositoryFactsAsync("torchfoo", "torchfoo", DateTimeOffset.Parse("2026-05-27T00:00:00Z"));

        Assert.AreEqual(new RepositoryReference("foolabs", "torchfoo-core"), facts.Repository);
        Assert.AreEqual(new RepositoryReference("foolabs", ".github"), facts.OwnerDefaults?.Repository);
        Assert.HasCount(1, github.Handler.Requests);
    }

    [TestMethod]
    [DataRow("null", """
        ,"errors":[{"type":"NOT_FOUND","path":["repository","owner","defaults"],
          "message":"Could not resolve to a Repository with the name 'torchfoo/.github'."}]
        """)]
    [DataRow("""{"isPrivate":true,"root":{"entries":[{"name":"CONTRIBUTING.md","type":"blob"}]},"dotgithub":null,"docs":null}""", "")]
    public async Task Owner_without_a_public_github_repository_has_no_defaults_and_is_no_error(string defaults, string errors)
    {
        // GitHub takes defaults only from a public .github repository; a private one the token can read is not shown to anyone.
        using var github = new TestGateway();
        github.Handler.RespondJson(RepositoryAnswer(totalCount: 0, hasNextPage: false, "", defaults, errors));

        var facts = await github.Gateway.GetRepositoryFactsAsync("torchfoo", "torchfoo", DateTimeOffset.Parse("2026-05-27T00:00:00Z"));

        Assert.IsTrue(facts.Exists);
        Assert.IsNull(facts.OwnerDefaults);
    }

    [TestMethod]
    public async Task Board_of_a_user_or_an_organization_is_read_in_one_query()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""
                {"data":{"repositoryOwner":{"projectV2":{"id":"PVT_board","title":"Ecosystem applications",
                  "field":{"id":"PVTSSF_status","name":"Status","options":[{"id":"opt_new","name":"New"},{"id":"opt_review","name":"In review"}]},
                  "dateField":{"id":"PVTF_date","name":"Review date","dataType":"DATE"}}}}}
                """);

        var board = await github.Gateway.GetBoardAsync("someone", 3, "Status", "Review date");

        Assert.AreEqual(Board with { DateFieldName = "Review date" }, board with { StatusOptions = Board.StatusOptions });
        CollectionAssert.AreEqual(Board.StatusOptions.ToArray(), board.StatusOptions.ToArray());
        using var request = JsonDocument.Parse(github.Handler.Requests.Single().Body!);
        Assert.AreEqual(GraphQLDocuments.Fixed("ProjectBoard"), request.RootElement.GetProperty("query").GetString());
        Assert.AreEqual("someone", request.RootElement.GetProperty("variables").GetProperty("login").GetString());
        Assert.AreEqual(3, request.RootElement.GetProperty("variables").GetProperty("number").GetInt32());
    }

    [TestMethod]
    public async Task Board_of_an_unknown_owner_is_a_clear_error()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""{"data":{"repositoryOwner":null}}""");

        var error = await Assert.ThrowsAsync<GitHubGraphQLException>(() => github.Gateway.GetBoardAsync("someone", 3, "Status", "Review date"));

        Assert.AreEqual("There is no organization or user 'someone' on GitHub; check the board owner in the configuration.", error.Message);
    }

    [TestMethod]
    public async Task Board_without_the_status_field_is_a_clear_error()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""{"data":{"repositoryOwner":{"projectV2":{"id":"PVT_board","title":"B","field":null,"dateField":null}}}}""");

        var error = await Assert.ThrowsAsync<GitHubGraphQLException>(() => github.Gateway.GetBoardAsync("pytorch-fdn", 3, "Stage", "Review date"));

        StringAssert.Contains(error.Message, "no single-select field named 'Stage'");
    }

    [TestMethod]
    public async Task Board_items_are_matched_to_this_board()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""
            {"data":{"repository":{
              "i12":{"id":"I_12","number":12,"projectItems":{"pageInfo":{"hasNextPage":false,"endCursor":"Y3Vyc29yOnYyOjE="},"nodes":[
                 {"id":"PVTI_other","isArchived":false,"project":{"id":"PVT_other"},"fieldValueByName":null},
                 {"id":"PVTI_12","isArchived":false,"project":{"id":"PVT_board"},"fieldValueByName":{"name":"In review","optionId":"opt_review"}}]}},
              "i13":{"id":"I_13","number":13,"projectItems":{"pageInfo":{"hasNextPage":false,"endCursor":null},"nodes":[]}},
              "i99":null}},
             "errors":[{"type":"NOT_FOUND","path":["repository","i99"],"message":"Could not resolve to an Issue with the number of 99."}]}
            """);

        var items = await github.Gateway.GetBoardItemsAsync(Board, [12, 13, 99]);

        CollectionAssert.AreEqual(
            new[] { new BoardItem(12, "I_12", "PVTI_12", "In review"), new BoardItem(13, "I_13", null, null) },
            items.ToArray());
        using var body = JsonDocument.Parse(github.Handler.Requests.Single().Body!);
        var query = body.RootElement.GetProperty("query").GetString()!;
        StringAssert.Contains(query, "i12: issue(number: 12) {");
        StringAssert.Contains(query, "i99: issue(number: 99) {");
        Assert.AreEqual("pytorch-fdn", body.RootElement.GetProperty("variables").GetProperty("owner").GetString());
    }

    [TestMethod]
    public async Task Board_moves_add_missing_items_then_set_all_fields_in_one_request()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""{"data":{"a0":{"item":{"id":"PVTI_new"}}}}""")
            .RespondJson("""{"data":{"s0":{"projectV2Item":{"id":"PVTI_new"}},"d1":{"projectV2Item":{"id":"PVTI_new"}},"s2":{"projectV2Item":{"id":"PVTI_12"}}}}""");

        var items = await github.Gateway.UpdateBoardAsync(Board,
        [
            new BoardItem(14, "I_14", null, "in review", new DateOnly(2026, 12, 8)),
            new BoardItem(12, "I_12", "PVTI_12", "New", null),
        ]);

        Assert.AreEqual("PVTI_new", items[0].ItemId);
        Assert.HasCount(2, github.Handler.Requests);
        using var add = JsonDocument.Parse(github.Handler.Requests[0].Body!);
        Assert.AreEqual(
            "mutation AddBoardItems {\n  a0: addProjectV2ItemById(input: {projectId: \"PVT_board\", contentId: \"I_14\"}) {\n    item {\n      id\n    }\n  }\n}\n",
            add.RootElement.GetProperty("query").GetString());
        using var set = JsonDocument.Parse(github.Handler.Requests[1].Body!);
        var mutation = set.RootElement.GetProperty("query").GetString()!;
        StringAssert.Contains(mutation, "s0: updateProjectV2ItemFieldValue(input: {projectId: \"PVT_board\", itemId: \"PVTI_new\", fieldId: \"PVTSSF_status\", value: {singleSelectOptionId: \"opt_review\"}})");
        StringAssert.Contains(mutation, "d1: updateProjectV2ItemFieldValue(input: {projectId: \"PVT_board\", itemId: \"PVTI_new\", fieldId: \"PVTF_date\", value: {date: \"2026-12-08\"}})");
        StringAssert.Contains(mutation, "s2: updateProjectV2ItemFieldValue(input: {projectId: \"PVT_board\", itemId: \"PVTI_12\", fieldId: \"PVTSSF_status\", value: {singleSelectOptionId: \"opt_new\"}})");
    }

    /// <summary>
    /// An issue deleted between the read and the moves: GitHub answers its add (or its item's field) with NOT_FOUND and
    /// makes the others. That error threw for the whole batch, so the columns of the items just added were never set.
    /// </summary>
    [TestMethod]
    public async Task A_move_GitHub_no_longer_finds_comes_back_with_what_GitHub_said_and_the_others_are_made()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson("""
            {"data":{"a0":{"item":{"id":"PVTI_14"}},"a1":null},
             "errors":[{"type":"NOT_FOUND","path":["a1"],"message":"Could not resolve to a node with the global id of 'I_15'"}]}
            """).RespondJson("""
            {"data":{"s0":{"projectV2Item":{"id":"PVTI_14"}},"s1":null},
             "errors":[{"type":"NOT_FOUND","path":["s1"],"message":"Could not resolve to a node with the global id of 'PVTI_12'"}]}
            """);

        var items = await github.Gateway.UpdateBoardAsync(Board,
        [
            new BoardItem(14, "I_14", null, "New"),
            new BoardItem(15, "I_15", null, "New"),
            new BoardItem(12, "I_12", "PVTI_12", "New"),
        ]);

        (string?, string?)[] expected =
        [
            ("PVTI_14", null),
            (null, "Could not resolve to a node with the global id of 'I_15'"),
            ("PVTI_12", "Could not resolve to a node with the global id of 'PVTI_12'"),
        ];
        CollectionAssert.AreEqual(expected, items.Select(i => (i.ItemId, i.Problem)).ToArray());
        Assert.HasCount(2, github.Handler.Requests);
        using var set = JsonDocument.Parse(github.Handler.Requests[1].Body!);
        var mutation = set.RootElement.GetProperty("query").GetString()!;
        StringAssert.Contains(mutation, "s0: updateProjectV2ItemFieldValue(input: {projectId: \"PVT_board\", itemId: \"PVTI_14\"");
        StringAssert.Contains(mutation, "s1: updateProjectV2ItemFieldValue(input: {projectId: \"PVT_board\", itemId: \"PVTI_12\"");
        Assert.DoesNotContain("s2:", mutation);
    }

    [TestMethod]
    public async Task Many_board_moves_are_chunked()
    {
        using var github = new TestGateway();
        var moves = Enumerable.Range(1, 30).Select(n => new BoardItem(n, $"I_{n}", $"PVTI_{n}", "New", null)).ToList();
        github.Handler.RespondJson("""{"data":{}}""").RespondJson("""{"data":{}}""");

        await github.Gateway.UpdateBoardAsync(Board, moves);

        Assert.HasCount(2, github.Handler.Requests);
        StringAssert.Contains(github.Handler.Requests[0].Body, "s24:");
        Assert.IsFalse(github.Handler.Requests[0].Body!.Contains("s25:", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task Unknown_status_option_names_the_options()
    {
        using var github = new TestGateway();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            github.Gateway.UpdateBoardAsync(Board, [new BoardItem(12, "I_12", "PVTI_12", "Accepted", null)]));

        StringAssert.Contains(error.Message, "no Status option 'Accepted' (options: New, In review)");
        Assert.IsEmpty(github.Handler.Requests);
    }

    [TestMethod]
    public void Graphql_strings_escape_quotes_backslashes_and_control_characters()
    {
        Assert.AreEqual("\"a\\\"b\\\\c\\nd\\u0001\"", GraphQLDocuments.Quote("a\"b\\c\nd\u0001"));
        Assert.AreEqual("\"x\\\") { id } evil: viewer(\"", GraphQLDocuments.Quote("x\") { id } evil: viewer("));
    }

    private static string RepositoryAnswer(int totalCount, bool hasNextPage, string nodes, string defaults = "null", string errors = "") => """
        {"data":{"repository":{"nameWithOwner":"torchfoo/torchfoo","isPrivate":false,"isArchived":false,"isFork":true,"stargazerCount":1234,
          "licenseInfo":{"spdxId":"BSD-3-Clause"},
          "defaultBranchRef":{"target":{"history":{"totalCount":TOTAL,"pageInfo":{"hasNextPage":NEXT,"endCursor":"c1"},
            "nodes":[NODES]}}},
          "root":{"entries":[{"name":"README.md","type":"blob"},{"name":"LICENSE","type":"blob"},{"name":".github","type":"tree"}]},
          "dotgithub":{"entries":[{"name":"workflows","type":"tree"}]},
          "docs":null,
          "workflows":{"entries":[{"name":"ci.yml","type":"blob"}]},
          "owner":{"defaults":DEFAULTS}}}ERRORS}
        """.Replace("TOTAL", totalCount.ToString(), StringComparison.Ordinal)
        .Replace("NEXT", hasNextPage ? "true" : "false", StringComparison.Ordinal)
        .Replace("NODES", nodes, StringComparison.Ordinal)
        .Replace("DEFAULTS", defaults, StringComparison.Ordinal)
        .Replace("ERRORS", errors, StringComparison.Ordinal);
}
