namespace Ecosystem.Domain.Intake;

/// <summary>The fields of the Ecosystem application form, in form order.</summary>
public enum ApplicationField
{
    ContactEmails,
    Summary,
    Description,
    SimilarProjects,
    RepositoryUrl,
    AdditionalRepositories,
    License,
    Maintainers,
    BackingEntity,
    Website,
    Documentation,
    BuildAndTest,
    PyTorchVersion,
    PyTorchComponents,
    MaintenancePeriod,
    AdditionalInformation,
}
