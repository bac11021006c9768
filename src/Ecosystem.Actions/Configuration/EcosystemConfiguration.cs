namespace Ecosystem.Actions.Configuration;

/// <summary>
/// Loads the configuration once at start: built-in defaults (<see cref="EcosystemOptions"/>), then the YAML file,
/// then <c>ECOSYSTEM_</c> environment variables, then <c>key.path=value</c> overrides, each replacing the one before.
/// </summary>
public static class EcosystemConfiguration
{
    public const string DefaultPath = ".github/ecosystem.yml";

    /// <param name="path">The configuration file, relative to <paramref name="workspace"/> or absolute; null or empty
    /// for <see cref="DefaultPath"/>, which may be missing (defaults apply), whereas a named file must exist.</param>
    /// <param name="environment">Environment variables; only those named <c>ECOSYSTEM_…</c> are read.</param>
    /// <param name="overrides">Dotted key paths with values, such as <c>sessions.batch.max=12</c>.</param>
    /// <param name="workspace">The repository checkout.</param>
    public static ConfigurationLoadResult Load(
        string? path,
        IReadOnlyDictionary<string, string?> environment,
        IReadOnlyList<string> overrides,
        string workspace)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentException.ThrowIfNullOrEmpty(workspace);

        var problems = new List<ConfigurationProblem>();
        var named = string.IsNullOrWhiteSpace(path) ? null : path;
        var fullPath = Path.GetFullPath(named ?? DefaultPath, Path.GetFullPath(workspace));
        var display = Display(fullPath, workspace);
        string? filePath = null;
        IReadOnlyList<SettingEntry> fileEntries = [];

        if (File.Exists(fullPath))
        {
            filePath = fullPath;
            try
            {
                fileEntries = SettingSources.ReadYaml(File.ReadAllText(fullPath), display, problems);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new("", $"the configuration file {display} could not be read: {e.Message}"));
            }
        }
        else if (named is not null)
        {
            problems.Add(new("", Directory.Exists(fullPath)
                ? $"the configuration file {display} is a directory; name a YAML file"
                : $"the configuration file {display} does not exist (looked for {fullPath})"));
        }

        var merged = Merge(
            fileEntries,
            SettingSources.ReadEnvironment(environment),
            SettingSources.ReadOverrides(overrides, problems));

        var validator = new SettingValidator(problems);
        validator.Check(merged);
        var options = validator.Bind();
        OptionsConsistency.Check(options, validator.HasFailed, problems);

        return problems.Count == 0
            ? ConfigurationLoadResult.Success(options, filePath)
            : ConfigurationLoadResult.Failure(problems, filePath);
    }

    /// <summary>Later sources replace earlier values key by key; a list given in a later source replaces the whole list.</summary>
    private static IEnumerable<SettingEntry> Merge(params IReadOnlyList<SettingEntry>[] sources)
    {
        var merged = new OrderedDictionary<string, SettingEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            var lists = source
                .Select(entry => SettingSchema.ListPrefixLength(entry.Segments) is var length and > 0 ? string.Join(':', entry.Segments.Take(length)) : null)
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            foreach (var list in lists)
            {
                var replaced = merged.Keys
                    .Where(key => key.Equals(list, StringComparison.OrdinalIgnoreCase) || key.StartsWith(list + ":", StringComparison.OrdinalIgnoreCase))
                    .ToList();
                foreach (var key in replaced)
                {
                    merged.Remove(key);
                }
            }
            foreach (var entry in source)
            {
                merged[entry.Key] = entry;
            }
        }
        return merged.Values;
    }

    private static string Display(string fullPath, string workspace)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(workspace), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
