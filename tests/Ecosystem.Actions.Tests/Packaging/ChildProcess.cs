using System.Diagnostics;
using System.Text;

namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>Runs a tool to completion with its output captured, killed if it outlives the time allowed.</summary>
internal static class ChildProcess
{
    /// <remarks>With <c>outsideActions</c>, the runner's variables (<c>GITHUB_*</c>, <c>INPUT_*</c>, <c>RUNNER_*</c>,
    /// <c>ECOSYSTEM_*</c>) are dropped, so a program run here never writes to the CI job's own outputs or summary.</remarks>
    public static async Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, bool outsideActions = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`, whose MSBuild variables would steer a child build; drop them.
        foreach (var key in start.Environment.Keys.Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        string[] runnerPrefixes = ["GITHUB_", "INPUT_", "RUNNER_", "ECOSYSTEM_"];
        foreach (var key in start.Environment.Keys.Where(key => outsideActions && runnerPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        // No build servers or reused nodes outlive the test and hold its output pipes open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var command = $"{fileName} {string.Join(' ', arguments)}";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new AssertFailedException($"`{command}` did not finish within {timeout}.\n{Append(output, null)}");
        }

        return new ProcessResult(command, process.ExitCode, Append(output, null));
    }

    private static string Append(StringBuilder output, string? line)
    {
        lock (output)
        {
            if (line is not null)
            {
                output.AppendLine(line);
            }

            return output.ToString();
        }
    }
}
