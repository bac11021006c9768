using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Domain.Guardians;

/// <summary>The configuration the guardians follow; every value was checked at load.</summary>
public sealed record GuardianRules
{
    public LabelNames Labels { get; init; } = new();

    public Foundation Foundation { get; init; } = new();

    /// <summary>Null when the repository has no board.</summary>
    public BoardColumns? Columns { get; init; } = new();

    public BoardPlacement? Decided(DateTimeOffset? at = null) => Columns is { } columns ? new BoardPlacement(columns.Done) { MovedOnAt = at } : null;

    /// <summary>Whether <see cref="LabelNames.Returning"/> really puts an application first.</summary>
    public ReviewOrder Order { get; init; } = ReviewOrder.ReturningFirst;

    /// <summary>Whether an applicant's reply removes <see cref="LabelNames.Waiting"/>, or the Working Group does by hand.</summary>
    public bool RemoveWaitingOnReply { get; init; } = true;

    /// <summary>Days waiting on the applicant before a reminder (0: none), and before the close (0: never).</summary>
    public int RemindAfterDays { get; init; } = 30;

    public int CloseAfterDays { get; init; } = 60;

    /// <summary>Months between re-checks of accepted projects; 0 = no re-checks.</summary>
    public int RecheckEveryMonths { get; init; } = 6;
    public int RecheckGraceDays { get; init; } = 30;

    public IReadOnlyList<RecheckEntry> RecheckProjects { get; init; } = [];

    /// <summary>The Working Group's team (<c>org/slug</c>, or empty; kept without an '@', so a mention is never <c>@@org/slug</c>)
    /// and users: the host resolves their members, the guardians mention them.</summary>
    public string WorkingGroupTeam { get; init => field = GitHubHandle.BareTeam(value); } = "";

    public IReadOnlyList<string> WorkingGroupUsers { get; init; } = [];

    /// <summary>How soon after opening the form's own label event may come.</summary>
    public TimeSpan FormLabelWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The label that puts the application past review (in voting, or decided other than too early, which a stale wait's
    /// close may be finishing), or null: the tally leaves the waiting label on, and no wait or answer moves it.
    /// </summary>
    public string? PastReview(IssueSnapshot application) =>
        Labels.Settled.FirstOrDefault(label => !LabelNames.Same(label, Labels.TooEarly) && application.HasLabel(label));

    public bool IsOutcomeLabel(string label) =>
        new[] { Labels.TooEarly, Labels.CommunityHighlight, Labels.CommunityHighlightDone, Labels.Returning }.Contains(label, LabelNames.Comparer);
}
