using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ecosystem.Domain.Issues;
using Octokit.Webhooks;
using Octokit.Webhooks.Events;
using Octokit.Webhooks.Events.Issues;
using Octokit.Webhooks.Models;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// The payload in <c>GITHUB_EVENT_PATH</c>, read by Octokit.Webhooks into its typed event (<see cref="IssuesEvent"/>,
/// <see cref="IssueCommentEvent"/>, <see cref="WorkflowDispatchEvent"/>; <c>schedule</c> and any other event into the
/// members every webhook shares) and mapped here, once, to what the commands read.
/// </summary>
public sealed record EventPayload(string? Action, EventActor? Sender, string? RepositoryFullName)
{
    /// <summary>
    /// The events and actions the caller workflow subscribes to, read straight into their types with generated metadata
    /// (<see cref="EventJson"/>). The library's own dispatch finds the type for an action by scanning every type of its
    /// assembly, about 100 ms at each start of the most frequent run (a comment); it still reads any other action.
    /// </summary>
    private static JsonTypeInfo? Subscribed(string eventName, string? action) => (eventName, action) switch
    {
        ("issues", "opened") => EventJson.Default.IssuesOpenedEvent,
        ("issues", "edited") => EventJson.Default.IssuesEditedEvent,
        ("issues", "reopened") => EventJson.Default.IssuesReopenedEvent,
        ("issues", "labeled") => EventJson.Default.IssuesLabeledEvent,
        ("issues", "unlabeled") => EventJson.Default.IssuesUnlabeledEvent,
        ("issue_comment", "created") => EventJson.Default.IssueCommentCreatedEvent,
        ("issue_comment", "edited") => EventJson.Default.IssueCommentEditedEvent,
        ("issue_comment", "deleted") => EventJson.Default.IssueCommentDeletedEvent,
        ("workflow_dispatch", null) => EventJson.Default.WorkflowDispatchEvent,
        _ => null,
    };

    public IssueSnapshot? Issue { get; init; }

    public CommentSnapshot? Comment { get; init; }

    /// <summary>The name of the label added or removed (<c>labeled</c>/<c>unlabeled</c>), or null.</summary>
    public string? LabelName { get; init; }

    /// <summary>
    /// The <c>inputs</c> of a <c>workflow_dispatch</c> run as text (booleans <c>true</c>/<c>false</c>, numbers as
    /// written); empty for other events.
    /// </summary>
    public IReadOnlyDictionary<string, string> WorkflowInputs { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads and maps the payload; anything unreadable is a <see cref="SetupException"/> naming the file.</summary>
    public static EventPayload Read(string eventName, string eventPath)
    {
        ReadOnlySpan<byte> json;
        try
        {
            json = File.ReadAllBytes(eventPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var why = NamedFile.Why(Path.GetFullPath(eventPath), exception);
            throw new SetupException($"The event payload file {eventPath} (GITHUB_EVENT_PATH) {why}.", exception);
        }

        // As for File.ReadAllText, a byte order mark is no part of the text.
        if (json.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            var webhook = Subscribed(eventName, ActionName(json)) is { } typeInfo
                ? (WebhookEvent?)JsonSerializer.Deserialize(json, typeInfo)
                : eventName is "issues" or "issue_comment" or "workflow_dispatch"
                ? new WebhookReader().DeserializeWebhookEvent(new WebhookHeaders { Event = eventName }, Encoding.UTF8.GetString(json))
                : JsonSerializer.Deserialize(json, EventJson.Default.UntypedEvent);
            return Map(webhook ?? throw new JsonException("The payload is null, not an object."));
        }
        catch (JsonException exception) when (exception.InnerException is JsonException)
        {
            throw new SetupException($"The event payload in {eventPath} (GITHUB_EVENT_PATH) is not valid JSON: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is JsonException or OverflowException)
        {
            throw new SetupException(
                $"The {eventName} event payload in {eventPath} (GITHUB_EVENT_PATH) is not GitHub's {eventName} event{(ActionName(json) is { } action ? $" (action '{action}')" : string.Empty)}: {exception.Message}{Where(exception)}", exception);
        }
    }

    private static EventPayload Map(WebhookEvent webhook)
    {
        var common = new EventPayload(webhook.Action, webhook.Sender is { } sender ? Actor(sender) : null, webhook.Repository?.FullName);
        return webhook switch
        {
            IssueCommentEvent e => common with { Issue = Snapshot(e.Issue), Comment = Snapshot(e.Comment) },
            IssuesLabeledEvent e => common with { Issue = Snapshot(e.Issue), LabelName = e.Label?.Name },
            IssuesUnlabeledEvent e => common with { Issue = Snapshot(e.Issue), LabelName = e.Label?.Name },
            IssuesEvent e => common with { Issue = Snapshot(e.Issue) },
            WorkflowDispatchEvent { Inputs: { } inputs } => common with { WorkflowInputs = inputs.ToDictionary(i => i.Key, i => Text(i.Value)) },
            _ => common,
        };
    }

    private static IssueSnapshot Snapshot(Octokit.Webhooks.Models.Issue issue) =>
        new(
            Number: checked((int)issue.Number),
            Title: issue.Title,
            Body: issue.Body ?? string.Empty,
            Author: issue.User.Login,
            IsOpen: issue.State?.StringValue is not "closed",
            Labels: [.. (issue.Labels ?? []).Select(label => label.Name)],
            CreatedAt: issue.CreatedAt,
            ClosedAt: issue.ClosedAt,
            HtmlUrl: issue.HtmlUrl)
        {
            NodeId = issue.NodeId,
            Assignees = [.. issue.Assignees.Select(user => user.Login)],
            AuthorId = issue.User.Id,
            AuthorIsBot = Actor(issue.User).IsBot,
            IsPullRequest = issue.PullRequest is not null,
        };

    private static CommentSnapshot Snapshot(IssueComment comment) =>
        new(comment.Id, comment.User.Login, Actor(comment.User).IsBot, comment.Body, comment.CreatedAt, comment.UpdatedAt, comment.HtmlUrl) { AuthorId = comment.User.Id, NodeId = comment.NodeId };

    private static EventActor Actor(User user) => new(user.Login, user.Type.StringValue == "Bot", user.Id);

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };

    /// <summary>Where in the payload the problem is, when the message does not say it already.</summary>
    private static string Where(Exception exception) =>
        exception is JsonException { Path: { Length: > 1 } path } && !exception.Message.Contains(path, StringComparison.Ordinal) ? $" (at {path})" : string.Empty;

    /// <summary>
    /// The payload's <c>action</c>, or null when it has none (or is no JSON object): its top-level members are scanned
    /// without building them, so the payload is parsed in full only once, into its type.
    /// </summary>
    private static string? ActionName(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isAction = reader.ValueTextEquals("action"u8);
                    reader.Read();
                    if (isAction)
                    {
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    }

                    reader.Skip();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The library's own event-name dispatch (<c>X-GitHub-Event</c> is <c>GITHUB_EVENT_NAME</c>), nothing overridden.</summary>
    private sealed class WebhookReader : WebhookEventProcessor;
}

/// <summary>An event Octokit.Webhooks has no type for (<c>schedule</c>, <c>push</c>...): the members every webhook shares.</summary>
internal sealed record UntypedEvent : WebhookEvent;
