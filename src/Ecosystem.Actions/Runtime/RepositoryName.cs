using Ecosystem.Domain.Guardians;

namespace Ecosystem.Actions.Runtime;

/// <summary>An <c>owner/name</c> repository, as in <c>GITHUB_REPOSITORY</c>.</summary>
public sealed record RepositoryName(string Owner, string Name)
{
    /// <summary>
    /// The repository <paramref name="text"/> names: a login, '/', and a name of letters, digits, '.', '_' and '-' (at
    /// most 100); null when it names none. No line feed either: the login pattern's '$' would let one end the owner.
    /// </summary>
    public static RepositoryName? Read(string? text) =>
        text?.Split('/') is [var owner, var name] && !owner.Contains('\n') && GitHubHandle.IsLogin(owner)
        && name.Length is > 0 and <= 100 && name is not ("." or "..") && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            ? new RepositoryName(owner, name)
            : null;

    public override string ToString() => $"{Owner}/{Name}";
}
