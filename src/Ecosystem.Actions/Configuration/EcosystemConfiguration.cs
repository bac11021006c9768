using System.Globalization;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain;
using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>
/// Loads the configuration once at start into one <see cref="IConfiguration"/>: the YAML file, then <c>ECOSYSTEM_</c>
/// environment variables, then <c>key.path=value</c> overrides, each replacing the one before; then checks every key
/// against <see cref="ConfigurationSchema"/> and binds it straight into the domain's rules (<see cref="EcosystemOptions"/>)
/// in the same walk, collecting every problem with its key path. On this path, loops, not LINQ, wherever tuples or
/// key-value pairs are made or read: .NET cannot precompile the generic code LINQ instantiates for them, so each such
/// query would be compiled at every start (README, Benchmarks).
/// </summary>
public static class EcosystemConfiguration
{
    public const string DefaultPath = ".github/ecosystem.yml";
    private const string EnvironmentPrefix = "ECOSYSTEM_";

    /// <param name="path">The configuration file, relative to <paramref name="workspace"/> or absolute; null or empty for <see cref="DefaultPath"/>,
    /// which may be missing (defaults apply) even when named, as the <c>config</c> input's default is in every run; another file must exist.</param>
    /// <param name="environment">Environment variables; only those named <c>ECOSYSTEM_…</c> are read.</param>
    /// <param name="overrides">Dotted key paths with values, such as <c>sessions.batch.max=12</c>.</param>
    /// <param name="workspace">The repository checkout.</param>
    public static ConfigurationLoadResult Load(string? path, IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> overrides, string workspace)
    {
        var problems = new List<ConfigurationProblem>();
        var root = Path.GetFullPath(workspace);
        var fullPath = Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? DefaultPath : path, root);
        var relative = Path.GetRelativePath(root, fullPath);
        var outside = Path.IsPathRooted(relative) || relative.Split(Path.DirectorySeparatorChar)[0] == "..";
        var display = outside ? fullPath : relative.Replace(Path.DirectorySeparatorChar, '/');
        var file = NamedFile.Read(fullPath);
        // Nothing at the default path: the defaults apply, also when the config input names it (its default is in every run).
        var withoutFile = file.IsMissing && display == DefaultPath;
        var keys = new Dictionary<string, YamlDotNet.RepresentationModel.YamlNode>(StringComparer.OrdinalIgnoreCase);
        var values = file.Text is { } text ? YamlSettings.Read(text, display, problems, keys) : new(StringComparer.OrdinalIgnoreCase);
        if (file.Text is null && !withoutFile)
        {
            problems.Add(new("", $"the configuration file {display} {file.Problem}"));
        }

