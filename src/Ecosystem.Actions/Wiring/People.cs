using Ecosystem.GitHub.Identity;

namespace Ecosystem.Actions.Wiring;

/// <summary>Who may act on applications in this run: staff, Working Group members and the automation itself.</summary>
public sealed record People(
    IReadOnlySet<string> Staff,
    IReadOnlySet<string> WorkingGroup,
    AutomationAccount Automation,
    IReadOnlyList<string> OtherBots);
