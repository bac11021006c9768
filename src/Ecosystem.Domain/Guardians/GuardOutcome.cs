using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>What one guardian did to one issue (or why it did nothing), for the log, the summary and the outputs.</summary>
/// <param name="IssueNumber">The issue acted on; null for a project without one yet (a new periodic review gets a number when created).</param>
/// <param name="Guardian">Which rule: labels, replies, stale waits or re-check.</param>
/// <param name="Summary">One line for people.</param>
/// <param name="Writes">Writes made (in a dry run: planned).</param>
/// <param name="RerunIntake">Intake should check the issue again (<see cref="GuardianAction.RerunIntake"/>).</param>
public sealed record GuardOutcome(int? IssueNumber, string Guardian, string Summary, int Writes, bool RerunIntake = false)
{
    /// <summary>The job summary of a guard run (the <c>guard-summary</c> template): one row per guardian and issue.</summary>
    public static string Table(IReadOnlyList<GuardOutcome> outcomes) =>
        Template.Load("guard-summary").Render(new Dictionary<string, object?>
        {
            ["outcomes"] = outcomes.Select(o => Template.Record(
                ("issue", o.IssueNumber is { } number ? $"#{number}" : "–"),
                ("guardian", o.Guardian),
                ("summary", o.Summary),
                ("writes", o.Writes))),
        });
}
