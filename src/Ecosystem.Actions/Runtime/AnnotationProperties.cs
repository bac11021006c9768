namespace Ecosystem.Actions.Runtime;

/// <summary>
/// What a notice, warning or error is about, as <c>@actions/core</c>'s <c>AnnotationProperties</c>; written as the command
/// properties <c>title</c> and <c>file</c> (the program points at files, never at a line or column in them).
/// </summary>
public sealed record AnnotationProperties(string? Title = null, string? File = null);
