using Ecosystem.Actions.Configuration;

namespace Ecosystem.Actions.Tests.Configuration;

/// <summary>A temporary repository checkout holding a configuration file, for loading through the real file system.</summary>
internal sealed class ConfigurationWorkspace : IDisposable
{
    public ConfigurationWorkspace(string? yaml = null)
    {
        Root = Directory.CreateTempSubdirectory("ecosystem-config-").FullName;
        if (yaml is not null)
        {
            Write(EcosystemConfiguration.DefaultPath, yaml);
        }
    }

    public string Root { get; }

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ecosystem.slnx")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("The repository root (Ecosystem.slnx) is not above the test output.");
        }
    }

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "Ecosystem.Actions.Tests", "Configuration", "Fixtures", name));

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public ConfigurationLoadResult Load(
        IReadOnlyDictionary<string, string?>? environment = null,
        IReadOnlyList<string>? overrides = null,
        string? path = null) =>
        EcosystemConfiguration.Load(path, environment ?? new Dictionary<string, string?>(), overrides ?? [], Root);

    public static EcosystemOptions LoadValid(string yaml, IReadOnlyDictionary<string, string?>? environment = null, IReadOnlyList<string>? overrides = null)
    {
        using var workspace = new ConfigurationWorkspace(yaml);
        var result = workspace.Load(environment, overrides);
        Assert.IsTrue(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Options;
    }

    public static IReadOnlyList<string> Problems(string yaml, IReadOnlyDictionary<string, string?>? environment = null, IReadOnlyList<string>? overrides = null)
    {
        using var workspace = new ConfigurationWorkspace(yaml);
        var result = workspace.Load(environment, overrides);
        Assert.IsFalse(result.Succeeded, "The configuration was expected to have problems.");
        Assert.IsNull(result.Options);
        return [.. result.Problems.Select(problem => problem.ToString())];
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
