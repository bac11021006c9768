using System.Text.Json.Nodes;
using Ecosystem.Actions.Commands.Validate;
using Ecosystem.Actions.Hosting;
using Ecosystem.Actions.Runtime;
using Ecosystem.Actions.Tests.Runtime;

namespace Ecosystem.Actions.Tests.Commands.Validate;

[TestClass]
public sealed class ValidationTargetTests
{
    [TestMethod]
    [DataRow("12", 12)]
    [DataRow(" #7 ", 7)]
    public void Issue_number_is_one_issue(string value, int number) =>
        Assert.AreEqual(new ValidationTarget(number), Resolve(value));

    [TestMethod]
    [DataRow("all")]
    [DataRow("ALL")]
    public void All_in_any_case_is_every_open_application(string value) =>
        Assert.AreEqual(new ValidationTarget(null), Resolve(value));

    [TestMethod]
    [DataRow("")]
    [DataRow("1.5")]
    [DataRow("+3")]
    [DataRow("twelve")]
    public void Anything_else_is_a_usage_error(string value)
    {
        var error = Assert.ThrowsExactly<UsageException>(() => Resolve(value));
        Assert.AreEqual($"--issue (input 'issue') is '{value}': expected an issue number such as 42, or 'all'.", error.Message);
    }

    [TestMethod]
    [DataRow("opened")]
    [DataRow("edited")]
    [DataRow("reopened")]
    public void Issues_event_that_changes_the_body_checks_its_issue(string action)
    {
        using var environment = new EventEnvironment("issues", IssuesPayload(action, pullRequest: false));

        var target = ValidationTarget.Resolve(null, EventContext.Load(environment.Environment));

        Assert.AreEqual(new ValidationTarget(42), target);
    }

    [TestMethod]
    public void Option_wins_over_the_event()
    {
        using var environment = new EventEnvironment("issues", IssuesPayload("opened", pullRequest: false));

        Assert.AreEqual(new ValidationTarget(null), ValidationTarget.Resolve("all", EventContext.Load(environment.Environment)));
    }

    [TestMethod]
    public void Pull_request_is_nothing_to_check()
    {
        using var environment = new EventEnvironment("issues", IssuesPayload("opened", pullRequest: true));

        var target = ValidationTarget.Resolve(null, EventContext.Load(environment.Environment));

        Assert.IsNull(target.IssueNumber);
        StringAssert.Contains(target.Reason, "#42 is a pull request");
    }

    [TestMethod]
    public void Event_without_issue_or_option_is_a_usage_error_naming_the_event()
    {
        using var environment = new EventEnvironment("schedule", WebhookExamples.Payload("schedule", null, _ => { }));

        var error = Assert.ThrowsExactly<UsageException>(() => ValidationTarget.Resolve(null, EventContext.Load(environment.Environment)));

        StringAssert.Contains(error.Message, "the schedule event carries no issue");
    }

    [TestMethod]
    public void A_manual_run_takes_its_issue_input_when_no_option_is_given()
    {
        var payload = WebhookExamples.Payload("workflow_dispatch", null, p => p["inputs"] = new JsonObject { ["issue"] = " #7 " });
        using var environment = new EventEnvironment("workflow_dispatch", payload);

        Assert.AreEqual(new ValidationTarget(7), ValidationTarget.Resolve(null, EventContext.Load(environment.Environment)));
        Assert.AreEqual(new ValidationTarget(null), ValidationTarget.Resolve("all", EventContext.Load(environment.Environment)));
    }

    /// <summary>The target <paramref name="option"/> selects on a nightly run, whose event names no issue.</summary>
    private static ValidationTarget Resolve(string option)
    {
        using var environment = new EventEnvironment("schedule", WebhookExamples.Payload("schedule", null, _ => { }));
        return ValidationTarget.Resolve(option, EventContext.Load(environment.Environment));
    }

    private static string IssuesPayload(string action, bool pullRequest) => WebhookExamples.Payload("issues", action, payload =>
    {
        payload["issue"]!["number"] = 42;
        payload["issue"]!["pull_request"] = pullRequest ? new JsonObject { ["url"] = "https://api.github.com/repos/o/r/pulls/42" } : null;
    });
}
