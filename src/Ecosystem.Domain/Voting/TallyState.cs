using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// What the tally remembers between runs, kept as JSON in an HTML comment inside the automation's own tally
/// comment: the electorate frozen at opening (and the refresh it reflects), and, once closed, the final ballots,
/// so later edits or deletions cannot change a closed vote. Read back only from the automation's comment.
/// </summary>
/// <param name="Opening">Identifies the opening the state belongs to (<c>comment:ID</c> or <c>schedule:TIME</c>).</param>
/// <param name="Electorate">The frozen member logins.</param>
/// <param name="Refresh">The id of the <c>/vote refresh-members</c> comment the electorate reflects, if any.</param>
/// <param name="Final">Set once the vote closed.</param>
internal sealed partial record TallyState(
    string Opening,
    IReadOnlyList<string> Electorate,
    long? Refresh,
    FinalTally? Final)
{
    private const string Tag = "<!-- ecosystem-bot:tally-state ";

    /// <summary>
    /// One line. The JSON writer escapes '&lt;', '&gt;' and '&amp;', so no text inside can end the HTML comment;
    /// '@' and '#' (only ever inside JSON strings) are escaped too, so a stored reason cannot mention or cross-reference.
    /// </summary>
    public string Render()
    {
        var json = JsonSerializer.Serialize(this, TallyStateJson.Default.TallyState)
            .Replace("@", "\\u0040", StringComparison.Ordinal)
            .Replace("#", "\\u0023", StringComparison.Ordinal);
        return Tag + json + " -->";
    }

    /// <summary>The state in <paramref name="body"/>, or null when there is none or it cannot be read (then it is rebuilt).</summary>
    public static TallyState? Read(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        var match = StatePattern().Match(body);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(match.Groups["json"].Value, TallyStateJson.Default.TallyState);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<!-- ecosystem-bot:tally-state (?<json>\{.*?\}) -->", RegexOptions.Singleline)]
    private static partial Regex StatePattern();
}
