namespace Ecosystem.Domain.Status;

/// <summary>One application's duration for a figure, dated when it ended (the month it counts in).</summary>
public sealed record Measurement(int Number, double Days, DateOnly EndedOn);