        // Where each value not from the file came from; the lists a source gave, which drop the earlier source's whole.
        var (origins, replaced) = (new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), new HashSet<string>());
        void Set(string key, string? value, string origin)
        {
            if (ConfigurationSchema.All.FirstOrDefault(s => s.List is not null && Under(key, s.Path)) is { } list && replaced.Add(list.Path))
            {
                foreach (var earlier in values.Keys.Where(k => Under(k, list.Path)).ToList())
                {
                    values.Remove(earlier);
                    origins.Remove(earlier);
                }
            }
            (values[key], origins[key]) = (value ?? "", origin);
        }

        foreach (var name in environment.Keys.Where(name => name.Length > EnvironmentPrefix.Length
            && name.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            Set(FromEnvironmentName(name[EnvironmentPrefix.Length..]), environment[name], $"environment variable `{name}`");
        }
        replaced.Clear();
        foreach (var item in overrides)
        {
            // `--sessions.batch.max=12` is accepted too, as command lines are often written that way.
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? item[..equals].Trim().TrimStart('-') : "";
            if (key.Length == 0 || key.Contains(':', StringComparison.Ordinal))
            {
                problems.Add(new("", $"override `{item}` is not of the form key.path=value (for example sessions.batch.max=12)."));
            }
            else
            {
                Set(key.Replace('.', ':'), item[(equals + 1)..], $"override `{item}`");
            }
        }

        var binding = new Binding(origins, problems);
        binding.Walk("", new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetChildren());
        var (options, columns) = (binding.Options, binding.Options.Board.Columns);
        foreach (var problem in ConfigurationRules.Check(
            options.Scheduling, options.Tally, options.Guardians, options.Board, options.Calendar, options.Intake))
        {
            // A key that could not be read kept its default, which no rule should judge.
            if (!binding.HasFailed(problem.KeyPath) && !Array.Exists(problem.Reads, binding.HasFailed))
            {
                problems.Add(problem);
            }
        }
        if (options.Board.IsEnabled)
        {
            // Known only now: whether a board was given at all, by the file, a variable or an override.
            (options.Intake, options.Scheduling) = (options.Intake with { Columns = columns }, options.Scheduling with { Columns = columns });
            (options.Tally, options.Guardians) = (options.Tally with { Columns = columns }, options.Guardians with { Columns = columns });
        }
        for (var index = 0; index < problems.Count; index++)
        {
            // The key's place in the file its value is from, wherever it lies (sessions.dates[1]: sessions:dates:1), else a key its rule reads.
            var key = problems[index].Reads.Prepend(problems[index].KeyPath)
                .Select(k => k.Replace('.', ':').Replace('[', ':').Replace("]", "", StringComparison.Ordinal))
                .FirstOrDefault(k => keys.ContainsKey(k) && !origins.Keys.Any(origin => Under(k, origin.Replace(':', '.'))));
            problems[index] = key is null ? problems[index]
                : problems[index] with { Line = (int)keys[key].Start.Line, Column = (int)keys[key].Start.Column };
        }
        return new(problems.Count == 0 ? options : null, problems, display, withoutFile);
    }

    /// <summary>A variable's key path; within a known key, <c>_</c> may stand for <c>-</c> (shells cannot set hyphens).</summary>
    private static string FromEnvironmentName(string name)
    {
        var key = "";
        foreach (var segment in name.Split("__"))
        {
            var known = ConfigurationSchema.KeysUnder(key.Replace(':', '.')).FirstOrDefault(k => k.Equals(segment.Replace('_', '-'), StringComparison.OrdinalIgnoreCase));
            key = key.Length == 0 ? known ?? segment : $"{key}:{known ?? segment}";
        }
        return key;
    }

    /// <summary>The known key a mistyped one was probably meant to be: the nearest within 1 edit (2 for a key longer than 4
    /// characters), by Levenshtein distance with <c>_</c> and <c>-</c> counted as the same character; the first of equals.</summary>
    private static string? ClosestKey(string key, IReadOnlyList<string> known)
    {
        var (closest, nearest, typed) = ((string?)null, key.Length <= 4 ? 2 : 3, key.ToUpperInvariant().Replace('_', '-'));
        foreach (var candidate in known)
        {
            var other = candidate.ToUpperInvariant().Replace('_', '-');
            // One row of the distance table, filled row by row: row[j] is the distance from the typed key so far to other[..j].
            var row = Enumerable.Range(0, other.Length + 1).ToArray();
            for (var i = 1; i <= typed.Length; i++)
            {
                var diagonal = row[0]++;
                for (var j = 1; j <= other.Length; j++)
                {
                    (diagonal, row[j]) = (row[j], Math.Min(Math.Min(row[j - 1], row[j]) + 1, diagonal + (typed[i - 1] == other[j - 1] ? 0 : 1)));
                }
            }
            (closest, nearest) = row[^1] < nearest ? (candidate, row[^1]) : (closest, nearest);
        }
        return closest;
    }

    /// <summary>Whether a configuration key (<c>a:b</c>) is the one at a dotted path (<c>a.b</c>) or under it.</summary>
    private static bool Under(string key, string path) => key.Replace(':', '.') is var dotted
        && (dotted.Equals(path, StringComparison.OrdinalIgnoreCase) || dotted.StartsWith(path + ".", StringComparison.OrdinalIgnoreCase));

    /// <summary>One walk over the layered configuration: every key checked, every good value bound.</summary>
    private sealed class Binding(Dictionary<string, string> origins, List<ConfigurationProblem> problems)
    {
        private readonly HashSet<string> _failed = new(StringComparer.OrdinalIgnoreCase);

        public EcosystemOptions Options { get; } = new();

        public bool HasFailed(string path) => _failed.Contains(path);

        public void Walk(string section, IEnumerable<IConfigurationSection> children)
        {
            var keys = ConfigurationSchema.KeysUnder(section);
            foreach (var child in children)
            {
                var known = keys.FirstOrDefault(key => key.Equals(child.Key, StringComparison.OrdinalIgnoreCase));
                var path = Join(section, known ?? child.Key);
                if (known is null && section.Length > 0 && int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    Fail(section, $"is a section with the keys {string.Join(", ", keys)}; it cannot be a list");
                    return;
                }
                if (known is null)
                {
                    // YAML's merge key (`<<: *defaults`) is a key like any other to the reader: say so rather than list the keys.
                    var hint = child.Key == "<<" ? "YAML merge keys are not read: write the section's keys out"
                        : ClosestKey(child.Key, keys) is { } suggestion ? $"did you mean `{Join(section, suggestion)}`?"
                        : $"known keys{(section.Length == 0 ? "" : $" of {section}")}: {string.Join(", ", keys)}";
                    problems.Add(new(path, $"unknown key `{path}` ({hint}){Origin(path)}"));
                }
                else if (ConfigurationSchema.Find(path) is { } setting)
                {
                    Bind(setting, child, [.. child.GetChildren()]);
                }
                else if (child.Value is { } value)
                {
                    var cannot = value.Trim().Length == 0 ? "be [] or \"\": write its keys under it, or leave it out" : $"hold the value `{value}`";
                    Fail(path, $"is a section with the keys {string.Join(", ", ConfigurationSchema.KeysUnder(path))}; it cannot {cannot}");
                }
                else
                {
                    Walk(path, child.GetChildren());
                }
            }
        }

        private void Bind(Setting setting, IConfigurationSection section, List<IConfigurationSection> children)
        {
            var (path, text) = (setting.Path, section.Value?.Trim() ?? "");
            if (setting.List is { } bindList)
            {
                // A list may come as comma-separated text from the environment or an override, not from the file.
                var fromText = text.Length > 0 && origins.ContainsKey(section.Path);
                if ((text.Length > 0 || section.Value is null && children.Count == 0) && !fromText)
                {
                    Fail(path, text.Length == 0 ? "has no items; write [] for none, one `- item` per line, or leave the key out"
                        : $"a list is expected, but `{text}` is a single value; write [{text}] or one `- item` per line");
                    return;
                }
                if (children.FirstOrDefault(item => !int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _) || item.GetChildren().Any()) is { } bad)
                {
                    Fail(path, int.TryParse(bad.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                        ? $"item {index + 1} is a mapping or a list; each item must be a single value"
                        : $"a list is expected, but it has the key `{bad.Key}`");
                    return;
                }
                List<string> items = fromText
                    ? [.. setting.ItemsMayHaveCommas ? [text] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
                    : [.. children.Select(item => item.Value?.Trim() ?? "")];
                var itemProblems = bindList(Options, items);
                for (var index = 0; index < items.Count; index++)
                {
                    Fail(path, itemProblems[index], displayPath: $"{path}[{index}]");
                }
            }
            else if (setting.Entry is { } bindEntry)
            {
                Fail(path, text.Length > 0 ? $"name: value pairs are expected, but `{text}` is a single value"
                    : children.Count == 0 ? "has no entries; write name: value pairs (an empty URL turns an index off), or leave the key out"
                    : children[0].Key.All(char.IsAsciiDigit) ? "name: value pairs are expected, but a list was given" : null);
                foreach (var entry in HasFailed(path) ? [] : children)
                {
                    // Entry names are not case-sensitive, like keys: `PYPI` from an environment variable is the default `pypi`.
                    var (name, single) = (entry.Key.ToLowerInvariant(), !entry.GetChildren().Any());
                    Fail(path, single ? bindEntry(Options, name, entry.Value?.Trim() ?? "") : $"`{entry.Key}` must be given a single value, not a mapping or a list",
                        Origin($"{path}.{entry.Key}"), single ? $"{path}.{name}" : path);
                }
            }
            else if (children.Count > 0)
            {
                Fail(path, children[0].Key.All(char.IsAsciiDigit) ? "a single value is expected, but a list was given; write it without [ ] or `- `"
                    : $"is a single value, but keys were given under it (`{children[0].Key}`)");
            }
            else if (setting.Value is { } bindValue)
            {
                Fail(path, bindValue(Options, text));
            }
        }

        private void Fail(string path, string? message, string? origin = null, string? displayPath = null)
        {
            if (message is null)
            {
                return;
            }
            _failed.Add(path);
            problems.Add(new(displayPath ?? path, message + (origin ?? Origin(path))));
        }

        /// <summary>Where the value at a dotted path (or the first under it) came from, in words; empty for the file.</summary>
        private string Origin(string path) =>
            origins.FirstOrDefault(origin => Under(origin.Key, path)).Value is { } origin ? $" (from {origin})" : "";

        private static string Join(string section, string key) => section.Length == 0 ? key : $"{section}.{key}";
    }
}
