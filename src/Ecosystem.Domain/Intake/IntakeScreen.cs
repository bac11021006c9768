using System.Globalization;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// The scheduler's and status page's cheap look at intake: the verdict on the form alone. An application that fails
/// the repository checks carries the waiting label, which keeps it out of the queue on its own.
/// </summary>
public sealed class IntakeScreen(ApplicationForm form, IntakeRules rules)
{
    private readonly IntakeAssessor _assessor = new(form, rules);

    /// <summary>
    /// The issue as the queue sees it: one line on it for the agenda ("complete", "2 problems"), and what reviewer
    /// assignment needs from the form (the maintainers it lists, the owner of the repository it names).
    /// </summary>
    public QueueCandidate Candidate(IssueSnapshot issue, DateOnly? scheduledSession)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var application = _assessor.Read(issue);
        var report = _assessor.AssessForm(application);
        var blocking = report.Findings.Count(f => f.Blocking && f.Status == FindingStatus.Fail);
        var verdict = report.Verdict switch
        {
            IntakeVerdict.Complete => "complete",
            IntakeVerdict.Incomplete when blocking == 1 => "1 problem",
            IntakeVerdict.Incomplete => blocking.ToString(CultureInfo.InvariantCulture) + " problems",
            _ => "the application form's questions are missing",
        };
        return QueueCandidate.FromIssue(issue, report.Verdict == IntakeVerdict.Complete, verdict, scheduledSession) with
        {
            Maintainers = application.MaintainerHandles,
            RepositoryOwner = application.Repository?.Owner,
        };
    }
}
