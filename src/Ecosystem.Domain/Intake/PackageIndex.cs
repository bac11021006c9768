namespace Ecosystem.Domain.Intake;

public enum PackageIndex
{
    PyPI,
    CondaForge,
}
