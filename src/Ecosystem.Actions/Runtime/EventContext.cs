using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// What triggered the workflow: the <c>GITHUB_*</c> variables, and the payload in <c>GITHUB_EVENT_PATH</c> read on first
/// use (<see cref="EventPayload"/>), so a command that reads no event pays nothing for it. A missing or malformed part is
/// a <see cref="SetupException"/> naming the variable, file and member.
/// </summary>
public sealed class EventContext
{
    private readonly Lazy<EventPayload> _payload;

    private EventContext(string eventName, string eventPath, IReadOnlyDictionary<string, string?> environment)
    {
        (EventName, EventPath) = (eventName, eventPath);
        _payload = new Lazy<EventPayload>(() => EventPayload.Read(eventName, eventPath));
        Repository = NonEmpty(environment, "GITHUB_REPOSITORY") is { } named
            ? RepositoryReference.Read(named)
                ?? throw new SetupException($"GITHUB_REPOSITORY is '{named}', not an owner/name repository such as 'pytorch-fdn/ecosystem'.")
            // Outside a runner, the payload names the repository.
            : RepositoryReference.Read(Payload.RepositoryFullName)
                ?? throw new SetupException($"GITHUB_REPOSITORY is not set and the payload in {EventPath} names no repository.full_name.");
        ApiUrl = UrlOrDefault(environment, "GITHUB_API_URL", "https://api.github.com");
        GraphQLUrl = UrlOrDefault(environment, "GITHUB_GRAPHQL_URL", Ecosystem.GitHub.GitHubGatewayOptions.GraphQLEndpointOf(ApiUrl));
        ServerUrl = UrlOrDefault(environment, "GITHUB_SERVER_URL", "https://github.com");
    }

    /// <summary><c>GITHUB_EVENT_NAME</c>: <c>issues</c>, <c>issue_comment</c>, <c>workflow_dispatch</c>, <c>schedule</c>...</summary>
    public string EventName { get; }

    public string EventPath { get; }

    public RepositoryReference Repository { get; }

    public Uri ApiUrl { get; }

    public Uri GraphQLUrl { get; }

    public Uri ServerUrl { get; }

    public EventPayload Payload => _payload.Value;

    public IssueSnapshot RequireIssue() =>
        Payload.Issue ?? throw new SetupException($"The {EventName} event payload in {EventPath} has no 'issue'; this command needs an issue event.");

    public static EventContext Load(IReadOnlyDictionary<string, string?> environment)
    {
        var eventName = NonEmpty(environment, "GITHUB_EVENT_NAME")
            ?? throw new SetupException("GITHUB_EVENT_NAME is not set: this command reads the event that triggered the workflow. Run it in a GitHub Actions workflow, or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH.");
        var eventPath = NonEmpty(environment, "GITHUB_EVENT_PATH")
            ?? throw new SetupException($"GITHUB_EVENT_PATH is not set: the payload of the '{eventName}' event cannot be read.");
        return new EventContext(eventName, eventPath, environment);
    }

    private static string? NonEmpty(IReadOnlyDictionary<string, string?> environment, string name) =>
        environment.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;

    private static Uri UrlOrDefault(IReadOnlyDictionary<string, string?> environment, string name, string fallback)
    {
        var text = NonEmpty(environment, name) ?? fallback;
        return WebLink.TryHttp(text, out var url)
            ? url
            : throw new SetupException($"{name} is '{text}', not an absolute http(s) URL.");
    }
}
