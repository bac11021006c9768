namespace Ecosystem.Domain.Intake;

public enum ChecklistMark
{
    Met,
    NotMet,
    Warning,
    NotChecked,
    ForReviewers,
}
