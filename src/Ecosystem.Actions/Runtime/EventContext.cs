using System.Globalization;
using System.Text.Json;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// What triggered the workflow: the <c>GITHUB_*</c> variables and the JSON payload in <c>GITHUB_EVENT_PATH</c>,
/// with typed accessors for the parts the commands read. A missing or malformed part is an
/// <see cref="EventContextException"/> naming the variable, file and field.
/// </summary>
public sealed class EventContext
{
    public static readonly Uri DefaultApiUrl = new("https://api.github.com");
    public static readonly Uri DefaultGraphQLUrl = new("https://api.github.com/graphql");
    public static readonly Uri DefaultServerUrl = new("https://github.com");

    private EventContext(
        string eventName,
        string eventPath,
        JsonElement payload,
        RepositoryName repository,
        IReadOnlyDictionary<string, string?> environment)
    {
        EventName = eventName;
        EventPath = eventPath;
        Payload = payload;
        Repository = repository;
        ApiUrl = UrlOrDefault(environment, "GITHUB_API_URL", DefaultApiUrl);
        GraphQLUrl = UrlOrDefault(environment, "GITHUB_GRAPHQL_URL", DefaultGraphQLUrl);
        ServerUrl = UrlOrDefault(environment, "GITHUB_SERVER_URL", DefaultServerUrl);
        Workspace = NonEmpty(environment, "GITHUB_WORKSPACE");
        Actor = NonEmpty(environment, "GITHUB_ACTOR");
    }

    /// <summary><c>GITHUB_EVENT_NAME</c>: <c>issues</c>, <c>issue_comment</c>, <c>workflow_dispatch</c>, <c>schedule</c>...</summary>
    public string EventName { get; }

    public string EventPath { get; }

    /// <summary>The whole payload, for anything the typed accessors do not cover.</summary>
    public JsonElement Payload { get; }

    public RepositoryName Repository { get; }

    public Uri ApiUrl { get; }

    public Uri GraphQLUrl { get; }

    public Uri ServerUrl { get; }

    public string? Workspace { get; }

    /// <summary><c>GITHUB_ACTOR</c>: who triggered the run.</summary>
    public string? Actor { get; }

    /// <summary>The payload's <c>action</c> (<c>opened</c>, <c>edited</c>, <c>labeled</c>, <c>created</c>...), or null.</summary>
    public string? Action => OptionalString(Payload, "action");

    /// <summary>The payload's <c>issue</c> as the domain sees an issue, or null when the event has none.</summary>
    public IssueSnapshot? Issue => Payload.TryGetProperty("issue", out var issue) && issue.ValueKind != JsonValueKind.Null
        ? ReadIssue(issue)
        : null;

    /// <summary>The payload's <c>comment</c>, or null when the event has none.</summary>
    public EventComment? Comment => Payload.TryGetProperty("comment", out var comment) && comment.ValueKind != JsonValueKind.Null
        ? ReadComment(comment)
        : null;

    /// <summary>The name of the label added or removed (<c>labeled</c>/<c>unlabeled</c>), or null.</summary>
    public string? LabelName => Payload.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object
        ? RequiredString(label, "label", "name")
        : null;

    /// <summary>The payload's <c>sender</c>: who caused the event.</summary>
    public EventActor? Sender => Payload.TryGetProperty("sender", out var sender) && sender.ValueKind == JsonValueKind.Object
        ? ReadActor(sender, "sender")
        : null;

    /// <summary>The <c>schedule</c> cron expression of a scheduled run, or null.</summary>
    public string? Schedule => OptionalString(Payload, "schedule");

    /// <summary>
    /// The <c>inputs</c> of a <c>workflow_dispatch</c> run as text (booleans <c>true</c>/<c>false</c>, numbers as
    /// written); empty for other events.
    /// </summary>
    public IReadOnlyDictionary<string, string> WorkflowInputs
    {
        get
        {
            var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!Payload.TryGetProperty("inputs", out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return inputs;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Malformed("inputs", "an object");
            }

            foreach (var input in element.EnumerateObject())
            {
                inputs[input.Name] = input.Value.ValueKind switch
                {
                    JsonValueKind.String => input.Value.GetString() ?? string.Empty,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Null => string.Empty,
                    _ => input.Value.GetRawText(),
                };
            }

            return inputs;
        }
    }

    /// <summary>The issue, or an error saying this event carries none.</summary>
    public IssueSnapshot RequireIssue() =>
        Issue ?? throw new EventContextException($"The {EventName} event payload in {EventPath} has no 'issue'; this command needs an issue event.");

    /// <summary>The comment, or an error saying this event carries none.</summary>
    public EventComment RequireComment() =>
        Comment ?? throw new EventContextException($"The {EventName} event payload in {EventPath} has no 'comment'; this command needs an issue_comment event.");

    /// <summary>Reads the context from the workflow's environment variables.</summary>
    public static EventContext Load(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var eventName = NonEmpty(environment, "GITHUB_EVENT_NAME")
            ?? throw new EventContextException("GITHUB_EVENT_NAME is not set: this command reads the event that triggered the workflow. Run it in a GitHub Actions workflow, or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH.");
        var eventPath = NonEmpty(environment, "GITHUB_EVENT_PATH")
            ?? throw new EventContextException($"GITHUB_EVENT_PATH is not set: the payload of the '{eventName}' event cannot be read.");

        var payload = ReadPayload(eventPath);
        var repository = ReadRepository(environment, payload, eventPath);
        return new EventContext(eventName, eventPath, payload, repository, environment);
    }

