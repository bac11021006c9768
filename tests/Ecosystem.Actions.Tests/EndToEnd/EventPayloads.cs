using System.Text.Json.Nodes;
using Ecosystem.TestServer.Rest;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>
/// The events of end-to-end runs: complete payloads as GitHub sends them, written by the test server's
/// <see cref="WebhookPayloads"/> from its state when the run starts (<see cref="ActionRun.RunAsync"/>).
/// </summary>
public static class EventPayloads
{
    public static EventPayload Issues(string action, Issue issue, string? sender = null, string? label = null) =>
        new(webhooks => webhooks.Issues(action, issue, sender, label));

    public static EventPayload IssueComment(string action, Issue issue, Comment comment) =>
        new(webhooks => webhooks.IssueComment(action, issue, comment));

    public static EventPayload Schedule(string cron = "17 3 * * *") => new(webhooks => webhooks.Schedule(cron));

    public static EventPayload WorkflowDispatch(IReadOnlyDictionary<string, string> inputs) =>
        new(webhooks => webhooks.WorkflowDispatch(inputs));
}

/// <summary>A payload written from the server's state in the run's repository.</summary>
public sealed record EventPayload(Func<WebhookPayloads, JsonObject> Write);
