namespace Ecosystem.Domain.Intake;

/// <summary>A link read from an answer, as a browser opens it (<c>https://</c> added to <c>example.org</c>), under its question's label.</summary>
public sealed record ReadLink(string Question, string Address);
