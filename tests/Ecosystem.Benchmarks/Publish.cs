using System.Diagnostics;

namespace Ecosystem.Benchmarks;

/// <summary>Publishes the program with the Dockerfile's own <c>dotnet publish</c> line, into a temporary folder.</summary>
internal static class Publish
{
    /// <summary>The published program's executable; without ReadyToRun, the same line with ReadyToRun turned off.</summary>
    public static string Program(bool readyToRun)
    {
        var output = Directory.CreateTempSubdirectory("ecosystem-publish-").FullName;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in Arguments(readyToRun, output))
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

        return Path.Combine(output, "Ecosystem.Actions");
    }

    /// <summary>
    /// The Dockerfile's line after <c>dotnet</c>, restoring for itself (a separate intermediate folder keeps the two
    /// builds from sharing compiled output) and writing to <paramref name="output"/> instead of <c>/app</c>.
    /// </summary>
    private static IEnumerable<string> Arguments(bool readyToRun, string output)
    {
        var root = Scenarios.RepositoryRoot();
        var line = File.ReadAllLines(Path.Combine(root, "Dockerfile")).Single(l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        var words = line["RUN dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        words[words.IndexOf("--output") + 1] = output;
        words.Remove("--no-restore");
        if (!readyToRun)
        {
            words = [.. words.Select(w => w == "-p:PublishReadyToRun=true" ? "-p:PublishReadyToRun=false" : w).Where(w => !w.StartsWith("-p:PublishReadyToRunComposite", StringComparison.Ordinal))];
        }

        words[1] = Path.Combine(root, words[1]);
        return [.. words, $"-p:BaseIntermediateOutputPath={Path.Combine(output, "obj")}/", $"-p:BaseOutputPath={Path.Combine(output, "bin")}/"];
    }
}
