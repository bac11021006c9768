using System.Globalization;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// The staff checklist issue opened once when an application is accepted. The outcome comment and the issue name each
/// other in hidden lines, so a re-run finds the issue instead of opening another (until the comment is written, by the
/// issue's own line).
/// </summary>
public static class OnboardingIssue
{
    public const string Purpose = "onboarding";

    private const string ApplicationPurpose = "application";

    public static IssueDraft Draft(
        IssueSnapshot application, IntakeRules intake, Foundation foundation, IReadOnlyList<string> checklist, IEnumerable<string> staff)
    {
        var project = intake.ProjectNameIn(application.Title) is { Length: > 0 } name ? name : application.Title.Trim();
        var body = Template.Load("onboarding-issue").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ecosystem"] = foundation.Ecosystem,
            ["application_marker"] = HiddenMarker.For(ApplicationPurpose, application.Number.ToString(CultureInfo.InvariantCulture)),
            ["project"] = MarkdownText.Inline(project, 120),
            ["application"] = "#" + application.Number.ToString(CultureInfo.InvariantCulture),
            // Configured by the repository's maintainers: kept as written (links allowed), one line per task.
            ["checklist"] = checklist.Select(item => item.ReplaceLineEndings(" ").Trim()),
        });
        return new IssueDraft(IssueDraft.TitleOf("Onboarding: " + project), HiddenMarker.Stamp(Purpose, body))
        {
            Assignees = [.. staff.Order(GitHubHandle.Comparer)],
        };
    }

    public static int? ApplicationOf(string body) =>
        HiddenMarker.PurposeOf(body) == Purpose ? Number(HiddenMarker.ValueOf(body, ApplicationPurpose)) : null;

    /// <summary>
    /// The first onboarding issue opened for <paramref name="application"/> once staff closed it, else null. An application
    /// is onboarded once: a run that no longer finds the issue named (the outcome comment edited) opens no other.
    /// </summary>
    public static IssueSnapshot? Finished(IEnumerable<IssueSnapshot> issues, int application, TrustedPeople people) =>
        issues.Where(i => people.IsAutomation(i.Author) && ApplicationOf(i.Body) == application).OrderBy(i => i.Number).ToList()
            is [var first, ..] opened && opened.TrueForAll(i => !i.IsOpen) ? first : null;

    public static int? NumberIn(string outcomeBody) => Number(HiddenMarker.ValueOf(outcomeBody, Purpose));

    /// <summary>The purpose's name with a value, so never taken for the outcome comment's purpose.</summary>
    public static string OutcomeMarker(int issueNumber) => HiddenMarker.For(Purpose, issueNumber.ToString(CultureInfo.InvariantCulture));

    private static int? Number(string? value) =>
        value is { Length: > 0 and <= 9 } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;
}
