namespace Ecosystem.Actions.Runtime;

/// <summary>
/// What a notice, warning or error is about, as <c>@actions/core</c>'s <c>AnnotationProperties</c>; written as the command
/// properties <c>title</c>, <c>file</c>, <c>line</c> and <c>col</c> (its <c>startLine</c> and <c>startColumn</c>).
/// </summary>
public sealed record AnnotationProperties(string? Title = null, string? File = null, int? Line = null, int? Column = null);
