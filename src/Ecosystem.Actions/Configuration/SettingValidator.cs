using System.Globalization;
using System.Numerics;
using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>
/// Checks merged values against the schema (known keys, shapes, value rules), collecting every problem,
/// and binds the values that passed onto defaults.
/// </summary>
internal sealed class SettingValidator
{
    private readonly ICollection<ConfigurationProblem> _problems;
    private readonly HashSet<string> _failedPaths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknownPaths = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _listsGiven = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _bindable = new(StringComparer.OrdinalIgnoreCase);

    public SettingValidator(ICollection<ConfigurationProblem> problems) => _problems = problems;

    /// <summary>Whether the key at this dotted path had a problem (its default was kept).</summary>
    public bool HasFailed(string path) => _failedPaths.Contains(path);

    public void Check(IEnumerable<SettingEntry> entries)
    {
        foreach (var entry in entries)
        {
            Check(entry);
        }
    }

    public EcosystemOptions Bind()
    {
        var options = new EcosystemOptions();
        // The binder appends to a list that already holds defaults; a list that was given replaces them.
        foreach (var path in _listsGiven)
        {
            Replace(options, path, (_, type) => Array.CreateInstance(type.GetGenericArguments()[0], 0));
        }
        new ConfigurationBuilder().AddInMemoryCollection(_bindable).Build().Bind(options);
        // The binder copies a map into a dictionary that compares names case-sensitively; give it back its comparer.
        foreach (var map in Maps(SettingSchema.Root))
        {
            Replace(options, map.Path, (bound, _) => new Dictionary<string, string>((IReadOnlyDictionary<string, string>)bound!, StringComparer.OrdinalIgnoreCase));
        }
        return options;
    }

    private static IEnumerable<Setting> Maps(Setting setting) =>
        setting.Kind == SettingKind.TextMap ? [setting] : setting.Children.SelectMany(Maps);

