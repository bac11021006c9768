using System.Globalization;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Voting;

/// <summary>How a Working Group vote is counted and what it does to the issue (config section <c>voting</c>).</summary>
public sealed record TallyRules
{
    public MajorityBasis MajorityOf { get; init; } = MajorityBasis.Members;

    public int Quorum { get; init; }

    /// <summary>0: only <c>/vote close</c> closes the vote.</summary>
    public int CloseAfterDays { get; init; } = 7;

    public bool DeclineNeedsReason { get; init; } = true;

    public bool OpenOnSchedule { get; init; }

    /// <summary>
    /// The review calendar: a cancelled date (<c>sessions.skip</c>) stays named in a notice until the scheduler moves its
    /// batch on, and no vote opens on it on schedule or dates its deadline from it.
    /// </summary>
    public ReviewCalendarSettings Calendar { get; init; } = new();

    /// <summary>0: no such reminder (also for <see cref="RemindBeforeCloseDays"/>).</summary>
    public int RemindAfterDays { get; init; } = 3;

    public int RemindBeforeCloseDays { get; init; } = 1;

    public LabelNames Labels { get; init; } = new();

    /// <summary>
    /// The nightly tally visits open applications in voting or review, so deadlines close votes; returning ones, whose
    /// declined vote's tally starts anew before a batch takes them; and, with <see cref="CloseDeclinedIssues"/>, declined
    /// ones, as the applier closes last and a run stopped before the close is finished the next night.
    /// </summary>
    public IReadOnlyList<string> NightlyLabels => [.. ReviewLabels, .. CloseDeclinedIssues ? [Labels.Declined] : Array.Empty<string>()];

    private string[] ReviewLabels => [Labels.Voting, Labels.InReview, Labels.Returning];

    /// <summary>
    /// Whether the nightly run tallies an application it read by <see cref="NightlyLabels"/>: a declined one closed since its
    /// outcome was posted has been reopened, and stays open, so no close is left to finish (its tally wrote nothing each night,
    /// and read the board).
    /// </summary>
    public bool TalliedNightly(IssueHistory history, string automation) =>
        ReviewLabels.Any(history.Issue.HasLabel)
        || TallyInput.PublishedOutcome(history.Comments, automation) is not { } outcome || !history.ClosedSince(outcome.CreatedAt);

    /// <summary>Null when the repository has no board.</summary>
    public BoardColumns? Columns { get; init; } = new();

    public bool CloseDeclinedIssues { get; init; }

    public Foundation Foundation { get; init; } = new();

    /// <summary>The tasks of the onboarding issue an acceptance opens; empty opens none.</summary>
    public IReadOnlyList<string> OnboardingChecklist
    {
        get => field ??
        [
            $"Add the project to the {Foundation.Software} landscape",
            $"List the project on the {Foundation.Software} website's ecosystem page",
            "Announce the project (newsletter and social media)",
            $"Offer the maintainers a post on the {Foundation.Software} blog",
        ];
        init;
    }

    public ResubmissionWait Resubmission { get; init; } = new();

    public TimeZoneInfo TimeZone { get; init; } = ReviewCalendarSettings.DefaultTimeZone;

    internal string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + TimeZone.Id;

    /// <summary>A deadline is the start of the next day; people read it as the end of the day before.</summary>
    internal string EndOfDay(DateTimeOffset deadline) =>
        $"the end of {SessionText.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(deadline.AddTicks(-1), TimeZone).DateTime))} {TimeZone.Id}";
}