    private static JsonElement ReadPayload(string eventPath)
    {
        string json;
        try
        {
            json = File.ReadAllText(eventPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new EventContextException($"The event payload named by GITHUB_EVENT_PATH cannot be read: {eventPath} ({exception.Message})", exception);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new EventContextException($"The event payload in {eventPath} (GITHUB_EVENT_PATH) is not a JSON object.");
            }

            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new EventContextException($"The event payload in {eventPath} (GITHUB_EVENT_PATH) is not valid JSON: {exception.Message}", exception);
        }
    }

    private static RepositoryName ReadRepository(IReadOnlyDictionary<string, string?> environment, JsonElement payload, string eventPath)
    {
        if (NonEmpty(environment, "GITHUB_REPOSITORY") is { } fromEnvironment)
        {
            return RepositoryName.TryParse(fromEnvironment, out var repository) && repository is not null
                ? repository
                : throw new EventContextException($"GITHUB_REPOSITORY is '{fromEnvironment}', not an owner/name repository such as 'pytorch-fdn/ecosystem'.");
        }

        if (payload.TryGetProperty("repository", out var element) && element.ValueKind == JsonValueKind.Object
            && OptionalString(element, "full_name") is { } fullName
            && RepositoryName.TryParse(fullName, out var fromPayload) && fromPayload is not null)
        {
            return fromPayload;
        }

        throw new EventContextException($"GITHUB_REPOSITORY is not set and the payload in {eventPath} names no repository.full_name.");
    }

    private IssueSnapshot ReadIssue(JsonElement issue)
    {
        if (issue.ValueKind != JsonValueKind.Object)
        {
            throw Malformed("issue", "an object");
        }

        var author = ReadActor(RequiredObject(issue, "issue", "user"), "issue.user");
        return new IssueSnapshot(
            Number: RequiredInt(issue, "issue", "number"),
            Title: RequiredString(issue, "issue", "title"),
            Body: OptionalString(issue, "body") ?? string.Empty,
            Author: author.Login,
            IsOpen: OptionalString(issue, "state") is not "closed",
            Labels: Names(issue, "labels", "issue.labels[]"),
            CreatedAt: OptionalTime(issue, "issue", "created_at") ?? default,
            ClosedAt: OptionalTime(issue, "issue", "closed_at"),
            HtmlUrl: OptionalString(issue, "html_url") ?? string.Empty)
        {
            NodeId = OptionalString(issue, "node_id") ?? string.Empty,
            Assignees = [.. ArrayOf(issue, "assignees").Select(user => RequiredString(user, "issue.assignees[]", "login"))],
            AuthorId = author.Id,
            AuthorIsBot = author.IsBot,
            IsPullRequest = issue.TryGetProperty("pull_request", out var pull) && pull.ValueKind == JsonValueKind.Object,
        };
    }

    private List<string> Names(JsonElement parent, string name, string path) =>
        [.. ArrayOf(parent, name).Select(item => RequiredString(item, path, "name"))];

    private static IEnumerable<JsonElement> ArrayOf(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private EventComment ReadComment(JsonElement comment)
    {
        if (comment.ValueKind != JsonValueKind.Object)
        {
            throw Malformed("comment", "an object");
        }

        return new EventComment(
            Id: RequiredLong(comment, "comment", "id"),
            Body: OptionalString(comment, "body") ?? string.Empty,
            Author: ReadActor(RequiredObject(comment, "comment", "user"), "comment.user"),
            CreatedAt: RequiredTime(comment, "comment", "created_at"),
            UpdatedAt: RequiredTime(comment, "comment", "updated_at"));
    }

    private EventActor ReadActor(JsonElement user, string path) =>
        new(RequiredString(user, path, "login"), OptionalString(user, "type") ?? "User")
        {
            Id = user.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var number) ? number : 0,
        };

    private JsonElement RequiredObject(JsonElement parent, string path, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw Malformed($"{path}.{name}", "an object");

    private string RequiredString(JsonElement parent, string path, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : throw Malformed($"{path}.{name}", "a string");

    private int RequiredInt(JsonElement parent, string path, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Malformed($"{path}.{name}", "a whole number");

    private long RequiredLong(JsonElement parent, string path, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw Malformed($"{path}.{name}", "a whole number");

    private DateTimeOffset? OptionalTime(JsonElement parent, string path, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? RequiredTime(parent, path, name) : null;

    private DateTimeOffset RequiredTime(JsonElement parent, string path, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw Malformed($"{path}.{name}", "an ISO 8601 time");

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private EventContextException Malformed(string field, string expected) =>
        new($"The {EventName} event payload in {EventPath} (GITHUB_EVENT_PATH) has no valid '{field}': expected {expected}.");

    private static string? NonEmpty(IReadOnlyDictionary<string, string?> environment, string name) =>
        environment.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;

    private static Uri UrlOrDefault(IReadOnlyDictionary<string, string?> environment, string name, Uri fallback)
    {
        if (NonEmpty(environment, name) is not { } text)
        {
            return fallback;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new EventContextException($"{name} is '{text}', not an absolute http(s) URL.");
    }
}
