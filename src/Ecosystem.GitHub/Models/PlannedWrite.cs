namespace Ecosystem.GitHub.Models;

/// <summary>One write to GitHub, described in a line for people (dry-run output, run summaries).</summary>
public sealed record PlannedWrite(string Description)
{
    public override string ToString() => Description;
}
