using System.Globalization;
using Ecosystem.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ecosystem.Actions.Configuration;

/// <summary>
/// The YAML file as configuration values (<c>sessions:batch:max</c> → <c>5</c>), read once with YamlDotNet: the one
/// YAML reader. An empty list (<c>[]</c>) stays as an empty value, so that it replaces a default list.
/// </summary>
internal static class YamlSettings
{
    // Anchors can make a node its own descendant; no real file nests this deep.
    private const int MaxDepth = 32;

    // The node that names each key path (a key, or a list's item) is noted in keys, for its place in the file.
    public static Dictionary<string, string?> Read(
        string yaml, string displayPath, ICollection<ConfigurationProblem> problems, Dictionary<string, YamlNode> keys)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives no position for some unclosed brackets or (by fuzzing) malformed events; it places an indenting tab at its mapping.
            var (at, error) = System.Text.RegularExpressions.Regex.Match(yaml, @"(?m)^( *)\t(?=[ \t]*[^\s#])") is { Success: true } tab
                ? (new Mark(0, yaml.AsSpan(0, tab.Index).Count('\n') + 1, tab.Length), "a tab indents this line; YAML indents with spaces, not tabs")
                : e is YamlException known ? (known.Start, known.Message) : FirstScannerError(yaml);
            problems.Add(new("", error is null
                ? $"{displayPath} is not valid YAML: near line {at.Line}, column {at.Column}, a bracket, brace or quote is probably not closed."
                : $"{displayPath} is not valid YAML: line {at.Line}, column {at.Column}: {error.TrimEnd('.')}.")
            { Line = (int)at.Line, Column = (int)at.Column }); // so the workflow's annotation lands on the line
            return values;
        }

        // An empty file (or one of comments only) is all defaults; a file that is not one mapping of sections is a problem.
        var root = stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
        var problem = stream.Documents.Count > 1 ? $"{displayPath} holds {stream.Documents.Count} YAML documents (separated by ---); keep one."
            : root is null or YamlScalarNode { Value: null or "" } ? null
            : root is not YamlMappingNode ? $"{displayPath} must hold sections such as `labels:` and `sessions:` at the top level, but line {root.Start.Line} starts {(root is YamlSequenceNode ? "a list" : "plain text")}."
            : Flatten(root, "", 0, values, keys) is { } unusable ? $"{displayPath} is not usable: {unusable}." : null;
        if (problem is not null)
        {
            problems.Add(new("", problem));
            values.Clear();
        }
        return values;
    }

    /// <summary>Adds the values under <paramref name="node"/>; returns why the file cannot be read as key paths, or null.</summary>
    private static string? Flatten(YamlNode node, string path, int depth, Dictionary<string, string?> values, Dictionary<string, YamlNode> keys)
    {
        if (depth > MaxDepth)
        {
            return $"{At(node)} nests more than {MaxDepth} levels deep";
        }
        string Child(string key) => path.Length == 0 ? key : $"{path}:{key}";
        static string At(YamlNode node) => $"line {node.Start.Line}, column {node.Start.Column}";
        switch (node)
        {
            case YamlMappingNode mapping:
                // YamlDotNet refuses a key given twice only when spelt alike; keys, not case-sensitive as the configuration, notes each once.
                foreach (var (key, value) in mapping.Children)
                {
                    // A list or mapping used as a key (`? [a]: b`, found by fuzzing) names no key path.
                    var name = (key as YamlScalarNode)?.Value ?? "";
                    var child = Child(name);
                    var problem = key is not YamlScalarNode
                        ? $"{At(key)} uses a {(key is YamlSequenceNode ? "list" : "mapping")} as a key; keys are plain names such as `lead-days`"
                        : !keys.TryAdd(child, key)
                        ? $"{At(key)} repeats the key `{child.Replace(':', '.')}` (keys are not case-sensitive); keep one"
                        : Flatten(value, child, depth + 1, values, keys);
                    if (problem is not null)
                    {
                        return problem;
                    }
                }
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                values[path] = "";
                break;
            case YamlSequenceNode sequence:
                for (var index = 0; index < sequence.Children.Count; index++)
                {
                    var item = Child(index.ToString(CultureInfo.InvariantCulture));
                    keys.TryAdd(item, sequence.Children[index]);
                    if (Flatten(sequence.Children[index], item, depth + 1, values, keys) is { } problem)
                    {
                        return problem;
                    }
                }
                break;
            case YamlScalarNode scalar:
                // YAML's null (nothing, or `~`, `null` unquoted) is no value (null, where `[]` is empty), never the text "null".
                values[path] = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL" ? null : scalar.Value;
                break;
        }
        return null;
    }

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
}
