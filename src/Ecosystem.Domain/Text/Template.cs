using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Ecosystem.Domain.Text;

/// <summary>
/// A Markdown text kept as an embedded resource (<c>Templates/*.md</c> beside the code that fills
/// it), with <c>{{name}}</c> placeholders. Values are inserted as given: callers neutralise user
/// text with <see cref="MarkdownText"/> first. A placeholder without a value is an error, so a
/// renamed placeholder cannot silently print braces to applicants.
/// </summary>
public sealed partial class Template
{
    private static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    private readonly string _text;

    private Template(string name, string text)
    {
        Name = name;
        _text = text.ReplaceLineEndings("\n");
    }

    public string Name { get; }

    /// <summary>Loads <c>{name}.md</c> (or <c>{name}</c> when it has an extension, e.g. <c>status-page.html</c>) embedded in the Domain assembly (any folder).</summary>
    public static Template Load(string name) => Cache.GetOrAdd(name, static n =>
    {
        var assembly = typeof(Template).Assembly;
        var suffix = "." + n + (Path.HasExtension(n) ? string.Empty : ".md");
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(r => r.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No embedded template '{n}.md' in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new Template(n, reader.ReadToEnd());
    });

    public static Template FromText(string name, string text) => new(name, text);

    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var rendered = PlaceholderPattern().Replace(_text, m =>
        {
            var key = m.Groups["key"].Value;
            return values.TryGetValue(key, out var value)
                ? value
                : throw new InvalidOperationException($"Template '{Name}' needs a value for '{{{{{key}}}}}'.");
        });
        return rendered;
    }

    [GeneratedRegex(@"\{\{(?<key>[a-z][a-z0-9-]*)\}\}")]
    private static partial Regex PlaceholderPattern();
}
