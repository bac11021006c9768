using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// The days after a decision (declined, too early) before the same project may apply again (<c>requirements.resubmit-after-days</c>).
/// An early resubmission waits on its date, not on an answer: the intake report carries the date in a hidden line, so
/// the nightly guard leaves the application alone until then (no reminder, no closing) and asks for intake again on
/// the day, which then reviews it as new.
/// </summary>
public sealed record ResubmissionWait(int Days = 90)
{
    private const string MarkerPurpose = "waits-until";

    /// <summary>
    /// The first day (UTC) the same project may apply again after a decision at <paramref name="decidedAt"/>. A whole
    /// day, as the applicant is told it and as the nightly sweep re-runs intake on it, not the hour of the decision.
    /// </summary>
    public DateOnly From(DateTimeOffset decidedAt) => DateOnly.FromDateTime(decidedAt.AddDays(Days).UtcDateTime);

    /// <summary>The hidden line for <paramref name="report"/>'s latest resubmission date; empty when it waits on none.</summary>
    public static string Line(IntakeReport report)
    {
        // A loop, not LINQ's Max: .NET cannot precompile LINQ over nullable dates, and every validate renders this.
        DateOnly? latest = null;
        foreach (var finding in report.Findings)
        {
            if (finding.WaitsUntil is { } until && (latest is null || until > latest))
            {
                latest = until;
            }
        }

        return latest is { } date ? "\n" + SessionText.Marker(date, MarkerPurpose) : string.Empty;
    }

    /// <summary>The date in an intake report <paramref name="body"/> (trust it only in the automation's own comment); null when none.</summary>
    public static DateOnly? Until(string body) => SessionText.DateIn(body, MarkerPurpose);
}
