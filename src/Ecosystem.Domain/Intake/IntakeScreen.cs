using System.Globalization;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// The scheduler's and status page's cheap look at intake: the intake verdict on the form alone (the issue body read
/// against the form and the checks that need nothing but the issue). Repository facts are the intake command's
/// business: an application that fails them carries the waiting label, which keeps it out of the queue on its own.
/// </summary>
public sealed class IntakeScreen(ApplicationForm form, IntakeRules rules)
{
    private readonly IntakeAssessor _assessor = new(form, rules);

    /// <summary>Whether the form is complete, and one line on it for the agenda ("complete", "2 problems").</summary>
    public IntakeScreening Screen(IssueSnapshot issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var application = _assessor.Read(issue);
        var report = _assessor.AssessForm(application);
        var blocking = report.Findings.Count(f => f.Blocking && f.Status == FindingStatus.Fail);
        var screening = report.Verdict switch
        {
            IntakeVerdict.Complete => new IntakeScreening(true, "complete"),
            IntakeVerdict.Incomplete when blocking == 1 => new IntakeScreening(false, "1 problem"),
            IntakeVerdict.Incomplete => new IntakeScreening(false, blocking.ToString(CultureInfo.InvariantCulture) + " problems"),
            _ => new IntakeScreening(false, "the application form's questions are missing"),
        };
        return screening with { Maintainers = application.MaintainerHandles, RepositoryOwner = application.Repository?.Owner };
    }

    /// <summary>The issue as the queue sees it: screened here, in the session the automation's notice on it names.</summary>
    public QueueCandidate Candidate(IssueSnapshot issue, DateOnly? scheduledSession)
    {
        var screening = Screen(issue);
        return QueueCandidate.FromIssue(issue, screening.Complete, screening.Verdict, scheduledSession) with
        {
            Maintainers = screening.Maintainers,
            RepositoryOwner = screening.RepositoryOwner,
        };
    }
}

/// <summary>
/// What <see cref="IntakeScreen"/> found: complete or not, a short verdict for the agenda, and what reviewer assignment
/// needs from the form (the maintainers it lists, the owner of the repository it names).
/// </summary>
public sealed record IntakeScreening(bool Complete, string Verdict)
{
    public IReadOnlyList<string> Maintainers { get; init; } = [];

    public string? RepositoryOwner { get; init; }
}
