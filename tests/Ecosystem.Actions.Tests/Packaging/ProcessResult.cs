namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>What a finished child process said and returned.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    /// <summary>The end of the output, enough to see why a build failed without flooding the test log.</summary>
    public string Tail => Output.Length <= 4000 ? Output : "…" + Output[^4000..];

    public override string ToString() => $"`{Command}` exited {ExitCode}:\n{Tail}";
}
