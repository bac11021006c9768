namespace Ecosystem.Actions.Tests.Runtime;

/// <summary>A payload written to a temporary GITHUB_EVENT_PATH, with the variables the runner sets beside it.</summary>
public sealed class EventEnvironment : IDisposable
{
    public EventEnvironment(string eventName, string payload)
    {
        PayloadPath = Path.Combine(Path.GetTempPath(), "ecosystem-event-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(PayloadPath, payload);
        Environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GITHUB_EVENT_NAME"] = eventName,
            ["GITHUB_EVENT_PATH"] = PayloadPath,
            ["GITHUB_REPOSITORY"] = "pytorch-fdn/ecosystem",
        };
    }

    public string PayloadPath { get; }

    public Dictionary<string, string?> Environment { get; }

    public void Dispose() => File.Delete(PayloadPath);
}
