namespace Ecosystem.Domain.Intake;

/// <summary>An open fenced code block: its fence character and length.</summary>
internal readonly record struct Fence(char Marker, int Length);
