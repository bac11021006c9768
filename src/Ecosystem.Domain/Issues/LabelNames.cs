using System.Diagnostics.CodeAnalysis;

namespace Ecosystem.Domain.Issues;

/// <summary>
/// The label of each role in the process (<c>labels.*</c>; the defaults are the live tracker's), shared by every rules
/// record. GitHub compares label names without regard to case, and so does every reader of these (<see cref="Comparer"/>).
/// </summary>
public sealed record LabelNames
{
    public const int MaxLength = 50;

    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    public static bool Same(string label, string other) => Comparer.Equals(label, other);

    /// <summary>In the order of the configuration's keys.</summary>
    public static readonly IReadOnlyList<LabelRole> Roles =
    [
        new("labels.new", n => n.New, (n, v) => n with { New = v }),
        new("labels.in-review", n => n.InReview, (n, v) => n with { InReview = v }),
        new("labels.voting", n => n.Voting, (n, v) => n with { Voting = v }),
        new("labels.waiting", n => n.Waiting, (n, v) => n with { Waiting = v }),
        new("labels.returning", n => n.Returning, (n, v) => n with { Returning = v }),
        new("labels.accepted", n => n.Accepted, (n, v) => n with { Accepted = v }),
        new("labels.declined", n => n.Declined, (n, v) => n with { Declined = v }),
        new("labels.too-early", n => n.TooEarly, (n, v) => n with { TooEarly = v }),
        new("labels.community-highlight", n => n.CommunityHighlight, (n, v) => n with { CommunityHighlight = v }),
        new("labels.community-highlight-done", n => n.CommunityHighlightDone, (n, v) => n with { CommunityHighlightDone = v }),
        new("labels.periodic-review", n => n.PeriodicReview, (n, v) => n with { PeriodicReview = v }),
    ];

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

    public IReadOnlyList<string> Outcomes => [Accepted, Declined, TooEarly, CommunityHighlight];

    /// <summary>An outcome, or the community highlight published (which may replace it).</summary>
    public IReadOnlyList<string> Decided => [.. Outcomes, CommunityHighlightDone];

    /// <summary>
    /// Labels that mean an application is past review (voting or decided). The live tracker leaves <c>New</c> on
    /// such issues, so these keep a stale <c>New</c> from putting a decided application back into a batch.
    /// </summary>
    public IReadOnlyList<string> Settled => [Voting, .. Decided];

    /// <summary>
    /// The labels the process puts on applications alone while they are in it, each marking an issue as one whatever its
    /// title or body (the scheduler takes <see cref="New"/> off); not <see cref="Waiting"/>, which staff may put on any issue,
    /// nor the outcomes, whose names (such as Accepted) other kinds of issues in the repository may carry.
    /// </summary>
    public IReadOnlyList<string> OfApplications => [New, InReview, Returning, Voting];

    /// <summary>Every label that marks an issue as an application somewhere in the process.</summary>
    public IReadOnlyList<string> Process => [New, InReview, Waiting, Returning, .. Settled];

    public static bool TryReadName(string text, [NotNullWhen(true)] out string? name, out string problem) => ConfigurationProblem.TryAccept(text,
        text.Length == 0 ? "is empty; every label role needs a label name"
            : text.Length > MaxLength ? $"`{text}` is longer than the {MaxLength} characters GitHub allows in a label name" : null, out name, out problem);

    public bool IsDecided(string label) => Decided.Contains(label, Comparer);
}
