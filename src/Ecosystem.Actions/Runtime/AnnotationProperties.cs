namespace Ecosystem.Actions.Runtime;

/// <summary>
/// Where a notice, warning or error points, as <c>@actions/core</c>'s <c>AnnotationProperties</c>;
/// written as the command properties <c>title</c>, <c>file</c>, <c>line</c>, <c>endLine</c>, <c>col</c>, <c>endColumn</c>.
/// </summary>
public sealed record AnnotationProperties(
    string? Title = null,
    string? File = null,
    int? StartLine = null,
    int? EndLine = null,
    int? StartColumn = null,
    int? EndColumn = null)
{
    internal IEnumerable<KeyValuePair<string, object?>> ToCommandProperties()
    {
        yield return new("title", Title);
        yield return new("file", File);
        yield return new("line", StartLine);
        yield return new("endLine", EndLine);
        yield return new("col", StartColumn);
        yield return new("endColumn", EndColumn);
    }
}
