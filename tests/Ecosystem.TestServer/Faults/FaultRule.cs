namespace Ecosystem.TestServer.Faults;

/// <summary>
/// A fault for requests matching <see cref="Method"/> (<c>any</c> for all) and <see cref="Path"/>: <c>any</c>, a path
/// template as in the route table (<c>/repos/{owner}/{repo}/issues/{issue_number}/comments</c>, without <c>/api/v3</c>),
/// a literal path, or <c>/api/graphql</c>.
/// </summary>
public sealed class FaultRule(string method, string path, FaultHits hits, Fault fault)
{
    private int _matches;

    public string Method { get; } = method;
    public string Path { get; } = path;
    public FaultHits Hits { get; } = hits;
    public Fault Fault { get; } = fault;

    /// <summary>How many requests matched so far (hit or not).</summary>
    public int Matches => Volatile.Read(ref _matches);

    /// <summary>How many requests this rule faulted.</summary>
    public int Fired { get; private set; }

    internal bool TryHit(string method, string path)
    {
        if (!MatchesMethod(method) || !MatchesPath(path))
        {
            return false;
        }
        var number = Interlocked.Increment(ref _matches);
        if (!Hits.Includes(number))
        {
            return false;
        }
        Fired++;
        return true;
    }

    private bool MatchesMethod(string method) =>
        Method is "any" or "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase);

    private bool MatchesPath(string path)
    {
        if (Path is "any" or "*")
        {
            return true;
        }
        var pattern = Path.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        if (pattern.Length != actual.Length)
        {
            return false;
        }
        for (var i = 0; i < pattern.Length; i++)
        {
            var isParameter = pattern[i].StartsWith('{') && pattern[i].EndsWith('}');
            if (!isParameter && !string.Equals(pattern[i], Uri.UnescapeDataString(actual[i]), StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
