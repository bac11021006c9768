namespace Ecosystem.Domain.Intake;

public enum IntakeVerdict
{
    Complete,
    Incomplete,
    NotAnApplication,
    LostForm,
}
