using System.Text.Json.Nodes;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Intake;

namespace Ecosystem.Actions.Tests.Runtime;

[TestClass]
public sealed class EventContextTests
{
    private readonly List<EventEnvironment> _payloads = [];

    [TestCleanup]
    public void DeletePayloads() => _payloads.ForEach(payload => payload.Dispose());

    /// <summary>The context of <paramref name="payload"/>, whose file lives until the test ends (it is read on first use).</summary>
    private EventContext Load(string eventName, string payload, Action<Dictionary<string, string?>>? adjust = null)
    {
        var environment = new EventEnvironment(eventName, payload);
        _payloads.Add(environment);
        adjust?.Invoke(environment.Environment);
        return EventContext.Load(environment.Environment);
    }

    [TestMethod]
    public void Issues_opened_gives_the_issue_with_author_and_labels()
    {
        foreach (var payload in WebhookExamples.All("issues", "opened"))
        {
            var context = Load("issues", payload);

            Assert.AreEqual("issues", context.EventName);
            Assert.AreEqual("opened", context.Payload.Action);
            var issue = context.RequireIssue();
            Assert.IsGreaterThan(0, issue.Number);
            Assert.IsFalse(string.IsNullOrEmpty(issue.Title));
            Assert.IsFalse(string.IsNullOrEmpty(issue.Author));
            Assert.IsNull(context.Payload.Comment);
            Assert.IsNotNull(context.Payload.Sender);
        }

        var first = Load("issues", WebhookExamples.First("issues", "opened")).RequireIssue();
        Assert.AreEqual(1, first.Number);
        Assert.AreEqual("Spelling error in the README file", first.Title);
        Assert.AreEqual("It looks like you accidently spelled 'commit' with two 't's.", first.Body);
        Assert.AreEqual(("Codertocat", 21031067L, false), (first.Author, first.AuthorId, first.AuthorIsBot));
        CollectionAssert.AreEqual(new[] { "bug" }, first.Labels.ToArray());
        Assert.IsTrue(first.IsOpen);
        Assert.IsFalse(first.IsPullRequest);
        Assert.AreEqual("https://github.com/Codertocat/Hello-World/issues/1", first.HtmlUrl);
        Assert.AreEqual(new DateTimeOffset(2019, 5, 15, 15, 20, 18, TimeSpan.Zero), first.CreatedAt);
    }

    [TestMethod]
    [DataRow("issues", 29)]
    [DataRow("issue_comment", 9)]
    [DataRow("workflow_dispatch", 2)]
    public void Every_example_of_the_events_read_loads(string eventName, int count)
    {
        var examples = WebhookExamples.Every(eventName);

        Assert.HasCount(count, examples, "the pinned @octokit/webhooks-examples");
        foreach (var payload in examples)
        {
            var context = Load(eventName, payload);

            Assert.AreEqual(eventName == "workflow_dispatch", context.Payload.Issue is null, payload);
            Assert.AreEqual(eventName == "issue_comment", context.Payload.Comment is not null, payload);
            Assert.IsNotNull(context.Payload.Sender, payload);
        }
    }

    [TestMethod]
    public void Issues_edited_reads_every_example()
    {
        foreach (var payload in WebhookExamples.All("issues", "edited"))
        {
            var context = Load("issues", payload);

            Assert.AreEqual("edited", context.Payload.Action);
            Assert.IsGreaterThan(0, context.RequireIssue().Number);
        }
    }

    [TestMethod]
    public void Labeled_and_unlabeled_name_the_label()
    {
        var labeled = Load("issues", WebhookExamples.First("issues", "labeled"));
        var unlabeled = Load("issues", WebhookExamples.First("issues", "unlabeled"));

        Assert.AreEqual("labeled", labeled.Payload.Action);
        Assert.AreEqual("bug", labeled.Payload.LabelName);
        Assert.AreEqual("unlabeled", unlabeled.Payload.Action);
        Assert.IsFalse(string.IsNullOrEmpty(unlabeled.Payload.LabelName));
        Assert.IsNull(Load("issues", WebhookExamples.First("issues", "opened")).Payload.LabelName);
    }

    [TestMethod]
    public void Issue_comment_created_gives_comment_and_its_issue()
    {
        var context = Load("issue_comment", WebhookExamples.First("issue_comment", "created"));

        Assert.AreEqual("created", context.Payload.Action);
        var comment = context.Payload.Comment;
        Assert.IsNotNull(comment);
        Assert.AreEqual(492700400L, comment.Id);
        Assert.AreEqual("You are totally right! I'll get this fixed right away.", comment.Body);
        Assert.AreEqual(("Codertocat", false, 21031067L), (comment.Author, comment.AuthorIsBot, comment.AuthorId));
        Assert.AreEqual("https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400", comment.HtmlUrl);
        Assert.IsLessThanOrEqualTo(comment.UpdatedAt, comment.CreatedAt);
        Assert.AreEqual(1, context.RequireIssue().Number);
        Assert.AreEqual(false, context.Payload.Sender?.IsBot);
    }

