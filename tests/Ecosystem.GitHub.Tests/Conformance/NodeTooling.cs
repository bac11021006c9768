using System.Diagnostics;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>Runs the node scripts of <c>tests/tooling</c> (GitHub's OpenAPI description and GraphQL schema live there).</summary>
internal static class NodeTooling
{
    public static string Directory { get; } = FindToolingDirectory();

    /// <summary>Runs <paramref name="script"/> with a file holding <paramref name="inputJson"/>; returns its standard output.</summary>
    public static async Task<string> RunAsync(string script, string inputJson)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@octokit")))
        {
            throw new InvalidOperationException($"The npm tooling is not installed in {Directory}: run npm ci --prefix tests/tooling");
        }
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(input, inputJson);
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = Directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(Directory, script));
            start.ArgumentList.Add(input);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await error}");
            }
            return await output;
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string FindToolingDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "tooling");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"No tests/tooling/package.json above {AppContext.BaseDirectory}.");
    }
}
