using System.Diagnostics;

namespace Ecosystem.Benchmarks;

/// <summary>Publishes the program the way the Dockerfile does, into a temporary folder.</summary>
internal static class Publish
{
    public static string Program(bool readyToRun)
    {
        var output = Directory.CreateTempSubdirectory("ecosystem-publish-").FullName;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "publish", Path.Combine(Scenarios.RepositoryRoot(), "src", "Ecosystem.Actions", "Ecosystem.Actions.csproj"),
            "--configuration", "Release", "--runtime", "linux-x64", "--self-contained", "false",
            $"-p:PublishReadyToRun={(readyToRun ? "true" : "false")}", "--output", output,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{log}");
        }

        return Path.Combine(output, "Ecosystem.Actions.dll");
    }
}
