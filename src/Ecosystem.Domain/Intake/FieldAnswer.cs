namespace Ecosystem.Domain.Intake;

/// <summary>
/// What the body says under one field's heading. <paramref name="Value"/> is null when the answer is
/// empty (blank, <c>_No response_</c>, <c>No response</c>); <paramref name="Line"/> is the heading's 1-based line in the body.
/// </summary>
public sealed record FieldAnswer(ApplicationField Field, string? Value, int Line)
{
    /// <summary>
    /// The answer written under the heading itself, before any heading the reader did not know and glued on (null
    /// when that part is empty). A "TBD" followed by a hand-typed <c>### …</c> line is still a placeholder: the
    /// glued text is not the answer to this question.
    /// </summary>
    public string? OwnValue { get; init; } = Value;
}
