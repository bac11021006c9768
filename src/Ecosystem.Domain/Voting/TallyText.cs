using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// Renders the tally and outcome comments; the templates own the rows and the escaping (a line not counted is cut at 80
/// characters: anyone can write them, and 50 of 200 ampersands, each shown as "&amp;amp;", took 58,000 of the 65,536).
/// Every value depends only on the result and the rules, never on the clock, so a re-run writes nothing.
/// </summary>
internal sealed class TallyText(TallyRules rules, DateTimeOffset? scheduledOpening, int? onboardingIssue)
{
    /// <summary>
    /// Tried in order until the comment fits: reasons cut to so many characters (0: left out; null: whole), and so many
    /// lines not counted listed. The last fits whatever is written: 100 members, 39-character logins (the size tests).
    /// </summary>
    private static readonly (int? ReasonLength, int NotCountedShown)[] Steps = [(null, 50), (150, 50), (60, 20), (20, 10), (0, 0)];

    public (string Text, int Step) Tally(TallyResult result, TallyState? state) =>
        FirstThatFits(result, state, 0, (fit, cutState, step, cutAt) => RenderTally(fit, cutState, Steps[step].NotCountedShown, cutAt));

    /// <summary>From the step the tally fits at, so both show (and keep) the reasons the state keeps.</summary>
    public string Outcome(TallyResult result, TallyState? state, int fromStep) =>
        FirstThatFits(result, state, fromStep, (fit, cutState, _, cutAt) => RenderOutcome(fit, cutState, cutAt)).Text;

    /// <summary>The first rendering in the budget, else the last; a state's cut reasons cannot grow back: it starts at that cut.</summary>
    private static (string Text, int Step) FirstThatFits(
        TallyResult result, TallyState? state, int fromStep, Func<TallyResult, TallyState?, int, int?, string> render)
    {
        var stored = state?.Final?.ReasonLength;
        var rendered = (Text: string.Empty, Step: fromStep);
        for (var step = fromStep; step < Steps.Length; step++)
        {
            var length = Steps[step].ReasonLength;
            if (length is null ? stored is not null : length > stored)
            {
                continue;
            }

            IReadOnlyList<Ballot> ballots = length is { } cut
                ? [.. result.Ballots.Select(b => b.Reason is null ? b : b with { Reason = MarkdownText.Truncate(b.Reason, cut) })]
                : result.Ballots;
            var cutAt = stored is not null || !ballots.SequenceEqual(result.Ballots) ? length : null;
            var final = state?.Final is { } f ? f with { Ballots = ballots, ReasonLength = cutAt } : null;
            rendered = (render(result with { Ballots = ballots }, state is null ? null : state with { Final = final }, step, cutAt), step);
            if (rendered.Text.Length <= MarkdownText.CommentBudget)
            {
                break;
            }
        }

        return rendered;
    }

    private string RenderTally(TallyResult result, TallyState? state, int notCountedShown, int? cutAt) =>
        Template.Load("vote-tally").Render(new Dictionary<string, object?>(Common(result, cutAt), StringComparer.Ordinal)
        {
            ["scheduled_at"] = scheduledOpening is { } at ? rules.Time(at) : null,
            ["status"] = result.StatusText,
            ["foregone"] = result.Foregone == VoteOutcome.Approved ? "approved" : "declined",
            ["ballots"] = result.Ballots.Select(b => Template.Record(
                ("voter", b.Voter),
                ("vote", b.Choice switch { VoteChoice.Approve => "✅ approve", VoteChoice.Decline => "❌ decline", _ => "⚪ abstain" }),
                ("cast_at", rules.Time(b.CastAt)),
                ("url", b.CommentUrl),
                ("reason_missing", b.IsDeclineWithoutReason),
                ("reason", b.Reason))),
            ["decline_needs_reason"] = rules.DeclineNeedsReason,
            ["yet_to_vote"] = result.YetToVote,
            ["recusals"] = result.Recusals.Select(r => Template.Record(("member", r.Member), ("why", r.Why), ("url", r.CommentUrl))),
            ["electorate"] = Template.Record(
                ("frozen", result.Electorate.FrozenWhenOpened),
                ("refreshed_by", result.Electorate.RefreshedBy),
                ("refreshed_at", result.Electorate.RefreshedAt is { } refreshed ? rules.Time(refreshed) : null),
                ("members", result.Electorate.Members)),
            ["not_counted"] = result.NotCounted.Take(notCountedShown).Select(n => Template.Record(("author", n.Author), ("line", n.Line), ("why", n.Why), ("url", n.CommentUrl))),
            ["not_counted_hidden"] = Math.Max(0, result.NotCounted.Count - notCountedShown),
            ["state"] = state?.Render() ?? string.Empty,
        }).TrimEnd() + "\n";

    /// <summary>With the closed vote's state as the tally holds it (read back when the tally comment is lost).</summary>
    private string RenderOutcome(TallyResult result, TallyState? state, int? cutAt)
    {
        var approved = result.Outcome == VoteOutcome.Approved;
        return Template.Load("vote-outcome").Render(new Dictionary<string, object?>(Common(result, cutAt), StringComparer.Ordinal)
        {
            ["outcome"] = approved ? "Approved" : "Declined",
            ["outcome_word"] = approved ? "approved" : "declined",
            ["declines"] = result.Ballots.Where(b => b.Choice == VoteChoice.Decline).Select(b => Template.Record(
                ("voter", b.Voter), ("url", b.CommentUrl), ("reason_missing", b.IsDeclineWithoutReason), ("reason", b.Reason))),
            ["onboarding"] = approved ? onboardingIssue : null,
            ["onboarding_marker"] = approved && onboardingIssue is { } number ? OnboardingIssue.OutcomeMarker(number) : null,
            ["resubmit_date"] = approved || result.Window?.ClosedAt is not { } closedAt
                ? null
                : Scheduling.SessionText.Date(rules.Resubmission.From(closedAt)),
            ["state"] = state?.Final is null ? string.Empty : state.Render(),
        });
    }

    private Dictionary<string, object?> Common(TallyResult result, int? cutAt) => new(StringComparer.Ordinal)
    {
        ["approve"] = result.Approve,
        ["decline"] = result.Decline,
        ["abstain"] = result.Abstain,
        ["eligible"] = result.Eligible,
        ["members_rule"] = rules.MajorityOf == MajorityBasis.Members,
        ["threshold"] = VoteTally.MembersThreshold(result.Eligible),
        ["quorum"] = rules.Quorum,
        ["reasons_cut_at"] = cutAt,
        ["window"] = result.Window is not { } window ? null : Template.Record(
            ("opened_at", rules.Time(window.OpenedAt)),
            ("opened_by", window.OpenedBy),
            ("deadline", window.Deadline is { } deadline ? rules.EndOfDay(deadline) : null),
            ("closed_by", window.ClosedBy),
            ("closed_time", window.ClosedAt is { } closed ? rules.Time(closed) : null),
            ("closed_day", window.ClosedAt is { } end ? rules.EndOfDay(end) : null)),
    };
}
