namespace Ecosystem.Domain.Intake;

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