    [TestMethod]
    public void Issue_comment_edited_and_deleted_read_every_example()
    {
        foreach (var action in new[] { "created", "edited", "deleted" })
        {
            foreach (var payload in WebhookExamples.All("issue_comment", action))
            {
                var context = Load("issue_comment", payload);

                Assert.AreEqual(action, context.Payload.Action);
                Assert.IsGreaterThan(0L, context.Payload.Comment?.Id ?? 0);
                Assert.IsGreaterThan(0, context.RequireIssue().Number);
            }
        }
    }

    [TestMethod]
    public void Payload_with_its_action_last_and_a_byte_order_mark_loads()
    {
        var example = JsonNode.Parse(WebhookExamples.First("issues", "labeled"))!.AsObject();
        var reordered = new JsonObject();
        foreach (var (name, value) in example.Where(member => member.Key != "action").ToList())
        {
            reordered[name] = value?.DeepClone();
        }

        reordered["action"] = "labeled";
        var context = Load("issues", "\uFEFF" + reordered.ToJsonString());

        Assert.AreEqual("labeled", context.Payload.Action);
        Assert.AreEqual("bug", context.Payload.LabelName);
        Assert.AreEqual(1, context.RequireIssue().Number);
    }

    [TestMethod]
    public void Comment_by_a_bot_is_recognised()
    {
        var payload = JsonNode.Parse(WebhookExamples.First("issue_comment", "created"))!;
        payload["comment"]!["user"]!["type"] = "Bot";
        payload["sender"]!["type"] = "Bot";

        var context = Load("issue_comment", payload.ToJsonString());

        Assert.IsTrue(context.Payload.Comment?.AuthorIsBot);
        Assert.IsTrue(context.Payload.Sender?.IsBot);
    }

    [TestMethod]
    public void Workflow_dispatch_gives_its_inputs_as_text()
    {
        foreach (var payload in WebhookExamples.All("workflow_dispatch", null))
        {
            var context = Load("workflow_dispatch", payload);

            Assert.IsNull(context.Payload.Action);
            Assert.IsNull(context.Payload.Issue);
            Assert.IsEmpty(context.Payload.WorkflowInputs);
        }

        var withInputs = JsonNode.Parse(WebhookExamples.First("workflow_dispatch", null))!;
        withInputs["inputs"] = new JsonObject { ["issue"] = "12", ["dry-run"] = true, ["batch-size"] = 8 };
        var inputs = Load("workflow_dispatch", withInputs.ToJsonString()).Payload.WorkflowInputs;

        Assert.AreEqual("12", inputs["issue"]);
        Assert.AreEqual("true", inputs["dry-run"]);
        Assert.AreEqual("8", inputs["batch-size"]);
    }

    [TestMethod]
    public void Schedule_loads_with_the_members_every_event_shares()
    {
        var context = Load("schedule", WebhookExamples.Fixture("events/schedule.payload.json"));

        Assert.IsNull(context.Payload.Action);
        Assert.IsNull(context.Payload.Issue);
        Assert.AreEqual("Codertocat", context.Payload.Sender?.Login);
    }

    [TestMethod]
    public void Github_variables_are_read_with_their_defaults()
    {
        var defaults = Load("issues", WebhookExamples.First("issues", "opened"));
        var custom = Load("issues", WebhookExamples.First("issues", "opened"), environment =>
        {
            environment["GITHUB_API_URL"] = "http://127.0.0.1:5000/api/v3";
            environment["GITHUB_GRAPHQL_URL"] = "http://127.0.0.1:5000/api/graphql";
            environment["GITHUB_SERVER_URL"] = "http://127.0.0.1:5000";
        });

        Assert.AreEqual(new RepositoryReference("pytorch-fdn", "ecosystem"), defaults.Repository);
        Assert.AreEqual(new Uri("https://api.github.com"), defaults.ApiUrl);
        Assert.AreEqual(new Uri("https://api.github.com/graphql"), defaults.GraphQLUrl);
        Assert.AreEqual(new Uri("https://github.com"), defaults.ServerUrl);
        Assert.AreEqual(new Uri("http://127.0.0.1:5000/api/v3"), custom.ApiUrl);
        Assert.AreEqual(new Uri("http://127.0.0.1:5000/api/graphql"), custom.GraphQLUrl);
        Assert.AreEqual(new Uri("http://127.0.0.1:5000"), custom.ServerUrl);
    }

