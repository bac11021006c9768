using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>What the first URL in an answer points to on GitHub (or which other code forge it is on).</summary>
public sealed record GitHubUrl(GitHubUrlKind Kind, string Text, RepositoryReference? Repository, string? Owner)
{
    /// <summary>"GitLab", "Codeberg", for <see cref="GitHubUrlKind.OtherForgeRepository"/> and a group there.</summary>
    public string? Forge { get; init; }

    public string Address => AnswerValues.WithScheme(Text);

    private static readonly HashSet<string> ReservedOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        "orgs", "users", "settings", "marketplace", "topics", "collections", "sponsors", "features", "about", "explore",
    };

    /// <summary>
    /// The first repository URL, else a URL with a template's placeholder left in, else the first URL: an organisation
    /// written before the repository ("github.com/org, main: github.com/org/repo") is context, not the repository to check.
    /// An answer of only GitHub's shorthand (<c>owner/name</c>) is read as that repository's URL.
    /// </summary>
    public static GitHubUrl Parse(string? answer)
    {
        GitHubUrl? first = null;
        foreach (var candidate in AnswerValues.Urls(answer))
        {
            var url = Classify(candidate);
            if (url.Kind is GitHubUrlKind.Repository or GitHubUrlKind.OtherForgeRepository)
            {
                return url;
            }

            first ??= url;
        }

        // "github.com/org/[REPO]" names no organisation: the repository was never filled in.
        return AnswerValues.PlaceholderUrl(answer) is { } placeholder ? new GitHubUrl(GitHubUrlKind.Placeholder, placeholder, null, null)
            : first ?? (answer is not null && RepositoryReference.Shorthand(answer) is { } shorthand ? Classify(shorthand.Url)
            : new GitHubUrl(GitHubUrlKind.None, string.Empty, null, null));
    }

    public static GitHubUrl Classify(string url)
    {
        if (!WebLink.TryHttp(AnswerValues.WithScheme(url), out var uri) || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return new GitHubUrl(GitHubUrlKind.Malformed, url, null, null);
        }

        var host = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (host is not ("github.com" or "www.github.com"))
        {
            // A forge's group ("gitlab.com/org") is its organisation; the forge is named in both cases.
            var kind = segments.Length >= 2 ? GitHubUrlKind.OtherForgeRepository : GitHubUrlKind.Organisation;
            return ForgeOf(host) is { } forge && segments.Length >= 1
                ? new GitHubUrl(kind, url, null, segments[0]) { Forge = forge }
                : new GitHubUrl(GitHubUrlKind.OtherHost, url, null, null);
        }

        // "github.com/orgs/acme/repositories", the organisation's Repositories tab, names the organisation as github.com/acme does.
        if (segments.Length >= 2 && string.Equals(segments[0], "orgs", StringComparison.OrdinalIgnoreCase) && GitHubHandle.IsLogin(segments[1]))
        {
            return new GitHubUrl(GitHubUrlKind.Organisation, url, null, segments[1]);
        }

        if (segments.Length == 0 || !GitHubHandle.IsLogin(segments[0]) || ReservedOwners.Contains(segments[0]))
        {
            return new GitHubUrl(GitHubUrlKind.Malformed, url, null, null);
        }

        if (segments.Length == 1)
        {
            return new GitHubUrl(GitHubUrlKind.Organisation, url, null, segments[0]);
        }

        var name = RepositoryReference.WithoutGitSuffix(segments[1]);
        return RepositoryReference.IsName(name)
            ? new GitHubUrl(GitHubUrlKind.Repository, url, new RepositoryReference(segments[0], name), segments[0])
            : new GitHubUrl(GitHubUrlKind.Malformed, url, null, segments[0]);
    }

    /// <summary>Code forges whose repositories reviewers can open (self-hosted GitLab included).</summary>
    private static string? ForgeOf(string host) => host switch
    {
        "gitlab.com" or "www.gitlab.com" => "GitLab",
        "codeberg.org" => "Codeberg",
        "bitbucket.org" => "Bitbucket",
        "git.sr.ht" or "sr.ht" => "SourceHut",
        "gitee.com" => "Gitee",
        _ when host.StartsWith("gitlab.", StringComparison.Ordinal) => "GitLab",
        _ => null,
    };
}
