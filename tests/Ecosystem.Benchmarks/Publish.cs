using System.Diagnostics;

namespace Ecosystem.Benchmarks;

/// <summary>
/// Publishes the program as the image is built: the files the Dockerfile copies, in a folder of their own (so no
/// build output of the checkout or of another publish is reused), then the Dockerfile's own <c>dotnet publish</c> line.
/// </summary>
internal static class Publish
{
    // What the Dockerfile's COPY lines bring into its build stage.
    private static readonly string[] Context =
        ["global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig", ".github/ISSUE_TEMPLATE/application.yml", ".github/workflows/ecosystem.yml", ".github/ecosystem.yml", "src"];

    /// <summary>The published program's executable; without ReadyToRun, the same line with ReadyToRun turned off.</summary>
    public static string Program(bool readyToRun)
    {
        var root = Scenarios.RepositoryRoot();
        var build = Directory.CreateTempSubdirectory("ecosystem-publish-").FullName;
        foreach (var path in Context)
        {
            Copy(Path.Combine(root, path), Path.Combine(build, path));
        }

        var line = File.ReadAllLines(Path.Combine(root, "Dockerfile")).Single(l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        var words = line["RUN dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var output = Path.Combine(build, "app");
        words[words.IndexOf("--output") + 1] = output;
        words.Remove("--no-restore");
        if (!readyToRun)
        {
            words = [.. words.Select(w => w == "-p:PublishReadyToRun=true" ? "-p:PublishReadyToRun=false" : w).Where(w => !w.StartsWith("-p:PublishReadyToRunComposite", StringComparison.Ordinal))];
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = build };
        foreach (var argument in words)
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

    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from))
        {
            Directory.CreateDirectory(to);
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(f => Path.GetFileName(f) is not ("bin" or "obj")))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
