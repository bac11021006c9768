using System.Text.Json.Nodes;
using Ecosystem.Actions.Commands.Tally;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Tests.Runtime;

namespace Ecosystem.Actions.Tests.Commands.Tally;

[TestClass]
public sealed class TallyScopeTests
{
    [TestMethod]
    public void A_comment_event_tallies_its_issue_and_knows_the_comment()
    {
        var scope = Read(null, "issue_comment", Comment("created", "/vote approve"));

        Assert.AreEqual(7, scope.IssueNumber);
        Assert.AreEqual((99L, "bob", 1001L, false), (scope.Comment!.Id, scope.Comment.Author, scope.Comment.AuthorId, scope.Comment.AuthorIsBot));
        Assert.IsFalse(scope.CannotChangeTally);
    }

    [TestMethod]
    public void A_new_comment_without_a_vote_line_cannot_change_the_tally_but_an_edit_or_deletion_can()
    {
        Assert.IsTrue(Read(null, "issue_comment", Comment("created", "> /vote approve")).CannotChangeTally);
        Assert.IsFalse(Read(null, "issue_comment", Comment("edited", "thanks")).CannotChangeTally);
        Assert.IsFalse(Read(null, "issue_comment", Comment("deleted", "thanks")).CannotChangeTally);
    }

    [TestMethod]
    public void The_nightly_schedule_tallies_all()
    {
        Assert.AreEqual(TallyScope.All, Read(null, "schedule", Schedule));
    }

    [TestMethod]
    [DataRow("all")]
    [DataRow("ALL")]
    public void The_option_all_overrides_the_event(string value)
    {
        Assert.AreEqual(TallyScope.All, Read(value, "issue_comment", Comment("created", "/vote approve")));
    }

    [TestMethod]
    public void An_option_naming_another_issue_drops_the_events_comment()
    {
        var scope = Read("#12", "issue_comment", Comment("created", "hello"));

        Assert.AreEqual(12, scope.IssueNumber);
        Assert.IsNull(scope.Comment);
    }

    [TestMethod]
    public void The_workflow_dispatch_input_is_read_when_the_option_is_empty()
    {
        var scope = Read(null, "workflow_dispatch", Dispatch(new JsonObject { ["issue"] = " 42 " }));

        Assert.AreEqual(42, scope.IssueNumber);
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("-3")]
    [DataRow("12a")]
    [DataRow("1.5")]
    public void A_malformed_issue_is_a_usage_error_naming_the_option(string value)
    {
        var error = Assert.ThrowsExactly<UsageException>(() => Read(value, "schedule", Schedule));

        Assert.AreEqual($"--issue (input 'issue') is '{value}': expected an issue number such as 42, or 'all'.", error.Message);
    }

    [TestMethod]
    public void A_malformed_dispatch_input_names_the_workflow_input()
    {
        var error = Assert.ThrowsExactly<UsageException>(() => Read(null, "workflow_dispatch", Dispatch(new JsonObject { ["issue"] = "soon" })));

        StringAssert.StartsWith(error.Message, "the workflow_dispatch input 'issue' is 'soon'");
    }

    [TestMethod]
    public void A_dispatch_without_an_issue_is_a_usage_error()
    {
        var error = Assert.ThrowsExactly<UsageException>(() => Read(null, "workflow_dispatch", Dispatch(new JsonObject())));

        Assert.AreEqual("The workflow_dispatch event names no issue: give --issue (input 'issue') an issue number or 'all'.", error.Message);
    }

    private static string Schedule => WebhookExamples.Payload("schedule", null, _ => { });

    private static string Dispatch(JsonObject inputs) => WebhookExamples.Payload("workflow_dispatch", null, payload => payload["inputs"] = inputs);

    private static string Comment(string action, string body) => WebhookExamples.Payload("issue_comment", action, payload =>
    {
        payload["issue"]!["number"] = 7;
        payload["comment"]!["id"] = 99;
        payload["comment"]!["body"] = body;
        payload["comment"]!["user"]!["login"] = "bob";
        payload["comment"]!["user"]!["id"] = 1001;
    });

    private static TallyScope Read(string? option, string eventName, string payload)
    {
        using var environment = new EventEnvironment(eventName, payload);
        return TallyScope.Read(option, EventContext.Load(environment.Environment));
    }
}
