using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using Scriban.Runtime;
using ScribanTemplate = Scriban.Template;

namespace Ecosystem.Domain.Text;

/// <summary>
/// A Scriban text embedded beside the code that fills it (<c>Templates/*</c>). Text from GitHub is escaped in the template
/// by a filter (<see cref="TemplateFilters"/>), never by the caller. A variable without a value is an error, so a renamed
/// one cannot silently print nothing.
/// </summary>
/// <remarks>
/// Start-up matters (offline <c>validate</c> renders the intake report): a template is parsed once; the model becomes
/// Scriban's own objects, so nothing is read by reflection, and Scriban's built-in library is not loaded.
/// </remarks>
public sealed class Template
{
    // Lazy: the command's preparation and the run may ask for the same template at once; the second waits for the
    // first's parse rather than parsing it again (at start-up both threads are busy).
    private static readonly ConcurrentDictionary<string, Lazy<Template>> Cache = new(StringComparer.Ordinal);

    private readonly string _name;
    private readonly ScribanTemplate _parsed;

    private Template(string name, string text)
    {
        _name = name;
        _parsed = ScribanTemplate.Parse(text.ReplaceLineEndings("\n"), name);
        if (_parsed.HasErrors)
        {
            throw new InvalidOperationException($"Template '{name}' does not parse: {string.Join("; ", _parsed.Messages)}");
        }
    }

    /// <summary><c>{name}.md</c>, or <c>{name}</c> when it has an extension (<c>status-page.html</c>), in any folder.</summary>
    public static Template Load(string name) => Cache.GetOrAdd(name, static n => new(() => Read(n))).Value;

    private static Template Read(string n)
    {
        var assembly = typeof(Template).Assembly;
        var suffix = "." + n + (Path.HasExtension(n) ? string.Empty : ".md");
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(r => r.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No embedded template '{suffix[1..]}' in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded template '{resource}' cannot be read.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new Template(n, reader.ReadToEnd());
    }

    /// <summary>Values are text, numbers, truth values, null, records (read as <c>row.name</c>) and lists of them.</summary>
    public string Render(IReadOnlyDictionary<string, object?> model)
    {
        var context = new Scriban.TemplateContext(TemplateFilters.All)
        {
            StrictVariables = true,
            LoopLimit = int.MaxValue,
        };
        context.PushGlobal(ToScriptObject(model));
        try
        {
            return _parsed.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new InvalidOperationException($"Template '{_name}' cannot be rendered: {e.Message}", e);
        }
    }

    public string Render() => Render(new Dictionary<string, object?>());

    /// <summary>Read in the template as <c>row.key</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Record(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static ScriptObject ToScriptObject(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var result = new ScriptObject(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            result[key] = ToScriptValue(value);
        }

        return result;
    }

    private static object? ToScriptValue(object? value) => value switch
    {
        null or string or int or long or bool or double => value,
        IEnumerable<KeyValuePair<string, object?>> record => ToScriptObject(record),
        IEnumerable items => new ScriptArray(items.Cast<object?>().Select(ToScriptValue)),
        _ => throw new ArgumentException($"A template value is text, a number, a truth value, a record or a list, not {value.GetType().Name}.", nameof(value)),
    };
}
