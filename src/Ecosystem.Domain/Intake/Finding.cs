namespace Ecosystem.Domain.Intake;

/// <summary>
/// The outcome of one check, worded for the applicant, about a place (a form field, the title, the repository) and maybe a
/// requirement; a <paramref name="Blocking"/> failure sends the application back to the applicant before review.
/// </summary>
public sealed record Finding(
    string Check,
    FindingStatus Status,
    string Message,
    string Where,
    int? Requirement = null,
    bool Blocking = false)
{
    /// <summary>A page the finding refers to (another issue), from GitHub itself, not from the applicant.</summary>
    public string? Link { get; init; }

    /// <summary>A form heading to add (<c>### Project repo URL</c>), shown so that copying it gives exactly that line.</summary>
    public string? SuggestedHeading { get; init; }

    /// <summary>For an early resubmission: the first day the application may be reviewed (it waits until then).</summary>
    public DateOnly? WaitsUntil { get; init; }

    /// <summary>For a resubmission filed before its date, once the date has come: the day it began to be reviewed as new.</summary>
    public DateOnly? ReviewedFrom { get; init; }

    public bool IsBlockingFailure => Blocking && Status == FindingStatus.Fail;

    /// <summary>The message as the report prints it: a skipped check says why it was not checked.</summary>
    public string Text => Status == FindingStatus.Skipped ? "Not checked: " + Message + "." : Message;

    public static Finding Skip(string check, string why, string where, int? requirement = null) =>
        new(check, FindingStatus.Skipped, why, where, requirement);
}