    [TestMethod]
    [DataRow("https://ghes.example.com/api/v3", "https://ghes.example.com/api/graphql")]
    [DataRow("https://ghes.example.com/api/v3/", "https://ghes.example.com/api/graphql")]
    [DataRow("https://api.octocorp.ghe.com", "https://api.octocorp.ghe.com/graphql")]
    [DataRow("https://api.github.com", "https://api.github.com/graphql")]
    public void Without_GITHUB_GRAPHQL_URL_the_graphql_endpoint_is_that_of_GITHUB_API_URL(string apiUrl, string graphQLUrl)
    {
        // Set alone (a run outside a runner), GITHUB_API_URL of another host must not send its token to github.com's GraphQL.
        var context = Load("issues", WebhookExamples.First("issues", "opened"), environment => environment["GITHUB_API_URL"] = apiUrl);

        Assert.AreEqual(new Uri(graphQLUrl), context.GraphQLUrl);
    }

    [TestMethod]
    public void Repository_falls_back_to_the_payload()
    {
        var context = Load("issues", WebhookExamples.First("issues", "opened"), environment => environment.Remove("GITHUB_REPOSITORY"));

        Assert.AreEqual("Codertocat/Hello-World", context.Repository.ToString());
    }

    [TestMethod]
    // Every shape the rule refuses: RepositoryReferenceTests.
    [DataRow("pytorch-fdn")]
    [DataRow("owner/re po")]
    public void Malformed_repository_is_named(string repository)
    {
        var error = Assert.ThrowsExactly<SetupException>(() =>
            Load("issues", WebhookExamples.First("issues", "opened"), environment => environment["GITHUB_REPOSITORY"] = repository));

        StringAssert.Contains(error.Message, $"GITHUB_REPOSITORY is '{repository}'");
    }

    [TestMethod]
    public void Missing_event_name_is_named()
    {
        var error = Assert.ThrowsExactly<SetupException>(() => EventContext.Load(new Dictionary<string, string?>()));

        StringAssert.StartsWith(error.Message, "GITHUB_EVENT_NAME is not set");
    }

    [TestMethod]
    public void Missing_event_path_is_named()
    {
        var error = Assert.ThrowsExactly<SetupException>(() =>
            EventContext.Load(new Dictionary<string, string?> { ["GITHUB_EVENT_NAME"] = "issues" }));

        StringAssert.StartsWith(error.Message, "GITHUB_EVENT_PATH is not set");
    }

    [TestMethod]
    public void Unreadable_payload_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-event-" + Guid.NewGuid().ToString("N") + ".json");

        var context = EventContext.Load(new Dictionary<string, string?>
        {
            ["GITHUB_EVENT_NAME"] = "issues",
            ["GITHUB_EVENT_PATH"] = path,
            ["GITHUB_REPOSITORY"] = "pytorch-fdn/ecosystem",
        });

        var error = Assert.ThrowsExactly<SetupException>(() => context.Payload.Action);

