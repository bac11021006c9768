using System.Text.Json.Nodes;
using Ecosystem.Actions.Commands;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Tests.Runtime;

namespace Ecosystem.Actions.Tests.Commands;

[TestClass]
public sealed class IssueSelectorTests
{
    [TestMethod]
    [DataRow("12", 12)]
    [DataRow(" #7 ", 7)]
    public void Issue_number_is_one_issue(string value, int number) =>
        Assert.AreEqual(new IssueSelector(number), Read(value, "schedule", Schedule));

    [TestMethod]
    [DataRow("all")]
    [DataRow("ALL")]
    public void All_in_any_case_is_every_issue_and_overrides_the_event(string value)
    {
        Assert.AreEqual(IssueSelector.All, Read(value, "schedule", Schedule));
        Assert.AreEqual(IssueSelector.All, Read(value, "issue_comment", Comment("created", "/vote approve")));
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("0")]
    [DataRow("-3")]
    [DataRow("+3")]
    [DataRow("12a")]
    [DataRow("1.5")]
    [DataRow("twelve")]
    public void Anything_else_is_a_usage_error_naming_the_option(string value)
    {
        var error = Assert.ThrowsExactly<UsageException>(() => Read(value, "schedule", Schedule));

        Assert.AreEqual($"--issue (input 'issue') is '{value}': expected an issue number such as 42, or 'all'.", error.Message);
    }

    [TestMethod]
    public void The_events_issue_is_taken_when_nothing_names_one_and_says_the_event_chose_it()
    {
        var selected = Read(null, "issue_comment", Comment("created", "/vote approve"));

        Assert.AreEqual(7, selected?.Number);
        Assert.AreEqual(7, selected?.EventIssue?.Number);
    }

    [TestMethod]
    public void An_option_naming_an_issue_wins_over_the_event()
    {
        var selected = Read("#12", "issue_comment", Comment("created", "hello"));

        Assert.AreEqual(new IssueSelector(12), selected);
        Assert.AreEqual(new IssueSelector(7), Read("7", "issue_comment", Comment("created", "hello")), "named, not chosen by the event");
    }

    [TestMethod]
    public void The_workflow_dispatch_input_is_read_when_the_option_is_empty()
    {
        Assert.AreEqual(new IssueSelector(42), Read(null, "workflow_dispatch", Dispatch(new JsonObject { ["issue"] = "42" })));
        Assert.AreEqual(IssueSelector.All, Read("all", "workflow_dispatch", Dispatch(new JsonObject { ["issue"] = "42" })));
    }

    [TestMethod]
    public void A_malformed_dispatch_input_names_the_workflow_input()
    {
        var error = Assert.ThrowsExactly<UsageException>(() => Read(null, "workflow_dispatch", Dispatch(new JsonObject { ["issue"] = "soon" })));

        StringAssert.StartsWith(error.Message, "the workflow_dispatch input 'issue' is 'soon'");
    }

    [TestMethod]
    public void An_event_without_an_issue_and_no_option_or_input_names_none()
    {
        Assert.IsNull(Read(null, "schedule", Schedule));
        Assert.IsNull(Read(null, "workflow_dispatch", Dispatch(new JsonObject { ["issue"] = " " })));
    }

    private static string Schedule => WebhookExamples.Payload("schedule", null, _ => { });

    private static string Dispatch(JsonObject inputs) => WebhookExamples.Payload("workflow_dispatch", null, payload => payload["inputs"] = inputs);

    private static string Comment(string action, string body) => WebhookExamples.Payload("issue_comment", action, payload =>
    {
        payload["issue"]!["number"] = 7;
        payload["comment"]!["id"] = 99;
        payload["comment"]!["body"] = body;
    });

    private static IssueSelector? Read(string? option, string eventName, string payload)
    {
        using var environment = new EventEnvironment(eventName, payload);
        return IssueSelector.Read(option, EventContext.Load(environment.Environment));
    }
}
