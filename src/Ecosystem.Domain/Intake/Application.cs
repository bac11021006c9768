using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// An issue read against the form: <paramref name="Answers"/> by question of <paramref name="Form"/>, in its order (null
/// where the heading is missing), and problems with the headings themselves.
/// </summary>
public sealed record Application(
    IssueSnapshot Issue,
    string ProjectName,
    ApplicationKind Kind,
    IReadOnlyList<FieldAnswer?> Answers,
    IReadOnlyList<Finding> FormFindings,
    ApplicationForm Form)
{
    /// <summary>The answer to the question with <paramref name="field"/>'s role; null also when the form does not ask it.</summary>
    public FieldAnswer? AnswerTo(ApplicationField field) => Form[field] is { } question ? AnswerTo(question) : null;

    public FieldAnswer? AnswerTo(FormField question) => Answers[Form.IndexOf(question)];

    /// <summary>Null when its heading is missing or the answer empty.</summary>
    public string? ValueOf(ApplicationField field) => AnswerTo(field)?.Value;

    public GitHubUrl RepositoryUrl => GitHubUrl.Parse(ValueOf(ApplicationField.RepositoryUrl));

    public RepositoryReference? Repository => RepositoryUrl.Repository;

    /// <summary>Maintainer handles as listed, without '@', in order, distinct (case-insensitive).</summary>
    public IReadOnlyList<string> MaintainerHandles => AnswerValues.Maintainers(ValueOf(ApplicationField.Maintainers)).Handles;

    /// <summary>Names worth looking up on PyPI and conda-forge: from the repository name and the project's name.</summary>
    public IReadOnlyList<string> PackageNameCandidates => PackageNames.Guess(Repository, ProjectName);
}
