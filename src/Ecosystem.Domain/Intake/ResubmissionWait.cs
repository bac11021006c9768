using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// The days after a decline before the same project may apply again (<c>requirements.resubmit-after-days</c>). An early
/// resubmission waits on its date, not on an answer: the intake report carries the date in a hidden line, so the nightly
/// guard leaves the application alone until then and asks for intake again on the day, which then reviews it as new. From
/// then on the report carries that day in another hidden line: the wait on the applicant's answers counts from it.
/// </summary>
public sealed record ResubmissionWait(int Days = 90)
{
    private const string MarkerPurpose = "waits-until";
    private const string ReviewedPurpose = "reviewed-from";

    /// <summary>
    /// A whole day (UTC), as the applicant is told it and as the nightly sweep re-runs intake on it, not the hour of the decision.
    /// </summary>
    public DateOnly From(DateTimeOffset decidedAt) => DateOnly.FromDateTime(decidedAt.AddDays(Days).UtcDateTime);

    /// <summary>The hidden lines for the latest resubmission date still to come and the latest one come since it was filed.</summary>
    public static string Line(IntakeReport report)
    {
        // A loop, not LINQ's Max: .NET cannot precompile LINQ over nullable dates, and every validate renders this.
        DateOnly? latest = null;
        DateOnly? reviewed = null;
        foreach (var finding in report.Findings)
        {
            latest = Later(latest, finding.WaitsUntil);
            reviewed = Later(reviewed, finding.ReviewedFrom);
        }

        return (latest is { } date ? "\n" + SessionText.Marker(date, MarkerPurpose) : string.Empty)
            + (reviewed is { } from ? "\n" + SessionText.Marker(from, ReviewedPurpose) : string.Empty);
    }

    /// <summary>Trust it only in the automation's own comment.</summary>
    public static DateOnly? Until(string body) => SessionText.DateIn(body, MarkerPurpose);

    /// <summary>The date in the intake report the <paramref name="automation"/> keeps.</summary>
    public static DateOnly? In(IReadOnlyList<CommentSnapshot> comments, string automation) =>
        OwnComments.Of(comments, automation, IntakeAssessor.CommentPurpose).Kept is { } report ? Until(report.Body) : null;

    /// <summary>The day an early resubmission's date came (trust it as <see cref="Until"/>).</summary>
    public static DateOnly? ReviewedFrom(string body) => SessionText.DateIn(body, ReviewedPurpose);

    /// <summary>The start (UTC) of <see cref="ReviewedFrom"/>: the wait on the applicant's answers counts from then.</summary>
    public static DateTimeOffset? ReviewedSince(CommentSnapshot? report) =>
        report is not null && ReviewedFrom(report.Body) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static DateOnly? Later(DateOnly? latest, DateOnly? date) => date > latest || latest is null ? date : latest;
}
