using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Validate;

/// <summary>
/// Intake of one issue on GitHub: read it against the form, gather the facts, assess, plan the labels and the
/// one report comment, and apply only what differs. An issue that is not an application is left alone: no
/// comment read, no fact gathered, nothing written.
/// </summary>
public sealed class IssueIntake(GitHubSession session, IntakeAssessor assessor, IntakeFactsGatherer gatherer)
{
    public async Task<ValidationResult> RunAsync(IssueSnapshot issue, PriorApplicationIndex prior, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(prior);
        var application = assessor.Read(issue);
        if (application.Kind == ApplicationKind.NotAnApplication)
        {
            return new ValidationResult(issue, assessor.Assess(application, IntakeFacts.Offline), string.Empty, []);
        }

        // A lost form has no answers to check against the repository; its report asks for the form only.
        var facts = application.Kind == ApplicationKind.Application
            ? await gatherer.GatherAsync(application, prior.For(application), cancellationToken)
            : IntakeFacts.Offline;
        var report = assessor.Assess(application, facts);
        var plan = assessor.Plan(issue, report);
        cancellationToken.ThrowIfCancellationRequested();
        var gateway = session.Gateway;
        var comments = await gateway.GetCommentsAsync(issue.Number);
        var writes = new List<PlannedWrite>(await session.ApplyAsync(issue, comments, plan));
        if (application.Kind == ApplicationKind.Application)
        {
            foreach (var link in assessor.ResubmissionLinks(application, prior.For(application)))
            {
                // Read before writing, so a re-run finds its back-link and writes nothing.
                var earlier = await gateway.GetIssueAsync(link.IssueNumber);
                writes.AddRange(await session.ApplyAsync(earlier, await gateway.GetCommentsAsync(link.IssueNumber), link));
            }
        }

        return new ValidationResult(issue, report, plan.Comments.Single().Body, writes);
    }
}
