using System.Globalization;
using Ecosystem.Domain.Text;

namespace Ecosystem.Actions.Commands.Guard;

/// <summary>The job summary of a guard run (the <c>guard-summary</c> template): one row per guardian and issue.</summary>
public static class GuardSummary
{
    public static string Render(IReadOnlyList<GuardOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return Template.Load("guard-summary").Render(new Dictionary<string, object?>
        {
            ["outcomes"] = outcomes.Select(o => Template.Record(
                ("issue", o.IssueNumber is { } number ? "#" + number.ToString(CultureInfo.InvariantCulture) : "–"),
                ("guardian", o.Guardian),
                ("summary", o.Summary),
                ("writes", o.Writes))),
        });
    }
}
