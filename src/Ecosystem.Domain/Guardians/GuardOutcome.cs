using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>What one guardian did to one issue, or why nothing; no <see cref="IssueNumber"/> for a review not created yet.</summary>
public sealed record GuardOutcome(int? IssueNumber, string Guardian, string Summary, int Writes, bool RerunIntake = false)
{
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
