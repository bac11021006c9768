namespace Ecosystem.Domain.Intake;

/// <summary>What the first URL in an answer points to on GitHub.</summary>
public sealed record GitHubUrl(GitHubUrlKind Kind, string Text, RepositoryReference? Repository, string? Owner)
{
    private static readonly HashSet<string> ReservedOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "orgs", "users", "settings", "marketplace", "topics", "collections", "sponsors", "features", "about", "explore",
    };

    /// <summary>Reads the first URL in <paramref name="answer"/> (markdown links and angle brackets unwrapped).</summary>
    public static GitHubUrl Parse(string? answer)
    {
        var candidate = AnswerValues.Urls(answer).FirstOrDefault();
        return candidate is null ? new GitHubUrl(GitHubUrlKind.None, string.Empty, null, null) : Classify(candidate);
    }

    public static GitHubUrl Classify(string url)
    {
        var text = url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url : "https://" + url;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return new GitHubUrl(GitHubUrlKind.Malformed, url, null, null);
        }

        var host = uri.Host.ToLowerInvariant();
        if (host is not ("github.com" or "www.github.com"))
        {
            return new GitHubUrl(GitHubUrlKind.OtherHost, url, null, null);
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || !AnswerValues.IsLogin(segments[0]) || ReservedOwners.Contains(segments[0]))
        {
            return new GitHubUrl(GitHubUrlKind.Malformed, url, null, null);
        }

        if (segments.Length == 1)
        {
            return new GitHubUrl(GitHubUrlKind.Organisation, url, null, segments[0]);
        }

        var name = segments[1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? segments[1][..^4] : segments[1];
        return IsRepositoryName(name)
            ? new GitHubUrl(GitHubUrlKind.Repository, url, new RepositoryReference(segments[0], name), segments[0])
            : new GitHubUrl(GitHubUrlKind.Malformed, url, null, segments[0]);
    }

    private static bool IsRepositoryName(string name) =>
        name.Length is > 0 and <= 100 && name is not ("." or "..")
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
