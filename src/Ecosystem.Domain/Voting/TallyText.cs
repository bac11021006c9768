using System.Globalization;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// Renders the tally and outcome comments from the <c>vote-tally</c> and <c>vote-outcome</c> templates, which own
/// the rows, the lists and the escaping (a reason is cut at 500 characters; a line not counted at 80, because anyone
/// can write them: 50 of 200 ampersands, each shown as "&amp;amp;", took 58,000 of the 65,536 characters and left
/// members' reasons little room). Every value depends only on the result and the rules (never on the clock), so the
/// same inputs give byte-identical text and a re-run writes nothing.
/// </summary>
internal sealed class TallyText(TallyRules rules, DateTimeOffset? scheduledOpening, int? onboardingIssue = null)
{
    /// <summary>
    /// A comment is shortened until it fits in this many characters: GitHub rejects more than 65,536, and the purpose
    /// marker is stamped on afterwards.
    /// </summary>
    private const int Budget = 60_000;

    /// <summary>
    /// Tried in order until the comment fits: members' reasons cut to so many characters (0: left out; null: whole),
    /// and so many lines not counted listed (the rest only counted). The first shows everything (one comment of many
    /// /vote lines is listed up to 50 of them); the last fits whatever members and strangers write: 100 members,
    /// 39-character logins, each ballot a link (measured by the size tests).
    /// </summary>
    private static readonly (int? ReasonLength, int NotCountedShown)[] Steps = [(null, 50), (150, 50), (60, 20), (20, 10), (0, 0)];

    /// <summary>The tally comment, and the step it fits at, from which <see cref="Outcome"/> starts.</summary>
    public (string Text, int Step) Tally(TallyResult result, TallyState? state) =>
        FirstThatFits(Shortenings(result, state, 0), fit => RenderTally(fit.Result, fit.State, Steps[fit.Step].NotCountedShown, fit.Note));

    /// <summary>The outcome comment, from the step the tally fits at, so both show the reasons the state keeps.</summary>
    public string Outcome(TallyResult result, TallyState? state, int fromStep) =>
        FirstThatFits(Shortenings(result, state, fromStep), fit => RenderOutcome(fit.Result, fit.Note)).Text;

    /// <summary>The first rendering within the budget, else the last (the size tests prove the last always fits).</summary>
    private static (string Text, int Step) FirstThatFits(
        IEnumerable<(int Step, TallyResult Result, TallyState? State, string Note)> fits,
        Func<(int Step, TallyResult Result, TallyState? State, string Note), string> render)
    {
        var rendered = (Text: string.Empty, Step: 0);
        foreach (var fit in fits)
        {
            rendered = (render(fit), fit.Step);
            if (rendered.Text.Length <= Budget)
            {
                break;
            }
        }

        return rendered;
    }

    /// <summary>
    /// The result and state at each step from <paramref name="fromStep"/>, with reasons cut and a note saying so when
    /// any was. A state whose reasons were already cut starts at that cut: its reasons cannot grow back, and re-rendering
    /// it gives the text it was stored with, so a re-run writes nothing.
    /// </summary>
    private static IEnumerable<(int Step, TallyResult Result, TallyState? State, string Note)> Shortenings(TallyResult result, TallyState? state, int fromStep)
    {
        var stored = state?.Final?.ReasonLength;
        for (var step = fromStep; step < Steps.Length; step++)
        {
            if (Steps[step].ReasonLength is not { } length)
            {
                if (stored is null)
                {
                    yield return (step, result, state, string.Empty);
                }

                continue;
            }

            if (length > stored)
            {
                continue;
            }

            IReadOnlyList<Ballot> ballots = [.. result.Ballots.Select(b => b.WithReasonCut(length))];
            var cut = stored is not null || !ballots.SequenceEqual(result.Ballots);
            var final = state?.Final is { } f ? f with { Ballots = ballots, ReasonLength = cut ? length : null } : null;
            yield return (step, result with { Ballots = ballots }, state is null ? null : state with { Final = final }, cut ? ShortenedNote(length) : string.Empty);
        }
    }

    private static string ShortenedNote(int length) => length == 0
        ? "_Reasons are left out to keep this comment within GitHub's size limit; each ballot's link leads to its comment and the full reason._"
        : $"_Reasons are shortened to {Number(length)} characters to keep this comment within GitHub's size limit; each ballot's link leads to its comment and the full reason._";

