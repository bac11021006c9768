using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>Label names for each role in the process (defaults are the live repository's names).</summary>
public sealed class LabelOptions
{
    [ConfigurationKeyName("new")]
    public string New { get; init; } = "New";

    /// <summary>Scheduled for the next review session.</summary>
    [ConfigurationKeyName("in-review")]
    public string InReview { get; init; } = "In review";

    [ConfigurationKeyName("voting")]
    public string Voting { get; init; } = "in voting";

    [ConfigurationKeyName("waiting")]
    public string Waiting { get; init; } = "Waiting on comment";

    [ConfigurationKeyName("returning")]
    public string Returning { get; init; } = "Returning";

    [ConfigurationKeyName("accepted")]
    public string Accepted { get; init; } = "Accepted";

    [ConfigurationKeyName("declined")]
    public string Declined { get; init; } = "Declined";

    [ConfigurationKeyName("too-early")]
    public string TooEarly { get; init; } = "Too early";

    [ConfigurationKeyName("community-highlight")]
    public string CommunityHighlight { get; init; } = "Blog candidate";

    /// <summary>Staff add it once the community highlight is published; the application then closes.</summary>
    [ConfigurationKeyName("community-highlight-done")]
    public string CommunityHighlightDone { get; init; } = "Blog completed";

    /// <summary>Marks an accepted project's periodic re-review.</summary>
    [ConfigurationKeyName("periodic-review")]
    public string PeriodicReview { get; init; } = "review - scheduled";

    /// <summary>Whether scheduling an application into a session removes its <see cref="New"/> label.</summary>
    [ConfigurationKeyName("remove-new-on-schedule")]
    public bool RemoveNewOnSchedule { get; init; } = true;

    /// <summary>Whether a comment by the applicant removes the <see cref="Waiting"/> label.</summary>
    [ConfigurationKeyName("remove-waiting-on-reply")]
    public bool RemoveWaitingOnReply { get; init; } = true;
}
