using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Wiring;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Actions.Commands.Outcomes;

/// <summary>
/// Carries out a decision's effects on GitHub, the same way whether staff added the outcome label (<c>guard</c>) or
/// closed the vote with it (<c>tally</c>): the domain's <see cref="DecisionOutcomes"/> plans, marketing is read only
/// for a community highlight.
/// </summary>
public sealed class OutcomeEffects(GitHubSession session, EcosystemOptions configuration, TrustedPeople people)
{
    private readonly DecisionOutcomes _outcomes = new(DomainRules.Guardians(configuration), people);

    public DecisionOutcomes Outcomes => _outcomes;

    /// <summary>The community-highlight plan, with marketing resolved from <c>people.marketing</c>.</summary>
    public async Task<GuardianAction> CommunityHighlightAsync(IssueSnapshot application, OutcomeDecision decision, IReadOnlyList<CommentSnapshot> comments)
    {
        var marketing = await session.MarketingAsync();
        return _outcomes.CommunityHighlight(application, decision, comments, [.. marketing.Order(StringComparer.OrdinalIgnoreCase)], configuration.People.Marketing.Team);
    }
}
