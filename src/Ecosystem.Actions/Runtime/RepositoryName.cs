using System.Text.RegularExpressions;

namespace Ecosystem.Actions.Runtime;

/// <summary>An <c>owner/name</c> repository, as in <c>GITHUB_REPOSITORY</c>.</summary>
public sealed partial record RepositoryName(string Owner, string Name)
{
    public static bool TryParse(string? text, out RepositoryName? repository)
    {
        repository = null;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true } || match.Groups["name"].Value is "." or "..")
        {
            return false;
        }

        repository = new RepositoryName(match.Groups["owner"].Value, match.Groups["name"].Value);
        return true;
    }

    public override string ToString() => $"{Owner}/{Name}";

    // Owner: a user or organisation login (letters, digits, single hyphens inside, at most 39);
    // name: letters, digits, '.', '_' and '-', at most 100.
    [GeneratedRegex(@"^(?<owner>[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})/(?<name>[A-Za-z0-9._-]{1,100})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