    private void Check(SettingEntry entry)
    {
        var setting = SettingSchema.Root;
        var segments = entry.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var isLast = i == segments.Count - 1;
            switch (setting.Kind)
            {
                case SettingKind.Section:
                    var child = setting.Child(segment);
                    if (child is null && setting.Path.Length > 0 && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    {
                        if (_unknownPaths.Add(setting.Path))
                        {
                            Fail(setting.Path, $"is a section with the keys {Keys(setting)}; it cannot be a list", entry);
                        }
                        return;
                    }
                    if (child is null)
                    {
                        UnknownKey(setting, segment, entry);
                        return;
                    }
                    setting = child;
                    break;
                case SettingKind.TextList or SettingKind.DateList:
                    _listsGiven.Add(setting.Path);
                    if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        Fail(setting.Path, $"a list is expected, but it has the key `{segment}`", entry);
                    }
                    else if (!isLast)
                    {
                        Fail(setting.Path, $"item {index + 1} is a mapping or a list; each item must be a single value", entry);
                    }
                    else
                    {
                        CheckValue(setting, $"{setting.Path}[{index}]", $"{BindKey(setting)}:{index}", entry.Value, entry);
                    }
                    return;
                case SettingKind.TextMap:
                    // Entry names are not case-sensitive, like keys: `PYPI` from an environment variable is the
                    // default `pypi`, not a second entry beside it.
                    var name = segment.ToLowerInvariant();
                    if (isLast)
                    {
                        CheckValue(setting, $"{setting.Path}.{name}", $"{BindKey(setting)}:{name}", entry.Value, entry);
                    }
                    else
                    {
                        Fail(setting.Path, $"`{segment}` must be given a single value, not a mapping or a list", entry);
                    }
                    return;
                default:
                    Fail(setting.Path, $"is a single value, but keys were given under it (`{segment}`)", entry);
                    return;
            }
        }
        CheckEnd(setting, entry);
    }

    private void CheckEnd(Setting setting, SettingEntry entry)
    {
        var value = entry.Value;
        switch (setting.Kind)
        {
            case SettingKind.Section when !string.IsNullOrWhiteSpace(value):
                Fail(setting.Path, $"is a section with the keys {Keys(setting)}; it cannot hold the value `{value}`", entry);
                break;
            case SettingKind.Section:
                break;
            case SettingKind.TextList or SettingKind.DateList:
                _listsGiven.Add(setting.Path);
                if (entry.IsEmptyList || string.IsNullOrWhiteSpace(value))
                {
                    break;
                }
                if (entry.Origin is null)
                {
                    Fail(setting.Path, $"a list is expected, but `{value}` is a single value; write [{value}] or one `- item` per line", entry);
                    break;
                }
                string[] items = ValueRules.MayContainCommas(setting.Path)
                    ? [value]
                    : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                for (var index = 0; index < items.Length; index++)
                {
                    CheckValue(setting, $"{setting.Path}[{index}]", $"{BindKey(setting)}:{index}", items[index], entry);
                }
                break;
            case SettingKind.TextMap when !string.IsNullOrWhiteSpace(value):
                Fail(setting.Path, $"name: value pairs are expected, but `{value}` is a single value", entry);
                break;
            case SettingKind.TextMap:
                break;
            default:
                CheckValue(setting, setting.Path, BindKey(setting), value, entry);
                break;
        }
    }

    private void CheckValue(Setting setting, string displayPath, string bindKey, string? value, SettingEntry entry)
    {
        var text = value?.Trim() ?? "";
        var (problem, bound) = setting.Kind switch
        {
            SettingKind.WholeNumber => WholeNumber(text),
            SettingKind.Flag => bool.TryParse(text, out _)
                ? (null, text)
                : (text.Length == 0 ? "has no value; write true or false, or leave the key out" : $"`{text}` is not true or false", null),
            SettingKind.Choice => Choice(setting, text),
            SettingKind.Date or SettingKind.DateList => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? (null, text)
                : ($"`{text}` is not a date of the form YYYY-MM-DD", null),
            _ => (ValueRules.Check(setting.Path, text), text),
        };
        if (problem is not null)
        {
            Fail(displayPath, problem, entry, setting.Path);
            return;
        }
        _bindable[bindKey] = bound;
    }

    private static (string?, string?) WholeNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number < 0 ? ($"`{text}` is negative; use 0 or more", null) : (null, text);
        }
        if (text.Length == 0)
        {
            return ("has no value; write a whole number, or leave the key out", null);
        }
        return BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? ($"`{text}` is too large", null)
            : ($"`{text}` is not a whole number", null);
    }

    private static (string?, string?) Choice(Setting setting, string text)
    {
        var choices = setting.Choices;
        return choices.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? (null, text.Replace("-", "", StringComparison.Ordinal))
            : ($"`{text}` is not one of {string.Join(", ", choices.Select(choice => $"`{choice}`"))}", null);
    }

    private void UnknownKey(Setting section, string key, SettingEntry entry)
    {
        var path = section.Path.Length == 0 ? key : $"{section.Path}.{key}";
        if (!_unknownPaths.Add(path))
        {
            return;
        }
        var known = section.Children.Select(child => child.Key).ToList();
        var suggestion = KeySuggestion.Closest(key, known);
        var hint = suggestion is null
            ? $"known keys{(section.Path.Length == 0 ? "" : $" of {section.Path}")}: {string.Join(", ", known)}"
            : $"did you mean `{(section.Path.Length == 0 ? suggestion : $"{section.Path}.{suggestion}")}`?";
        _problems.Add(new(path, $"unknown key `{path}` ({hint}){From(entry)}"));
    }

    private void Fail(string displayPath, string message, SettingEntry entry, string? settingPath = null)
    {
        _failedPaths.Add(settingPath ?? displayPath);
        _problems.Add(new(displayPath, message + From(entry)));
    }

    private static string Keys(Setting section) => string.Join(", ", section.Children.Select(child => child.Key));

    private static string BindKey(Setting setting) => setting.Path.Replace('.', ':');

    private static string From(SettingEntry entry) => entry.Origin is null ? "" : $" (from {entry.Origin})";

    /// <summary>Sets the option property at a dotted path to a value made from its current value and type.</summary>
    private static void Replace(EcosystemOptions options, string path, Func<object?, Type, object> value)
    {
        object parent = options;
        var setting = SettingSchema.Root;
        var keys = path.Split('.');
        for (var i = 0; i < keys.Length - 1; i++)
        {
            setting = setting.Child(keys[i])!;
            parent = setting.Property!.GetValue(parent)!;
        }
        var property = setting.Child(keys[^1])!.Property!;
        property.SetValue(parent, value(property.GetValue(parent), property.PropertyType));
    }
}
