using System.Globalization;
using System.Text;

namespace Ecosystem.Domain.Text;

/// <summary>Text from GitHub made safe in the status page's HTML: one line, bounded, control and bidi characters dropped.</summary>
public static class HtmlText
{
    /// <summary>For an element's content or a quoted attribute value.</summary>
    public static string Inline(string? text, int maxLength = MarkdownText.DefaultMaxLength)
    {
        var cut = MarkdownText.Truncate(text ?? string.Empty, maxLength);
        var sb = new StringBuilder(cut.Length + 16);
        foreach (var c in cut)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                default:
                    if (!char.IsControl(c) && !IsBidiControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Anything but an absolute http(s) URL (<c>javascript:</c>) becomes <c>#</c>.</summary>
    public static string Url(string? url) =>
        WebLink.TryHttp(url, out var uri) ? Inline(uri.AbsoluteUri) : "#";

    /// <summary>For SVG coordinates.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    // U+202A–U+202E and U+2066–U+2069 reorder the text around them: a title could make a row read as something else.
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
