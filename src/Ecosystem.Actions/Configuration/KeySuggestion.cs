namespace Ecosystem.Actions.Configuration;

/// <summary>Finds the known key a mistyped one was probably meant to be.</summary>
internal static class KeySuggestion
{
    public static string? Closest(string key, IEnumerable<string> known)
    {
        var allowed = key.Length <= 4 ? 1 : 2;
        return known
            .Select(candidate => (candidate, distance: Distance(key.ToUpperInvariant(), candidate.ToUpperInvariant())))
            .Where(match => match.distance <= allowed)
            .OrderBy(match => match.distance)
            .Select(match => match.candidate)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance, with <c>_</c> and <c>-</c> counted as the same character.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = a[i - 1] == b[j - 1] || (a[i - 1] is '-' or '_' && b[j - 1] is '-' or '_');
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
