using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecosystem.Actions.Tests.Runtime;

/// <summary>
/// Real webhook payloads from the npm package @octokit/webhooks-examples (pinned in tests/tooling), and the
/// fixtures under Fixtures/events for events the package has no example of.
/// </summary>
public static class WebhookExamples
{
    private static readonly Lazy<JsonDocument> Index = new(LoadIndex);

    /// <summary>The examples of one event whose <c>action</c> is <paramref name="action"/> (null: examples without one).</summary>
    public static IReadOnlyList<string> All(string eventName, string? action)
    {
        var examples = Examples(eventName)
            .Where(example => (example.TryGetProperty("action", out var value) ? value.GetString() : null) == action)
            .Select(example => example.GetRawText())
            .ToList();
        Assert.IsNotEmpty(examples, $"@octokit/webhooks-examples has no {eventName} example with action '{action}'.");
        return examples;
    }

    /// <summary>Every example of one event, whatever its action.</summary>
    public static IReadOnlyList<string> Every(string eventName) => [.. Examples(eventName).Select(example => example.GetRawText())];

    private static IEnumerable<JsonElement> Examples(string eventName) =>
        Index.Value.RootElement.EnumerateArray()
            .Single(entry => entry.GetProperty("name").GetString() == eventName)
            .GetProperty("examples")
            .EnumerateArray();

    public static string First(string eventName, string? action) => All(eventName, action)[0];

    /// <summary>
    /// A complete payload for a test: the first example of <paramref name="eventName"/> with <paramref name="action"/>
    /// (for <c>schedule</c>, which the package lacks, the fixture), with only what the test is about changed.
    /// </summary>
    public static string Payload(string eventName, string? action, Action<JsonObject> change)
    {
        var payload = JsonNode.Parse(eventName == "schedule" ? Fixture("events/schedule.payload.json") : First(eventName, action))!.AsObject();
        change(payload);
        return payload.ToJsonString();
    }

    public static string Fixture(string relativePath) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Ecosystem.Actions.Tests", "Fixtures", relativePath));

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecosystem.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ecosystem.slnx above {AppContext.BaseDirectory}; the tests run from inside the repository.");
    }

    private static JsonDocument LoadIndex()
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "tooling", "node_modules", "@octokit", "webhooks-examples", "api.github.com", "index.json");
        if (!File.Exists(path))
        {
            Assert.Fail($"The webhook examples are missing ({path}): run npm ci --prefix tests/tooling");
        }

        return JsonDocument.Parse(File.ReadAllText(path));
    }
}
