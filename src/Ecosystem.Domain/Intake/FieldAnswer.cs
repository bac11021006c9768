namespace Ecosystem.Domain.Intake;

/// <summary>
/// What the body says under one field's heading. <paramref name="Value"/> is null when the answer is
/// empty (blank, <c>_No response_</c>, <c>No response</c>); <paramref name="Heading"/> is the
/// heading as written; <paramref name="Line"/> is its 1-based line in the body.
/// </summary>
public sealed record FieldAnswer(ApplicationField Field, string Heading, string? Value, int Line);
