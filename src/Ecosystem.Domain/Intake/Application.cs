using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// An issue read against the application form: what kind of issue it is, the answer under each
/// heading found, problems with the form itself (unknown, duplicated, ambiguous headings), and any
/// hand-written notes found after the last answer.
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

    /// <summary>The repository named in "Project repo URL", if it is a GitHub repository URL.</summary>
    public RepositoryReference? Repository =>
        GitHubUrl.Parse(ValueOf(ApplicationField.RepositoryUrl)) is { Repository: { } repo } ? repo : null;

    /// <summary>Maintainer handles as listed, without '@', in order, distinct (case-insensitive).</summary>
    public IReadOnlyList<string> MaintainerHandles => AnswerValues.Handles(ValueOf(ApplicationField.Maintainers));

    /// <summary>Names worth looking up on PyPI and conda-forge: from the repository name and the project title.</summary>
    public IReadOnlyList<string> PackageNameCandidates => PackageNames.Guess(Repository, Issue.Title);
}
