namespace Ecosystem.Benchmarks;

/// <summary>One run of one command on one scenario.</summary>
internal sealed record Measurement(
    string Command,
    string Scenario,
    int Requests,
    int Reads,
    int Writes,
    int Rest,
    int GraphQL,
    string LowerBound,
    TimeSpan StartUp,
    TimeSpan Wall,
    double PeakRssMiB,
    int ExitCode);