        Assert.AreEqual($"The event payload file {path} (GITHUB_EVENT_PATH) does not exist (looked for {path}).", error.Message);
    }

    [TestMethod]
    public void A_folder_given_as_the_payload_file_is_named_a_folder_as_every_file_a_person_names()
    {
        // .NET says 'Access to the path is denied' of a folder read as a file, which sends a person after permissions.
        var folder = Directory.CreateTempSubdirectory("event-");
        try
        {
            var context = EventContext.Load(new Dictionary<string, string?>
            {
                ["GITHUB_EVENT_NAME"] = "issues",
                ["GITHUB_EVENT_PATH"] = folder.FullName,
                ["GITHUB_REPOSITORY"] = "pytorch-fdn/ecosystem",
            });

            var error = Assert.ThrowsExactly<SetupException>(() => context.Payload.Action);

            Assert.AreEqual($"The event payload file {folder.FullName} (GITHUB_EVENT_PATH) is a folder; name the file.", error.Message);
        }
        finally
        {
            folder.Delete();
        }
    }

    [TestMethod]
    public void Invalid_json_payload_is_named()
    {
        using var environment = new EventEnvironment("issues", "{\"action\": ");
        var context = EventContext.Load(environment.Environment);

        var error = Assert.ThrowsExactly<SetupException>(() => context.Payload.Issue);

        StringAssert.Contains(error.Message, $"The event payload in {environment.PayloadPath} (GITHUB_EVENT_PATH) is not valid JSON");
    }

    [TestMethod]
    public void Payload_is_read_only_when_a_command_asks_for_it()
    {
        var context = Load("issues", "not json");

        Assert.AreEqual(("issues", "pytorch-fdn/ecosystem"), (context.EventName, context.Repository.ToString()));
        Assert.ThrowsExactly<SetupException>(() => context.Payload.Issue);
    }

    [TestMethod]
    public void Malformed_member_is_named_with_its_path()
    {
        var payload = JsonNode.Parse(WebhookExamples.First("issues", "opened"))!;
        payload["issue"]!["number"] = "one";
        var context = Load("issues", payload.ToJsonString());

        var error = Assert.ThrowsExactly<SetupException>(() => context.Payload.Issue);

        StringAssert.StartsWith(error.Message, $"The issues event payload in {context.EventPath} (GITHUB_EVENT_PATH) is not GitHub's issues event (action 'opened'): ");
        StringAssert.Contains(error.Message, "$.issue.number");
    }

    [TestMethod]
    [DataRow("comment", "author_association")]
    [DataRow("comment", "user")]
    [DataRow("issue", "title")]
    public void Missing_required_member_is_named_with_the_file(string parent, string member)
    {
        var payload = JsonNode.Parse(WebhookExamples.First("issue_comment", "created"))!;
        payload[parent]!.AsObject().Remove(member);
        var context = Load("issue_comment", payload.ToJsonString());

        var error = Assert.ThrowsExactly<SetupException>(() => context.Payload.Comment);

        StringAssert.Contains(error.Message, $"The issue_comment event payload in {context.EventPath} (GITHUB_EVENT_PATH) is not GitHub's issue_comment event");
        StringAssert.Contains(error.Message, $"'{member}'");
        StringAssert.Contains(error.Message, $"(at $.{parent}");
    }

    [TestMethod]
    [DataRow("issues", "[1, 2]")]
    [DataRow("issues", "null")]
    [DataRow("workflow_dispatch", "{\"inputs\": 5}")]
    [DataRow("schedule", "{\"schedule\": \"17 3 * * *\", \"sender\": 5}")]
    public void Payload_of_the_wrong_shape_is_named(string eventName, string payload)
    {
        var context = Load(eventName, payload);

        var error = Assert.ThrowsExactly<SetupException>(() => context.Payload.Action);

        StringAssert.StartsWith(error.Message, $"The {eventName} event payload in {context.EventPath} (GITHUB_EVENT_PATH) is not GitHub's {eventName} event");
    }

    [TestMethod]
    public void Action_the_library_does_not_know_is_named()
    {
        var payload = JsonNode.Parse(WebhookExamples.First("issues", "opened"))!;
        payload["action"] = "teleported";
        var context = Load("issues", payload.ToJsonString());

        var error = Assert.ThrowsExactly<SetupException>(() => context.Payload.Issue);

        StringAssert.Contains(error.Message, "is not GitHub's issues event (action 'teleported')");
    }

    [TestMethod]
    public void Event_without_an_issue_says_so_when_one_is_required()
    {
        var context = Load("schedule", WebhookExamples.Fixture("events/schedule.payload.json"));

        var error = Assert.ThrowsExactly<SetupException>(() => context.RequireIssue());

        StringAssert.StartsWith(error.Message, "The schedule event payload in");
        StringAssert.Contains(error.Message, "has no 'issue'");
    }

    [TestMethod]
    public void Pull_request_comment_is_marked()
    {
        var payload = JsonNode.Parse(WebhookExamples.First("issue_comment", "created"))!;
        payload["issue"]!["pull_request"] = new JsonObject { ["url"] = "https://api.github.com/repos/Codertocat/Hello-World/pulls/1" };
        payload["issue"]!["body"] = null;
        payload["issue"]!.AsObject().Remove("labels");
        var context = Load("issue_comment", payload.ToJsonString());

        var issue = context.RequireIssue();

        Assert.IsTrue(issue.IsPullRequest);
        Assert.AreEqual(string.Empty, issue.Body);
        Assert.IsEmpty(issue.Labels);
    }

    [TestMethod]
    public void Bad_api_url_is_named()
    {
        var error = Assert.ThrowsExactly<SetupException>(() =>
            Load("issues", WebhookExamples.First("issues", "opened"), environment => environment["GITHUB_API_URL"] = "api.github.com"));

        Assert.AreEqual("GITHUB_API_URL is 'api.github.com', not an absolute http(s) URL.", error.Message);
    }
}
