using System.Globalization;
using Ecosystem.Actions.Wiring;
using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>
/// Loads the configuration once at start into one <see cref="IConfiguration"/>: the YAML file, then <c>ECOSYSTEM_</c>
/// environment variables, then <c>key.path=value</c> overrides, each replacing the one before; then checks every key
/// against <see cref="ConfigurationSchema"/> and binds it onto the defaults (<see cref="EcosystemOptions"/>) in the
/// same walk, collecting every problem with its key path.
/// </summary>
public static class EcosystemConfiguration
{
    public const string DefaultPath = ".github/ecosystem.yml";
    private const string EnvironmentPrefix = "ECOSYSTEM_";

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
        var file = new Source(new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), IsText: false);
        if (File.Exists(fullPath))
        {
            filePath = fullPath;
            try
            {
                file = file with { Values = YamlSettings.Read(File.ReadAllText(fullPath), display, problems) };
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

        Source[] sources = [file, FromEnvironment(environment), FromOverrides(overrides, problems)];
        var builder = new ConfigurationBuilder();
        foreach (var source in sources)
        {
            builder.AddInMemoryCollection(source.Values);
        }
        var binding = new Binding(builder.Build(), sources, problems);
        binding.Walk("", binding.Configuration.GetChildren());
        var options = binding.Options;
        CheckBetweenKeys(options, binding.HasFailed, problems);

        return problems.Count == 0
            ? ConfigurationLoadResult.Success(options, filePath)
            : ConfigurationLoadResult.Failure(problems, filePath);
    }

    /// <summary>Variables named <c>ECOSYSTEM_SECTION__KEY</c>; within a known key, <c>_</c> may stand for <c>-</c>.</summary>
    private static Source FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        var source = new Source(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), IsText: true);
        foreach (var (name, value) in environment.Where(pair => pair.Key.Length > EnvironmentPrefix.Length
            && pair.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var key = "";
            foreach (var segment in name[EnvironmentPrefix.Length..].Split("__"))
            {
                var known = ConfigurationSchema.KeysUnder(key.Replace(':', '.'))
                    .FirstOrDefault(k => k.Equals(segment.Replace('_', '-'), StringComparison.OrdinalIgnoreCase));
                key = key.Length == 0 ? known ?? segment : $"{key}:{known ?? segment}";
            }
            source.Add(key, value, $"environment variable `{name}`");
        }
        return source;
    }

    /// <summary>Overrides such as <c>sessions.batch.max=12</c>; <c>--sessions.batch.max=12</c> is accepted too, as
    /// command lines are often written that way.</summary>
    private static Source FromOverrides(IReadOnlyList<string> overrides, ICollection<ConfigurationProblem> problems)
    {
        var source = new Source(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), IsText: true);
        foreach (var item in overrides)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var path = equals > 0 ? item[..equals].Trim().TrimStart('-') : "";
            if (path.Length == 0 || path.Contains(':', StringComparison.Ordinal))
            {
                problems.Add(new("", $"override `{item}` is not of the form key.path=value (for example sessions.batch.max=12)."));
                continue;
            }
            source.Add(path.Replace('.', ':'), item[(equals + 1)..], $"override `{item}`");
        }
        return source;
    }

    /// <summary>Rules between keys; a key that already had a problem is left out.</summary>
    private static void CheckBetweenKeys(EcosystemOptions options, Func<string, bool> hasFailed, List<ConfigurationProblem> problems)
    {
        bool Fine(params string[] paths) => !paths.Any(hasFailed);
        void Require(bool ok, string path, string message)
        {
            if (!ok)
            {
                problems.Add(new(path, message));
            }
        }

        var (batch, sessions, voting, board, housekeeping) = (options.Sessions.Batch, options.Sessions, options.Voting, options.Board, options.Housekeeping);
        if (Fine("sessions.batch.max") && batch.Max < 1)
        {
            problems.Add(new("sessions.batch.max", $"sessions.batch.max ({batch.Max}) must be at least 1"));
        }
        else if (Fine("sessions.batch.min", "sessions.batch.max"))
        {
            Require(batch.Max >= batch.Min, "sessions.batch.max", $"sessions.batch.max ({batch.Max}) is below sessions.batch.min ({batch.Min})");
        }
        // GitHub assigns an issue to at most 10 people.
        Require(!Fine("sessions.reviewers-per-application") || sessions.ReviewersPerApplication <= 10, "sessions.reviewers-per-application",
            $"sessions.reviewers-per-application ({sessions.ReviewersPerApplication}) is more than the 10 assignees GitHub allows on an issue");
        Require(!Fine("voting.quorum", "voting.majority-of") || voting.Quorum == 0 || voting.MajorityOf != Domain.Voting.MajorityBasis.Members, "voting.quorum",
            $"voting.quorum ({voting.Quorum}) applies only with voting.majority-of `votes-cast`; with `members` every member counts already. Remove the quorum or change majority-of.");
        if (Fine("board.owner", "board.number"))
        {
            Require(board.IsEnabled || board.Number == 0, "board.owner",
                $"board.owner is empty but board.number is {board.Number}; set the organisation or user that owns the project, or remove the board");
            Require(!board.IsEnabled || board.Number > 0, "board.number", $"board.number ({board.Number}) must be the project's number (1 or more) when board.owner is set");
            foreach (var (key, value) in new[] { ("board.status-field", board.StatusField), ("board.columns.backlog", board.Columns.Backlog),
                ("board.columns.in-progress", board.Columns.InProgress), ("board.columns.done", board.Columns.Done) })
            {
                Require(!board.IsEnabled || value.Trim().Length > 0, key, $"is empty; a board needs it (board.owner is `{board.Owner}`)");
            }
        }
        var labels = options.Labels;
        // GitHub compares label names without regard to case.
        var shared = new[]
            {
                ("labels.new", labels.New), ("labels.in-review", labels.InReview), ("labels.voting", labels.Voting), ("labels.waiting", labels.Waiting),
                ("labels.returning", labels.Returning), ("labels.accepted", labels.Accepted), ("labels.declined", labels.Declined),
                ("labels.too-early", labels.TooEarly), ("labels.community-highlight", labels.CommunityHighlight),
                ("labels.community-highlight-done", labels.CommunityHighlightDone), ("labels.periodic-review", labels.PeriodicReview),
            }
            .Where(role => Fine(role.Item1))
            .GroupBy(role => role.Item2, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1);
        foreach (var group in shared)
        {
            var paths = group.Select(role => role.Item1).ToList();
            problems.Add(new(paths[0], $"{string.Join(" and ", paths)} are all `{group.Key}`; each role needs its own label"));
        }
        Require(!Fine("housekeeping.remind-after-days", "housekeeping.close-after-days") || housekeeping.RemindAfterDays == 0
            || housekeeping.CloseAfterDays == 0 || housekeeping.CloseAfterDays > housekeeping.RemindAfterDays, "housekeeping.close-after-days",
            $"housekeeping.close-after-days ({housekeeping.CloseAfterDays}) must be later than housekeeping.remind-after-days ({housekeeping.RemindAfterDays}), or 0 to never close");
        if (Fine("sessions.time-zone", "sessions.recurrence", "sessions.dates", "sessions.skip"))
        {
            // The calendar's rules between its keys (a skipped date that is also a session date).
            problems.AddRange(DomainRules.Calendar(options).Validate().Select(ConfigurationProblem.Parse));
        }
    }

    private static string Display(string fullPath, string workspace)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(workspace), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>One layer's values, and for each the words naming where it came from (none for the file); in a layer
    /// that <c>IsText</c> (environment, overrides) a list may come as comma-separated text.</summary>
    private sealed record Source(Dictionary<string, string?> Values, Dictionary<string, string> Origins, bool IsText)
    {
        public void Add(string key, string? value, string origin)
        {
            Values[key] = value ?? "";
            Origins[key] = origin;
        }

        /// <summary>Whether this layer gives the key or anything under it.</summary>
        public bool Gives(string key) => Values.Keys.Any(k => k.Equals(key, StringComparison.OrdinalIgnoreCase) || k.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));

        public string From(string key) =>
            Origins.FirstOrDefault(o => o.Key.Equals(key, StringComparison.OrdinalIgnoreCase) || o.Key.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)).Value is { } origin
                ? $" (from {origin})" : "";
    }

    /// <summary>One walk over the layered configuration: every key checked, every good value bound.</summary>
    private sealed class Binding(IConfigurationRoot configuration, IReadOnlyList<Source> sources, List<ConfigurationProblem> problems)
    {
        private readonly HashSet<string> _failed = new(StringComparer.OrdinalIgnoreCase);

        public IConfigurationRoot Configuration { get; } = configuration;

        public EcosystemOptions Options { get; } = new();

        public bool HasFailed(string path) => _failed.Contains(path);

        public void Walk(string section, IEnumerable<IConfigurationSection> children)
        {
            foreach (var child in children)
            {
                var path = section.Length == 0 ? child.Key : $"{section}.{child.Key}";
                var keys = ConfigurationSchema.KeysUnder(section);
                var known = keys.FirstOrDefault(key => key.Equals(child.Key, StringComparison.OrdinalIgnoreCase));
                if (known is null && section.Length > 0 && int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    Fail(section, $"is a section with the keys {string.Join(", ", keys)}; it cannot be a list", section);
                    return;
                }
                if (known is null)
                {
                    var suggestion = KeySuggestion.Closest(child.Key, keys);
                    var hint = suggestion is null
                        ? $"known keys{(section.Length == 0 ? "" : $" of {section}")}: {string.Join(", ", keys)}"
                        : $"did you mean `{(section.Length == 0 ? suggestion : $"{section}.{suggestion}")}`?";
                    problems.Add(new(path, $"unknown key `{path}` ({hint}){Origin(path)}"));
                    continue;
                }
                path = section.Length == 0 ? known : $"{section}.{known}";
                if (ConfigurationSchema.Find(path) is { } setting)
                {
                    Bind(setting, child);
                }
                else if (!string.IsNullOrWhiteSpace(child.Value))
                {
                    Fail(path, $"is a section with the keys {string.Join(", ", ConfigurationSchema.KeysUnder(path))}; it cannot hold the value `{child.Value}`", path);
                }
                else
                {
                    Walk(path, child.GetChildren());
                }
            }
        }

        private void Bind(Setting setting, IConfigurationSection section)
        {
            var path = setting.Path;
            var children = section.GetChildren().ToList();
            if (setting.List is { } bindList)
            {
                // A list given by a later layer replaces the whole list: its items come from that layer alone.
                var layer = sources.Last(source => source.Gives(path.Replace('.', ':')));
                var prefix = path.Replace('.', ':');
                var items = new List<string>();
                var whole = layer.Values.FirstOrDefault(pair => pair.Key.Equals(prefix, StringComparison.OrdinalIgnoreCase)).Value;
                if (!string.IsNullOrWhiteSpace(whole) && !layer.IsText)
                {
                    Fail(path, $"a list is expected, but `{whole}` is a single value; write [{whole}] or one `- item` per line", path);
                    return;
                }
                if (!string.IsNullOrWhiteSpace(whole))
                {
                    items.AddRange(setting.ItemsMayHaveCommas ? [whole] : whole.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                }
                var indexed = layer.Values.Keys
                    .Where(key => key.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase))
                    .Select(key => key[(prefix.Length + 1)..].Split(':'))
                    .GroupBy(rest => rest[0], StringComparer.OrdinalIgnoreCase)
                    .Select(group => (Index: int.TryParse(group.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1, group.Key, Nested: group.Any(rest => rest.Length > 1)))
                    .OrderBy(item => item.Index);
                foreach (var (index, key, nested) in indexed)
                {
                    if (index < 0 || nested)
                    {
                        Fail(path, index < 0 ? $"a list is expected, but it has the key `{key}`" : $"item {index + 1} is a mapping or a list; each item must be a single value", path, layer.From(prefix));
                        return;
                    }
                    items.Add(layer.Values[$"{prefix}:{key}"] ?? "");
                }
                var values = items.Select(item => item.Trim()).ToList();
                var good = true;
                for (var i = 0; i < values.Count; i++)
                {
                    good &= Check(setting, $"{path}[{i}]", values[i], layer.From(prefix));
                }
                if (good)
                {
                    bindList(Options, values);
                }
            }
            else if (setting.Entry is { } bindEntry)
            {
                if (!string.IsNullOrWhiteSpace(section.Value))
                {
                    Fail(path, $"name: value pairs are expected, but `{section.Value}` is a single value", path);
                }
                foreach (var entry in children)
                {
                    // Entry names are not case-sensitive, like keys: `PYPI` from an environment variable is the default `pypi`.
                    var name = entry.Key.ToLowerInvariant();
                    var origin = Origin($"{path}.{entry.Key}");
                    if (entry.GetChildren().Any())
                    {
                        Fail(path, $"`{entry.Key}` must be given a single value, not a mapping or a list", path, origin);
                    }
                    else if (Check(setting, $"{path}.{name}", entry.Value?.Trim() ?? "", origin))
                    {
                        bindEntry(Options, name, entry.Value?.Trim() ?? "");
                    }
                }
            }
            else if (children.Count > 0)
            {
                Fail(path, $"is a single value, but keys were given under it (`{children[0].Key}`)", path);
            }
            else if (Check(setting, path, section.Value?.Trim() ?? "", Origin(path)) && setting.Value is { } bindValue)
            {
                bindValue(Options, section.Value?.Trim() ?? "");
            }
        }

        private bool Check(Setting setting, string displayPath, string value, string origin)
        {
            if (setting.Check(value) is not { } problem)
            {
                return true;
            }
            Fail(displayPath, problem, setting.Path, origin);
            return false;
        }

        private void Fail(string displayPath, string message, string settingPath, string? origin = null)
        {
            _failed.Add(settingPath);
            problems.Add(new(displayPath, message + (origin ?? Origin(displayPath))));
        }

        /// <summary>The layer that gives the value at a dotted path, named (empty for the file).</summary>
        private string Origin(string path)
        {
            var key = path.Replace('.', ':');
            return sources.LastOrDefault(source => source.Gives(key))?.From(key) ?? "";
        }
    }
}
