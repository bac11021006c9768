namespace Ecosystem.Actions.Commands.Guard;

/// <summary>The labels whose adding by a person carries out an outcome (configured as <c>labels.*</c>).</summary>
public enum OutcomeLabel
{
    /// <summary><c>labels.too-early</c>.</summary>
    TooEarly,

    /// <summary><c>labels.community-highlight</c>.</summary>
    CommunityHighlight,

    /// <summary><c>labels.community-highlight-done</c>.</summary>
    CommunityHighlightDone,

    /// <summary><c>labels.returning</c>.</summary>
    Returning,
}
