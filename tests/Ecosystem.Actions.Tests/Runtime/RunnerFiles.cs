namespace Ecosystem.Actions.Tests.Runtime;

/// <summary>
/// A throw-away runner workspace: empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and the environment naming them,
/// as the runner prepares them for a step.
/// </summary>
public sealed class RunnerFiles : IDisposable
{
    public RunnerFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "ecosystem-runtime-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var name in new[] { "OUTPUT", "STEP_SUMMARY" })
        {
            var path = Path.Combine(Directory, name.ToLowerInvariant());
            File.WriteAllText(path, string.Empty);
            Environment["GITHUB_" + name] = path;
        }
    }

    public string Directory { get; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public string Read(string name) => File.ReadAllText(Environment["GITHUB_" + name]!);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
