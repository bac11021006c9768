namespace Ecosystem.GitHub.Models;

/// <summary>One option of the board's single-select Status field.</summary>
public sealed record BoardOption(string Id, string Name);
