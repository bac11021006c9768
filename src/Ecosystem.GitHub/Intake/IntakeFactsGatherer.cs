using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.GitHub.Packages;

namespace Ecosystem.GitHub.Intake;

/// <summary>
/// Gathers what intake checks cannot read from the form: the repository, the maintainers' accounts and the package
/// indexes. Earlier applications come from a listing the caller already read; they are null for the nightly re-check of
/// an accepted project, which asks no package index.
/// </summary>
public sealed class IntakeFactsGatherer(IGitHubGateway gateway, PackageIndexClient packages, IntakeRules rules, Func<Task<TrustedPeople>> people)
{
    public async Task<IntakeFacts> GatherAsync(Application application, IReadOnlyList<PriorApplication>? prior, CancellationToken cancellationToken)
    {
        var repository = application.Repository is { } reference
            ? await gateway.GetRepositoryFactsAsync(reference.Owner, reference.Name, rules.Time.GetUtcNow().AddDays(-rules.ActivityWindowDays))
            : null;
        var maintainers = await gateway.GetExistingLoginsAsync(application.MaintainerHandles);
        return prior is null
            ? new IntakeFacts(repository, maintainers, null, null)
            : new IntakeFacts(repository, maintainers, await packages.LookUpAsync(application.PackageNameCandidates, cancellationToken), await DecisionTimesAsync(prior));
    }

    /// <summary>
    /// An earlier application decided but still open (declined issues stay open by default) counts its resubmission
    /// date from when the outcome label was last added: one timeline read for each such issue, rare by nature; a closed one
    /// counts from its close. Only for a timeline are the people trusted with labels read (a restore after an untrusted
    /// removal is no decision).
    /// </summary>
    private async Task<IReadOnlyList<PriorApplication>> DecisionTimesAsync(IReadOnlyList<PriorApplication> prior)
    {
        var read = new List<PriorApplication>();
        foreach (var application in prior)
        {
            var (issue, outcome) = (application.Issue, application.OutcomeIn(rules.Labels));
            read.Add(outcome is null || !issue.IsOpen ? application : application with
            {
                DecidedAt = LabelEvent.LastAdded(await gateway.GetLabelEventsAsync(issue.Number), outcome, await people()),
            });
        }

        return read;
    }
}
