using System.Globalization;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Commands.Schedule;

/// <summary>
/// The scheduler's cheap look at intake: the issue body read against the form and the checks that need nothing but
/// the issue (required answers, emails, URLs…). Repository facts are the intake command's business: an application
/// that fails them carries the waiting label, which keeps it out of the queue on its own.
/// </summary>
public sealed class IntakeScreen(ApplicationForm form, IntakeRules rules)
{
    private readonly ApplicationReader _reader = new(form, rules);
    private readonly FormChecks _checks = new(form, rules);

    /// <summary>Whether the form is complete, and one line on it for the agenda ("complete", "2 problems").</summary>
    public IntakeScreening Screen(IssueSnapshot issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var application = _reader.Read(issue);
        if (application.Kind != ApplicationKind.Application)
        {
            return new IntakeScreening(false, "the application form's questions are missing");
        }

        var blocking = application.FormFindings
            .Concat(_checks.Run(application))
            .Count(f => f.Blocking && f.Status == FindingStatus.Fail);
        var screening = blocking switch
        {
            0 => new IntakeScreening(true, "complete"),
            1 => new IntakeScreening(false, "1 problem"),
            _ => new IntakeScreening(false, blocking.ToString(CultureInfo.InvariantCulture) + " problems"),
        };
        return screening with { Maintainers = application.MaintainerHandles, RepositoryOwner = application.Repository?.Owner };
    }
}
