namespace Ecosystem.Actions.Commands.Validate;

/// <summary>What one <c>validate</c> run looks at.</summary>
public enum ValidationScope
{
    /// <summary>One issue, by number.</summary>
    OneIssue,

    /// <summary>Every open application of the repository.</summary>
    AllOpen,

    /// <summary>The event is not one intake acts on (a pull request, a label change); the run does nothing.</summary>
    Nothing,
}