    private string RenderTally(TallyResult result, TallyState? state, int notCountedShown, string note) =>
        Template.Load("vote-tally").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["window"] = Window(result.Window),
            ["status"] = Status(result),
            ["approve"] = result.Approve,
            ["decline"] = result.Decline,
            ["abstain"] = result.Abstain,
            ["eligible"] = result.Eligible,
            ["rule"] = Rule(result.Eligible),
            ["ballots"] = result.Ballots.Select(b => Template.Record(
                ("voter", b.Voter),
                ("vote", b.Choice switch { VoteChoice.Approve => "✅ approve", VoteChoice.Decline => "❌ decline", _ => "⚪ abstain" }),
                ("cast_at", rules.Time(b.CastAt)),
                ("url", b.CommentUrl),
                ("reason_missing", b.IsDeclineWithoutReason && rules.DeclineNeedsReason),
                ("reason", b.Reason))),
            ["shortened"] = note.Length > 0,
            ["shortened_note"] = note,
            ["yet_to_vote"] = result.YetToVote,
            ["recusals"] = result.Recusals.Select(r => Template.Record(("member", r.Member), ("why", r.Why), ("url", r.CommentUrl))),
            ["electorate"] = Template.Record(
                ("frozen", result.Electorate.FrozenWhenOpened),
                ("refreshed_by", result.Electorate.RefreshedBy),
                ("refreshed_at", result.Electorate.RefreshedAt is { } at ? rules.Time(at) : null),
                ("members", result.Electorate.Members)),
            ["not_counted"] = result.NotCounted.Take(notCountedShown).Select(n => Template.Record(("author", n.Author), ("line", n.Line), ("why", n.Why), ("url", n.CommentUrl))),
            ["not_counted_hidden"] = Math.Max(0, result.NotCounted.Count - notCountedShown),
            ["state"] = state?.Render() ?? string.Empty,
        }).TrimEnd() + "\n";

    private string RenderOutcome(TallyResult result, string note)
    {
        var window = result.Window!;
        var approved = result.Outcome == VoteOutcome.Approved;
        return Template.Load("vote-outcome").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["outcome"] = approved ? "Approved" : "Declined",
            ["outcome_word"] = approved ? "approved" : "declined",
            ["closed"] = Closed(window),
            ["approve"] = result.Approve,
            ["decline"] = result.Decline,
            ["abstain"] = result.Abstain,
            ["eligible"] = result.Eligible,
            ["rule"] = Rule(result.Eligible),
            ["declines"] = result.Ballots.Where(b => b.Choice == VoteChoice.Decline).Select(b => Template.Record(
                ("voter", b.Voter), ("url", b.CommentUrl), ("reason_missing", b.IsDeclineWithoutReason), ("reason", b.Reason))),
            ["shortened"] = note.Length > 0,
            ["shortened_note"] = note,
            ["onboarding"] = approved && onboardingIssue is { } number ? OnboardingIssue.OutcomeLine(number) : null,
            ["resubmit_date"] = approved ? null : Guardians.DecisionOutcomes.ResubmitFrom(window.ClosedAt!.Value, rules.ResubmitAfterDays),
        });
    }

    private string Window(VotingWindow? window)
    {
        if (window is null)
        {
            var scheduled = rules.OpenOnSchedule && scheduledOpening is { } at
                ? $" It opens by itself at {rules.Time(at)}."
                : string.Empty;
            return "Voting has not opened: ballots are not counted until staff write `/vote open`." + scheduled;
        }

        var opened = $"Opened {rules.Time(window.OpenedAt)}{(window.OpenedBy is { } by ? " by " + Login(by) : " on schedule")}";
        if (window.IsClosed)
        {
            return $"{opened}; {Closed(window)}.";
        }

        return window.Deadline is { } deadline
            ? $"{opened}; closes on `/vote close` by staff or at {rules.EndOfDay(deadline)}, whichever comes first."
            : $"{opened}; closes on `/vote close` by staff.";
    }

    private string Closed(VotingWindow window) => window.ClosedBy is { } by
        ? $"closed {rules.Time(window.ClosedAt!.Value)} by {Login(by)}"
        : $"closed at its deadline, {rules.EndOfDay(window.ClosedAt!.Value)}";

    private string Status(TallyResult result) => result.Status switch
    {
        TallyStatus.Open when result.Window is null => "not open yet",
        TallyStatus.Open when rules.MajorityOf == MajorityBasis.Members => MoreApprovalsNeeded(result),
        TallyStatus.Open => "open, no ballots counted yet",
        TallyStatus.Passing => "open, passing",
        TallyStatus.Failing => "open, failing",
        TallyStatus.Decided => result.Foregone == VoteOutcome.Approved
            ? "decided: approved whatever the remaining members vote (final when the vote closes)"
            : "decided: declined whatever the remaining members vote (final when the vote closes)",
        TallyStatus.Approved => "closed, approved",
        TallyStatus.TooEarly => "closed by staff: too early",
        TallyStatus.CommunityHighlight => "closed by staff: community highlight",
        _ => "closed, declined",
    };

    /// <summary>e.g. "open, 1 more approval needed (2 of 3)": under the members rule, what still stands between the vote and a majority.</summary>
    private static string MoreApprovalsNeeded(TallyResult result)
    {
        var threshold = VoteTally.MembersThreshold(result.Eligible);
        var needed = threshold - result.Approve;
        var more = needed == 1 ? "1 more approval" : Number(needed) + " more approvals";
        return result.Ballots.Count == 0
            ? $"open, no ballots counted yet; {Number(threshold)} approvals needed"
            : $"open, {more} needed ({Number(result.Approve)} of {Number(threshold)})";
    }

    private string Rule(int eligible) => rules.MajorityOf == MajorityBasis.Members
        ? $"approved when more than half of the {Number(eligible)} eligible members approve, so {Number(VoteTally.MembersThreshold(eligible))} approvals; otherwise declined."
        : $"approved when approvals outnumber declines among the ballots counted, with at least {Number(rules.Quorum)} ballots counted; otherwise declined.";


    /// <summary>A login shown without notifying its owner.</summary>
    private static string Login(string login) => MarkdownText.Inline("@" + login, 100);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
