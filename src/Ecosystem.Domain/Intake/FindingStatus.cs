namespace Ecosystem.Domain.Intake;

public enum FindingStatus
{
    Pass,
    Fail,
    Warning,
    Skipped,
}
