using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Guardians;

/// <summary>The configuration the guardians follow; every value was checked at load.</summary>
public sealed record GuardianRules
{
    public LabelNames Labels { get; init; } = new();

    /// <summary>The foundation and ecosystem the comments name.</summary>
    public Foundation Foundation { get; init; } = new();

    /// <summary>The board's columns, a decided application going to <see cref="BoardColumns.Done"/>; null when the repository has no board.</summary>
    public BoardColumns? Columns { get; init; } = new();

    /// <summary>
    /// Where an application decided at <paramref name="at"/> (null: in this run) has its board item go; null without a board.
    /// </summary>
    public BoardPlacement? Decided(DateTimeOffset? at = null) => Columns is { } columns ? new BoardPlacement(columns.Done) { MovedOnAt = at } : null;

    /// <summary>The scheduler's review order: whether <see cref="LabelNames.Returning"/> really puts an application first.</summary>
    public ReviewOrder Order { get; init; } = ReviewOrder.ReturningFirst;

    /// <summary>Whether an applicant's reply removes <see cref="LabelNames.Waiting"/>; without it the Working Group removes the label by hand.</summary>
    public bool RemoveWaitingOnReply { get; init; } = true;

    /// <summary>Days of waiting on the applicant after which the applicant is reminded; 0 = no reminder.</summary>
    public int RemindAfterDays { get; init; } = 30;

    /// <summary>Days of waiting on the applicant after which an application is closed; 0 = never.</summary>
    public int CloseAfterDays { get; init; } = 60;

    /// <summary>Months between re-checks of accepted projects; 0 = no re-checks.</summary>
    public int RecheckEveryMonths { get; init; } = 6;
    public int RecheckGraceDays { get; init; } = 30;

    /// <summary>Projects to re-check on the next run regardless of schedule.</summary>
    public IReadOnlyList<RecheckEntry> RecheckProjects { get; init; } = [];

    /// <summary>The Working Group's team (<c>org/slug</c>, or empty; kept without an '@', so a mention is never <c>@@org/slug</c>)
    /// and users: the host resolves their members, the guardians mention them.</summary>
    public string WorkingGroupTeam { get; init => field = GitHubHandle.BareTeam(value); } = "";

    public IReadOnlyList<string> WorkingGroupUsers { get; init; } = [];

    /// <summary>How soon after opening the form's own <see cref="LabelNames.New"/> (or <see cref="LabelNames.Application"/>) event may come.</summary>
    public TimeSpan FormLabelWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The label that puts <paramref name="application"/> past review (in voting, or decided other than too early, which a
    /// stale wait's close may be finishing), or null: the tally leaves the waiting label on, and neither a wait nor an answer
    /// moves such an application.
    /// </summary>
    public string? PastReview(IssueSnapshot application) =>
        Labels.Settled.FirstOrDefault(label => !LabelNames.Same(label, Labels.TooEarly) && application.HasLabel(label));

    /// <summary>Whether adding <paramref name="label"/> carries out an outcome: too early, community highlight, highlight published, returning.</summary>
    public bool IsOutcomeLabel(string label) =>
        new[] { Labels.TooEarly, Labels.CommunityHighlight, Labels.CommunityHighlightDone, Labels.Returning }.Contains(label, LabelNames.Comparer);
}
