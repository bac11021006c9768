using System.Globalization;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Voting;

/// <summary>How a Working Group vote is counted and what it does to the issue (config section <c>voting</c>).</summary>
public sealed record TallyRules
{
    public MajorityBasis MajorityOf { get; init; } = MajorityBasis.Members;

    /// <summary>With <see cref="MajorityBasis.VotesCast"/>: the fewest ballots counted for a decision.</summary>
    public int Quorum { get; init; }

    /// <summary>The vote closes at the end of session date + this many days; 0 = only by <c>/vote close</c>.</summary>
    public int CloseAfterDays { get; init; } = 7;

    /// <summary>A decline counts only with a reason on its line; one without is listed as not counted, its member yet to vote.</summary>
    public bool DeclineNeedsReason { get; init; } = true;

    /// <summary>The vote opens by itself at the scheduled time as well as by <c>/vote open</c>.</summary>
    public bool OpenOnSchedule { get; init; }

    /// <summary>
    /// The review calendar (<c>sessions</c>): when an application's session started, which tells the review it came back
    /// from from its next one; and the dates staff cancelled (<c>sessions.skip</c>): an application's notice names one until
    /// the scheduler moves its batch on, weeks later, and no session held there opens its vote on schedule or dates its deadline.
    /// </summary>
    public ReviewCalendarSettings Calendar { get; init; } = new();

    /// <summary>Days after the vote opened that the members yet to vote are reminded; 0 = no such reminder.</summary>
    public int RemindAfterDays { get; init; } = 3;

    /// <summary>Days before the deadline that the members yet to vote are reminded; 0 = no such reminder.</summary>
    public int RemindBeforeCloseDays { get; init; } = 1;

    public LabelNames Labels { get; init; } = new();

    /// <summary>
    /// The nightly tally visits every open application in voting or in review, so that deadlines close votes, and every
    /// returning one: brought back by a label (a run of guard alone), its declined vote's tally starts anew before a batch takes it.
    /// With <see cref="CloseDeclinedIssues"/>, every open declined one too: the run that recorded the decline took the review
    /// labels off before the close (the applier closes last), so a run stopped between the two is finished the next night.
    /// </summary>
    public IReadOnlyList<string> NightlyLabels =>
        [Labels.Voting, Labels.InReview, Labels.Returning, .. CloseDeclinedIssues ? [Labels.Declined] : Array.Empty<string>()];

    /// <summary>The board's columns, a decided application going to <see cref="BoardColumns.Done"/>; null when the repository has no board.</summary>
    public BoardColumns? Columns { get; init; } = new();

    public bool CloseDeclinedIssues { get; init; }

    /// <summary>The software the default onboarding tasks name (<see cref="Foundation.Software"/>).</summary>
    public Foundation Foundation { get; init; } = new();

    /// <summary>
    /// The checklist of the onboarding issue an acceptance opens, one task per item; empty opens none. Unless configured,
    /// four tasks naming <see cref="Foundation.Software"/>'s landscape, website and blog.
    /// </summary>
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

    /// <summary>The zone of session dates, deadlines and the times shown in the tally.</summary>
    public TimeZoneInfo TimeZone { get; init; } = ReviewCalendarSettings.DefaultTimeZone;

    /// <summary>A time as the tally and reminders show it, in <see cref="TimeZone"/>.</summary>
    internal string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + TimeZone.Id;

    /// <summary>A deadline is the start of the next day; people read it as the end of the day before.</summary>
    internal string EndOfDay(DateTimeOffset deadline) =>
        $"the end of {SessionText.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(deadline.AddTicks(-1), TimeZone).DateTime))} {TimeZone.Id}";
}
