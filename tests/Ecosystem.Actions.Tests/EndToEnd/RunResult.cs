using Ecosystem.TestServer.Logging;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>What one run of the program did: exit code, what it printed, its outputs and summary, and the requests it sent.</summary>
public sealed record RunResult(
    int ExitCode,
    string Stdout,
    string Stderr,
    IReadOnlyDictionary<string, string> Outputs,
    string Summary,
    IReadOnlyList<RecordedRequest> Requests)
{
    public IReadOnlyList<RecordedRequest> WriteRequests => [.. Requests.Where(r => r.IsWrite)];

    public override string ToString() =>
        $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}\n--- requests\n{string.Join('\n', Requests.Select(r => r.ToString()))}";
}
