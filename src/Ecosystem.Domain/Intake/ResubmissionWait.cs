using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>
/// An early resubmission waits on its date, not on an answer: the intake report carries the date in a hidden line, so
/// the nightly guard leaves the application alone until then (no reminder, no closing) and asks for intake again on
/// the day, which then reviews it as new.
/// </summary>
public static partial class ResubmissionWait
{
    private const string Tag = HiddenMarker.Prefix + "waits-until";

    /// <summary>The hidden line for <paramref name="report"/>'s latest resubmission date; empty when it waits on none.</summary>
    public static string Line(IntakeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Findings.Select(f => f.WaitsUntil).Max() is { } until
            ? $"\n<!-- {Tag} {until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} -->"
            : string.Empty;
    }

    /// <summary>The date in an intake report <paramref name="body"/> (trust it only in the automation's own comment); null when none.</summary>
    public static DateOnly? Until(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var match = LinePattern().Match(body);
        return match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    [GeneratedRegex(@"<!-- ecosystem-bot:waits-until (?<date>[0-9]{4}-[0-9]{2}-[0-9]{2}) -->")]
    private static partial Regex LinePattern();
}
