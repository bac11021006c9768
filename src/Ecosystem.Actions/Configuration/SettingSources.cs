using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ecosystem.Actions.Configuration;

/// <summary>Reads each configuration source into flat <see cref="SettingEntry"/> values.</summary>
internal static class SettingSources
{
    public const string EnvironmentPrefix = "ECOSYSTEM_";

    /// <summary>The YAML file, through NetEscapades.Configuration.Yaml once YamlDotNet has found it well formed.</summary>
    public static IReadOnlyList<SettingEntry> ReadYaml(string yaml, string displayPath, ICollection<ConfigurationProblem> problems)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            problems.Add(new("", $"{displayPath} is not valid YAML: line {e.Start.Line}, column {e.Start.Column}: {e.Message.TrimEnd('.')}."));
            return [];
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way, without a position, on some unclosed flow collections (and, found by
            // fuzzing, with an ArgumentException on some malformed event sequences).
            var (near, error) = FirstScannerError(yaml);
            problems.Add(new("", error is null
                ? $"{displayPath} is not valid YAML: near line {near.Line}, column {near.Column}, a bracket, brace or quote is probably not closed."
                : $"{displayPath} is not valid YAML: line {near.Line}, column {near.Column}: {error.TrimEnd('.')}."));
            return [];
        }

        switch (stream.Documents.Count)
        {
            case 0:
                return [];
            case > 1:
                problems.Add(new("", $"{displayPath} holds {stream.Documents.Count} YAML documents (separated by ---); keep one."));
                return [];
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        if (root is not YamlMappingNode)
        {
            problems.Add(new("", $"{displayPath} must hold sections such as `labels:` and `sessions:` at the top level, but line {root.Start.Line} starts {(root is YamlSequenceNode ? "a list" : "plain text")}."));
            return [];
        }

        // Keys are names: a list or mapping used as a key (`? [a]: b`, found by fuzzing) would crash the binder.
        if (ComplexKey(root) is { } key)
        {
            problems.Add(new("", $"{displayPath} is not usable: line {key.Start.Line}, column {key.Start.Column} uses a {(key is YamlSequenceNode ? "list" : "mapping")} as a key; keys are plain names such as `lead-days`."));
            return [];
        }

        IConfigurationRoot configuration;
        try
        {
            using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(yaml));
            configuration = new ConfigurationBuilder().AddYamlStream(bytes).Build();
        }
        catch (FormatException e)
        {
            problems.Add(new("", $"{displayPath} is not valid YAML: {e.InnerException?.Message ?? e.Message}"));
            return [];
        }

        var document = DocumentOrder(root);
        var entries = configuration.AsEnumerable()
            .Where(pair => !configuration.GetSection(pair.Key).GetChildren().Any())
            .Select(pair => new SettingEntry(pair.Key.Split(':'), pair.Value))
            .Concat(document.EmptyLists)
            .OrderBy(entry => document.Order.GetValueOrDefault(entry.Key, int.MaxValue));
        return [.. entries];
    }

    private static YamlNode? ComplexKey(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children
            .Select(pair => pair.Key is YamlScalarNode ? ComplexKey(pair.Value) : pair.Key)
            .FirstOrDefault(found => found is not null),
        YamlSequenceNode sequence => sequence.Children.Select(ComplexKey).FirstOrDefault(found => found is not null),
        _ => null,
    };

    /// <summary>
    /// Where the scanner gives up: its first error token and message, or else the last token it could read. The
    /// scanner repeats an error token forever once it has hit one (found by fuzzing: a 2.8 kB file hung the loader), so
    /// the walk stops there, and is bounded by the text's length in any case.
    /// </summary>
    private static (Mark Position, string? Error) FirstScannerError(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var last = Mark.Empty;
        try
        {
            for (var tokens = 0L; tokens <= 2L * yaml.Length + 16 && scanner.MoveNext(); tokens++)
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Error error)
                {
                    return (error.Start, error.Value);
                }
                last = scanner.Current?.Start ?? last;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException)
        {
            // The position reached so far is what is wanted.
        }
        return (last, null);
    }

    /// <summary>Variables named <c>ECOSYSTEM_SECTION__KEY</c>; within a key, <c>_</c> may stand for <c>-</c>.</summary>
    public static IReadOnlyList<SettingEntry> ReadEnvironment(IReadOnlyDictionary<string, string?> environment) =>
        [.. environment
            .Where(pair => pair.Key.Length > EnvironmentPrefix.Length && pair.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new SettingEntry(
                FromEnvironmentName(pair.Key[EnvironmentPrefix.Length..]),
                pair.Value,
                $"environment variable `{pair.Key}`"))];

    /// <summary>Overrides such as <c>sessions.batch.max=12</c>, through the command-line provider.</summary>
    public static IReadOnlyList<SettingEntry> ReadOverrides(IReadOnlyList<string> overrides, ICollection<ConfigurationProblem> problems)
    {
        var entries = new List<SettingEntry>();
        foreach (var item in overrides)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            // `--sessions.batch.max=12` is accepted too, as command lines are often written that way.
            var path = equals > 0 ? item[..equals].Trim().TrimStart('-') : "";
            if (path.Length == 0 || path.Contains(':', StringComparison.Ordinal))
            {
                problems.Add(new("", $"override `{item}` is not of the form key.path=value (for example sessions.batch.max=12)."));
                continue;
            }
            var key = path.Replace('.', ':');
            var configuration = new ConfigurationBuilder().AddCommandLine([$"{key}={item[(equals + 1)..]}"]).Build();
            entries.Add(new SettingEntry(key.Split(':'), configuration[key], $"override `{item}`"));
        }
        return entries;
    }

    private static string[] FromEnvironmentName(string name)
    {
        var segments = name.Split("__");
        var setting = SettingSchema.Root;
        for (var i = 0; i < segments.Length && setting is not null; i++)
        {
            var asKey = segments[i].Replace('_', '-');
            var known = setting.Kind == SettingKind.Section ? setting.Child(asKey) : null;
            if (known is not null)
            {
                segments[i] = known.Key;
            }
            setting = known;
        }
        return segments;
    }

    /// <summary>
    /// The document order of every value, so that problems read top to bottom, and the empty sequences (<c>[]</c>),
    /// which NetEscapades drops altogether although they replace a default list.
    /// </summary>
    private static (Dictionary<string, int> Order, List<SettingEntry> EmptyLists) DocumentOrder(YamlNode root)
    {
        var order = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var emptyLists = new List<SettingEntry>();
        Walk(root, []);
        return (order, emptyLists);

        void Walk(YamlNode node, IReadOnlyList<string> segments)
        {
            order.TryAdd(string.Join(':', segments), order.Count);
            switch (node)
            {
                case YamlSequenceNode { Children.Count: 0 }:
                    emptyLists.Add(new SettingEntry(segments, null, IsEmptyList: true));
                    break;
                case YamlSequenceNode sequence:
                    for (var index = 0; index < sequence.Children.Count; index++)
                    {
                        Walk(sequence.Children[index], [.. segments, index.ToString(CultureInfo.InvariantCulture)]);
                    }
                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        Walk(value, [.. segments, key is YamlScalarNode { Value: { } name } ? name : ""]);
                    }
                    break;
            }
        }
    }
}
