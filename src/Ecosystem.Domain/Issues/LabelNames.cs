namespace Ecosystem.Domain.Issues;

/// <summary>
/// The label of each role in the process (<c>labels.*</c>; the defaults are the live tracker's), shared by every rules
/// record. GitHub compares label names without regard to case, and so does every reader of these.
/// </summary>
public sealed record LabelNames
{
    public string New { get; init; } = "New";
    public string InReview { get; init; } = "In review";
    public string Voting { get; init; } = "in voting";
    public string Waiting { get; init; } = "Waiting on comment";
    public string Returning { get; init; } = "Returning";
    public string Accepted { get; init; } = "Accepted";
    public string Declined { get; init; } = "Declined";
    public string TooEarly { get; init; } = "Too early";

    /// <summary>Outcome: a community highlight with marketing instead of admission (the live tracker's name).</summary>
    public string CommunityHighlight { get; init; } = "Blog candidate";

    /// <summary>Staff mark the highlight published; the application then closes.</summary>
    public string CommunityHighlightDone { get; init; } = "Blog completed";
    public string PeriodicReview { get; init; } = "review - scheduled";

    /// <summary>Marks an accepted project that stayed short after a re-check; the one label that is not configurable.</summary>
    public const string Retire = "Retire";

    /// <summary>
    /// A label that marks an issue as an application whatever its title (<c>application.label</c>); empty for none.
    /// Intake adds it to every issue it recognises, so the mark outlives an edited title; a form may preset it like <see cref="New"/>.
    /// </summary>
    public string Application { get; init; } = "";

    /// <summary>The outcomes of a review: each one decides an application.</summary>
    public IReadOnlyList<string> Outcomes => [Accepted, Declined, TooEarly, CommunityHighlight];

    /// <summary>
    /// Labels that mean an application is past review (voting or an outcome). The live tracker leaves <c>New</c> on
    /// such issues, so these keep a stale <c>New</c> from putting a decided application back into a batch.
    /// </summary>
    public IReadOnlyList<string> Settled => [Voting, .. Outcomes];

    /// <summary>Every label that marks an issue as an application somewhere in the process.</summary>
    public IReadOnlyList<string> Process => [New, InReview, Waiting, Returning, .. Settled];

    public bool IsOutcome(string label) => Outcomes.Any(o => string.Equals(o, label, StringComparison.OrdinalIgnoreCase));
}
