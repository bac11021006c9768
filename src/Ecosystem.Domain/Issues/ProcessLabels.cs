namespace Ecosystem.Domain.Issues;

/// <summary>The live tracker's label names: the one place of their defaults (configuration keys <c>labels.*</c>).</summary>
public static class ProcessLabels
{
    public const string New = "New";
    public const string InReview = "In review";
    public const string Voting = "in voting";
    public const string Waiting = "Waiting on comment";
    public const string Returning = "Returning";
    public const string Accepted = "Accepted";
    public const string Declined = "Declined";
    public const string TooEarly = "Too early";
    public const string CommunityHighlight = "Blog candidate";
    public const string CommunityHighlightDone = "Blog completed";
    public const string PeriodicReview = "review - scheduled";

    /// <summary>Marks an accepted project that stayed short after a re-check; not configurable.</summary>
    public const string Retire = "Retire";
}
