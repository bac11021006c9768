using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ecosystem.Domain.Text;

/// <summary>
/// The functions a <see cref="Template"/> may call: text from GitHub goes through <c>md</c> or <c>quote</c> in a comment,
/// <c>html</c> or <c>url</c> in the status page; the rules live in <see cref="MarkdownText"/> and <see cref="HtmlText"/>.
/// </summary>
internal static class TemplateFilters
{
    /// <summary>Read-only, shared by every rendering; written against Scriban's function interface, so no reflection.</summary>
    public static ScriptObject All { get; } = Build();

    private static ScriptObject Build()
    {
        var all = new ScriptObject(StringComparer.Ordinal)
        {
            ["md"] = new Filter("md", (text, args) => MarkdownText.TableCell(text, Length(args))),
            ["quote"] = new Filter("quote", (text, args) => MarkdownText.Quote(text, Length(args))),
            ["code"] = new Filter("code", (text, _) => MarkdownText.CodeSpan(text ?? string.Empty)),
            ["code_block"] = new Filter("code_block",
                (_, args) => MarkdownText.CodeBlock(args[0] is ScriptArray lines ? lines.Select(Filter.Text).OfType<string>() : [])),
            ["html"] = new Filter("html", (text, args) => HtmlText.Inline(text, Length(args))),
            ["url"] = new Filter("url", (text, _) => HtmlText.Url(text)),
            ["count"] = new Filter("count", Count, parameters: 3),
        };
        all.IsReadOnly = true;
        return all;
    }

    private static string Count(string? n, ScriptArray args) =>
        Counted.Of(
            long.Parse(n ?? "0", CultureInfo.InvariantCulture), Filter.Text(args[1]) ?? string.Empty, args.Count > 2 ? Filter.Text(args[2]) : null);

    private static int Length(ScriptArray args) =>
        args.Count > 1 && args[1] is { } n ? Convert.ToInt32(n, CultureInfo.InvariantCulture) : MarkdownText.DefaultMaxLength;

    /// <summary>A filter: its first argument (the piped value) as text, then an optional length (<c>count</c>: a noun, and its plural).</summary>
    private sealed class Filter(string name, Func<string?, ScriptArray, string> apply, int parameters = 2) : IScriptCustomFunction
    {
        public int RequiredParameterCount => parameters - 1;

        public int ParameterCount => parameters;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "text" : parameters > 2 ? "noun" : "length");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            apply(arguments.Count > 0 ? Text(arguments[0]) : null, arguments);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public override string ToString() => name;

        public static string? Text(object? value) => value switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
