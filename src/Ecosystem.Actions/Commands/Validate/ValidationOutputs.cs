using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecosystem.Actions.Runtime;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Text;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// The outputs and the step summary of a <c>validate</c> run.
/// One issue: <c>valid</c> (<c>true</c> only for a complete application), <c>problems</c> (JSON list of
/// {check, status, message}), <c>report</c> (the Markdown posted on the issue); the summary is the report.
/// <c>all</c>: <c>valid</c> is true when every open application is complete, <c>problems</c> is a JSON object of
/// those lists by issue number, <c>report</c> and the summary are one table with a row per application.
/// </summary>
public static class ValidationOutputs
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteOne(ActionsRuntime runtime, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(result);
        runtime.SetOutput("valid", result.IsValid);
        runtime.SetOutput("problems", ProblemList(result.Report.Problems).ToJsonString(Json));
        if (!result.IsApplication)
        {
            runtime.SetOutput("report", string.Empty);
            runtime.Summary.AddMarkdown($"#{N(result.Issue.Number)} is not an application (no form questions, no template title, no application label): nothing was done.");
            return;
        }

        // Outside Actions the summary is printed; the report would be printed twice.
        if (runtime.IsRunningInActions)
        {
            runtime.SetOutput("report", result.Markdown);
        }

        runtime.Summary.AddMarkdown(result.Markdown.TrimEnd('\n'));
    }

    /// <summary>A run that checked nothing says why (<paramref name="why"/>); its outputs: not valid, no problems, no report.</summary>
    public static void WriteNothing(ActionsRuntime runtime, string why)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        runtime.Info(why);
        runtime.SetOutput("valid", false);
        runtime.SetOutput("problems", "[]");
        runtime.SetOutput("report", string.Empty);
        runtime.Summary.AddMarkdown(MarkdownText.Inline(why, 600));
    }

    public static void WriteAll(ActionsRuntime runtime, IReadOnlyList<ValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(results);
        var applications = results.Where(r => r.IsApplication).ToList();
        var problems = new JsonObject();
        foreach (var result in applications)
        {
            problems[N(result.Issue.Number)] = ProblemList(result.Report.Problems);
        }

        var table = Table(applications);
        runtime.SetOutput("valid", applications.All(r => r.IsValid));
        runtime.SetOutput("problems", problems.ToJsonString(Json));
        if (runtime.IsRunningInActions)
        {
            runtime.SetOutput("report", table);
        }

        runtime.Summary.AddMarkdown(table);
    }

    /// <summary>The summary of a run over every open application (the <c>intake-summary</c> template): one row per application.</summary>
    public static string Table(IReadOnlyList<ValidationResult> applications)
    {
        ArgumentNullException.ThrowIfNull(applications);
        return Template.Load("intake-summary").Render(new Dictionary<string, object?>
        {
            ["complete"] = applications.Count(r => r.IsValid),
            ["applications"] = applications.Select(r => Template.Record(
                ("number", r.Issue.Number),
                ("title", r.Issue.Title),
                ("verdict", r.VerdictText),
                ("fails", r.Report.Problems.Count(p => p.Status == "fail")),
                ("warnings", r.Report.Problems.Count(p => p.Status != "fail")),
                ("writes", r.Writes.Count))),
        });
    }

    private static JsonArray ProblemList(IReadOnlyList<ProblemSummary> problems) =>
        [.. problems.Select(p => (JsonNode)new JsonObject { ["check"] = p.Check, ["status"] = p.Status, ["message"] = p.Message })];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
