using System.Diagnostics.CodeAnalysis;

namespace Ecosystem.Domain.Text;

/// <summary>The one rule behind every URL the automation calls, links to or prints.</summary>
public static class WebLink
{
    public static bool TryHttp(string? text, [NotNullWhen(true)] out Uri? url)
    {
        url = Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp) ? parsed : null;
        return url is not null;
    }

    /// <summary><see cref="TryHttp"/> as a reader of a configured value.</summary>
    public static bool TryReadHttp(string text, [NotNullWhen(true)] out string? url, out string problem) =>
        ConfigurationProblem.TryAccept(text, TryHttp(text, out _) ? null : $"`{text}` is not an absolute http(s) URL", out url, out problem);

    /// <summary>
    /// An https address that may stand in Markdown as written: well formed, and nothing that ends or disguises it
    /// (space, control character, bracket, quote, backtick, or '|', which ends a table cell). No '@' either: GitHub may
    /// turn an @login inside a bare address into a mention, and user@host hides where a link goes.
    /// </summary>
    public static bool IsPlainHttps([NotNullWhen(true)] string? text) =>
        text is not null && text.StartsWith("https://", StringComparison.Ordinal) && Uri.IsWellFormedUriString(text, UriKind.Absolute)
            && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "()<>[]\"`|@".Contains(c));
}
