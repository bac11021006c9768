namespace Ecosystem.Domain.Intake;

/// <summary>The answer under one heading; <paramref name="Value"/> is null when empty or <c>_No response_</c>.</summary>
public sealed record FieldAnswer(string? Value)
{
    /// <summary>
    /// The answer before any unknown heading glued on: "TBD" followed by a hand-typed <c>### …</c> line is still a
    /// placeholder, since the glued text does not answer this question.
    /// </summary>
    public string? OwnValue { get; init; } = Value;
}
