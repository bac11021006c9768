using System.Text.Json.Nodes;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

public sealed record IntakeReport(
    int IssueNumber,
    IntakeVerdict Verdict,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ChecklistItem> Checklist)
{
    /// <summary>The links read from the answers, so the applicant sees how a link written without a scheme was read.</summary>
    public IReadOnlyList<ReadLink> Links { get; init; } = [];

    /// <summary>
    /// The label that puts the application past intake (in voting or decided; accepted ones stay open): such an application
    /// is not put to wait, and its report promises no review.
    /// </summary>
    public string? PastIntake { get; init; }

    /// <summary>What the applicant must fix before review, by place.</summary>
    public IReadOnlyList<string> PlacesToFix =>
        Findings.Where(f => f.IsBlockingFailure).Select(f => f.Where).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The ❌ rows of the checklist.</summary>
    public IReadOnlyList<ChecklistItem> UnmetRequirements => Checklist.Where(c => c.Mark == FindingStatus.Fail).ToList();

    /// <summary>The action's <c>problems</c> output: past <paramref name="warningsShown"/> warnings, one entry counts the rest.</summary>
    public JsonArray ProblemList(int warningsShown = int.MaxValue)
    {
        var list = new JsonArray();
        var warnings = 0;
        foreach (var f in Findings)
        {
            if (f.Status == FindingStatus.Fail || (f.Status == FindingStatus.Warning && warnings++ < warningsShown))
            {
                // A message asking for a heading ends at "as:"; the comment shows the heading after it, and so does the list.
                var heading = f.SuggestedHeading is { } suggested ? " " + suggested : string.Empty;
                list.Add(Problem(f.Check, f.Status == FindingStatus.Fail ? "fail" : "warning", f.Where + ": " + f.Message + heading));
            }
        }

        if (warnings > warningsShown)
        {
            var left = (warnings - warningsShown).ToString(System.Globalization.CultureInfo.InvariantCulture);
            list.Add(Problem("problems.not-listed", "warning", $"{left} more warnings are not listed: GitHub limits the size of a job's outputs."));
        }

        return list;
    }

    // A JsonNode, so JsonArray.Add takes it as a node, not as a value to serialize.
    private static JsonNode Problem(string check, string status, string message) =>
        new JsonObject { ["check"] = check, ["status"] = status, ["message"] = message };

    public string VerdictText => Verdict switch
    {
        // As the report's headline says it: a complete form may still fall short of measured requirements.
        IntakeVerdict.Complete => UnmetRequirements.Count is var unmet and > 0 ? $"complete, {Counted.Of(unmet, "requirement")} not met" : "complete",
        IntakeVerdict.Incomplete => "incomplete",
        IntakeVerdict.LostForm => "form lost",
        _ => "not an application",
    };
}
