using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Text;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// The outputs and step summary of <c>validate</c>. One issue: <c>valid</c> (a complete application), <c>problems</c>
/// (JSON list of {check, status, message}), <c>report</c> (as posted; also the summary). <c>all</c>: <c>valid</c> when
/// every open application is complete, <c>problems</c> by issue number, <c>report</c> and summary one table.
/// </summary>
public static class ValidationOutputs
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteOne(ActionsRuntime runtime, ValidationResult result)
    {
        var summary = result.IsApplication ? result.Markdown.TrimEnd('\n') : IntakeSummary.NotAnApplication(result.Issue.Number);
        Write(runtime, result.IsValid, ProblemList(result.Report.Problems).ToJsonString(Json), result.Markdown, summary);
    }

    /// <summary>A run that checked nothing says why (<paramref name="why"/>); its outputs: not valid, no problems, no report.</summary>
    public static void WriteNothing(ActionsRuntime runtime, string why)
    {
        runtime.Info(why);
        Write(runtime, false, "[]", string.Empty, MarkdownText.Inline(why, 600));
    }

    public static void WriteAll(ActionsRuntime runtime, IReadOnlyList<ValidationResult> results)
    {
        var applications = results.Where(r => r.IsApplication).ToList();
        var problems = new JsonObject();
        foreach (var result in applications)
        {
            problems[result.Issue.Number.ToString(CultureInfo.InvariantCulture)] = ProblemList(result.Report.Problems);
        }

        var table = IntakeSummary.Render([.. applications.Select(r => (r.Issue, r.Report, r.Writes.Count))]);
        Write(runtime, applications.All(r => r.IsValid), problems.ToJsonString(Json), table, table);
    }

    private static void Write(ActionsRuntime runtime, bool valid, string problems, string report, string summary)
    {
        runtime.SetOutput("valid", valid);
        runtime.SetOutput("problems", problems);
        // Outside Actions the summary is printed; a report would be printed twice (an empty one is set everywhere).
        if (runtime.IsRunningInActions || report.Length == 0)
        {
            runtime.SetOutput("report", report);
        }

        runtime.Summary.AddMarkdown(summary);
    }

    private static JsonArray ProblemList(IReadOnlyList<ProblemSummary> problems) =>
        [.. problems.Select(p => (JsonNode)new JsonObject { ["check"] = p.Check, ["status"] = p.Status, ["message"] = p.Message })];
}
