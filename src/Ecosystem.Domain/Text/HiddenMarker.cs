using System.Text.RegularExpressions;

namespace Ecosystem.Domain.Text;

/// <summary>
/// The HTML comment that names the purpose of one of the automation's own comments, e.g.
/// <c>&lt;!-- ecosystem-bot:intake-report --&gt;</c>. A marker only identifies a comment whose author
/// is the automation itself (the gateway checks the author); text from users is passed through
/// <see cref="MarkdownText.Neutralise"/>, which breaks any marker they type.
/// </summary>
public static partial class HiddenMarker
{
    public const string Prefix = "ecosystem-bot:";

    public static string For(string purpose)
    {
        if (!PurposePattern().IsMatch(purpose))
        {
            throw new ArgumentException($"A comment purpose is lower-case letters, digits and '-', not '{purpose}'.", nameof(purpose));
        }

        return $"<!-- {Prefix}{purpose} -->";
    }

    /// <summary>The purpose named by the first marker in <paramref name="body"/>, or null.</summary>
    public static string? PurposeOf(string body)
    {
        var match = MarkerPattern().Match(body);
        return match.Success ? match.Groups["purpose"].Value : null;
    }

    /// <summary>Adds the marker as the first line of <paramref name="body"/>.</summary>
    public static string Stamp(string purpose, string body) => For(purpose) + "\n" + body;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex PurposePattern();

    [GeneratedRegex(@"<!-- ecosystem-bot:(?<purpose>[a-z0-9][a-z0-9-]*) -->")]
    private static partial Regex MarkerPattern();
}
