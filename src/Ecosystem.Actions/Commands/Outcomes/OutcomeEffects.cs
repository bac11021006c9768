using Ecosystem.Actions.Commands.Tally;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Outcomes;

/// <summary>
/// Carries out a decision's effects on GitHub, the same way whether staff added the outcome label (<c>guard</c>) or
/// closed the vote with it (<c>tally</c>): the domain's <see cref="DecisionOutcomes"/> plans, marketing is read only
/// for a community highlight, and the board item moves to done when the plan asks.
/// </summary>
public sealed class OutcomeEffects(GitHubSession session, EcosystemOptions configuration, TrustedPeople people, DoneColumn doneColumn)
{
    private readonly DecisionOutcomes _outcomes = new(DomainRules.Guardians(configuration), people);

    public DecisionOutcomes Outcomes => _outcomes;

    /// <summary>The community-highlight plan, with marketing resolved from <c>people.marketing</c>.</summary>
    public async Task<GuardianAction> CommunityHighlightAsync(IssueSnapshot application, OutcomeDecision decision, IReadOnlyList<CommentSnapshot> comments)
    {
        var marketing = await session.MarketingAsync();
        return _outcomes.CommunityHighlight(application, decision, comments, [.. marketing.Order(StringComparer.OrdinalIgnoreCase)], configuration.People.Marketing.Team);
    }

    /// <summary>Moves the board item to done when <paramref name="action"/> asks; the write made, if any.</summary>
    public async Task<PlannedWrite?> MoveOnBoardAsync(GuardianAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.MoveToDone ? await doneColumn.MoveAsync(action.Plan.IssueNumber) : null;
    }
}
