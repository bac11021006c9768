using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// An issue read against the application form: its kind, the answer under each heading found, problems with the form
/// itself (unknown, duplicated, ambiguous headings), and any hand-written notes found after the last answer.
/// </summary>
public sealed record Application(
    IssueSnapshot Issue,
    ApplicationKind Kind,
    IReadOnlyDictionary<ApplicationField, FieldAnswer> Answers,
    IReadOnlyList<Finding> FormFindings,
    string? TrailingNotes)
{
    /// <summary>The answer to <paramref name="field"/>, or null when its heading is missing or the answer empty.</summary>
    public string? ValueOf(ApplicationField field) =>
        Answers.TryGetValue(field, out var answer) ? answer.Value : null;

    public bool HasHeading(ApplicationField field) => Answers.ContainsKey(field);

    /// <summary>The first URL in "Project repo URL", classified (on GitHub, on another forge, or neither).</summary>
    public GitHubUrl RepositoryUrl => GitHubUrl.Parse(ValueOf(ApplicationField.RepositoryUrl));

    /// <summary>The repository named in "Project repo URL", if it is a GitHub repository URL.</summary>
    public RepositoryReference? Repository => RepositoryUrl is { Repository: { } repo } ? repo : null;

    public MaintainerList Maintainers => AnswerValues.Maintainers(ValueOf(ApplicationField.Maintainers));

    /// <summary>Maintainer handles as listed, without '@', in order, distinct (case-insensitive).</summary>
    public IReadOnlyList<string> MaintainerHandles => Maintainers.Handles;

    /// <summary>Names worth looking up on PyPI and conda-forge: from the repository name and the project title.</summary>
    public IReadOnlyList<string> PackageNameCandidates => PackageNames.Guess(Repository, Issue.Title);
}
