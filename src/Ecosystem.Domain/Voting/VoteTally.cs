using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Opening = (System.DateTimeOffset At, string? By, string Key);
using StaffClose = (Ecosystem.Domain.Voting.VoteOutcome Outcome, string? Note, string? NoteUrl);

namespace Ecosystem.Domain.Voting;

/// <summary>
/// Tallies the Working Group vote on one application by replaying all its comments (recompute, don't remember).
/// </summary>
/// <remarks>
/// <para>Timing. Every ballot and command takes effect when its text was written: the comment's
/// <c>UpdatedAt</c> if it was edited, else its <c>CreatedAt</c>. Once the vote has closed, each comment is read as it
/// stood at the close, from its edit history (<see cref="CommentSnapshot.Edits"/>): a ballot cast in the window
/// counts with that text, so fixing a typo afterwards changes nothing, and a command only added after the close is
/// listed as not counted. Without a history, an edit after the close is outside the window. Among one member's ballots in the window, the one in the comment created last (then
/// highest id) counts; in one comment, the last ballot line counts. A replaced ballot is not listed (the member's
/// row links to the one that counts). A deleted comment is gone, unless a person deleted it after the close and
/// before a run recorded the close (<see cref="TallyInput.Deleted"/>): it counts as it stood.</para>
/// <para>Window. Opens at the first <c>/vote open</c> by staff (or the scheduled time with
/// <see cref="TallyRules.OpenOnSchedule"/>, whichever is first), once the Working Group has members; closes at the first
/// <c>/vote close</c> by staff after that, or at the end of the day (session date + <see cref="TallyRules.CloseAfterDays"/>;
/// the opening day instead when the vote opened only after that) in the configured zone, judged by ballot times, not by
/// when this runs. A vote is not reopened: later <c>/vote open</c> lines are listed; an application back for another
/// review after its vote closed (<c>/ecosystem returning</c>) is voted on anew, from the lines written since
/// (<see cref="ReturnedAt"/>).</para>
/// <para>Memory. The electorate is frozen in the tally comment's hidden state on the first run after opening and kept
/// until close (a tally comment a person deletes gives it back on the run of its deletion, <see cref="TallyInput.Deleted"/>);
/// a staff <c>/vote refresh-members</c> in the window replaces it with the current list. At close the
/// counted ballots and recusals are stored too, and later runs show those: nothing after the close changes the result.</para>
/// <para>Recusal. The issue author and the maintainers listed when the electorate was frozen do not vote and are not in
/// the base; any member may <c>/vote recuse</c> before the close (it is not withdrawn).</para>
/// </remarks>
public sealed class VoteTally(TallyRules rules, TimeProvider time)
{
    public const string TallyPurpose = "vote-tally";
    public const string OutcomePurpose = "vote-outcome";
    public const string ReminderOpenedPurpose = "vote-reminder-opened";
    public const string ReminderClosingPurpose = "vote-reminder-closing";

    /// <summary>Why a <c>/vote open</c> or <c>/vote refresh-members</c> is not acted on: nobody could vote.</summary>
    private const string NoMembers = "the Working Group has no members to vote";

    /// <summary>Why a <c>/vote</c> line with a word not known is not counted, with the words a ballot takes ("accept" meant one).</summary>
    private const string UnknownCommand = "not a known /vote command; a ballot is /vote approve, /vote decline or /vote abstain";

    /// <summary>Why a <c>/vote open</c> is not acted on: each member is the applicant, a maintainer or recused by choice.</summary>
    private const string AllRecused = "every Working Group member is recused from this application";

    private readonly ReviewCalendar _calendar = new(rules.Calendar);

    /// <summary>
    /// The purpose of a vote's outcome comment: <see cref="OutcomePurpose"/> for the first vote; a vote after a return (one
    /// <paramref name="reopened"/> then) has a comment of its own, its purpose naming its opening time, as its reminders do:
    /// editing the earlier vote's outcome would tell nobody, neither the applicant nor the Working Group, of the decision.
    /// </summary>
    public static string OutcomePurposeOf(DateTimeOffset? reopened) => HiddenMarker.OfRound(OutcomePurpose, reopened);

    /// <summary>Whether <paramref name="purpose"/> is that of a vote's outcome comment, the first vote's or a later one's.</summary>
    public static bool IsOutcome(string? purpose) =>
        purpose == OutcomePurpose || purpose?.StartsWith(OutcomePurpose + "-", StringComparison.Ordinal) == true;

    public TallyResult Run(TallyInput input)
    {
        var (result, recorded) = Tally(input, null);

        // A ballot a person deleted after the close counts as it stood then, as an edited one does: the run of its deletion
        // may be the first after the deadline (the nightly run comes later), the one that records the outcome.
        if (!recorded && result.Window?.ClosedAt is { } closed && input.Deleted is { } gone && !input.IsOwn(gone) && gone.CreatedAt <= closed
            && !input.Comments.Any(c => c.Id == gone.Id))
        {
            input = input with { Comments = [.. input.Comments, gone] };
            result = Tally(input, null).Result;
        }

        // A ballot counts with its text as of the close: a typo fixed afterwards neither loses nor changes it.
        return result.Window?.ClosedAt is { } closedAt && input.Comments.Any(c => c.TextAt(closedAt) is { } text && text != c.Current)
            ? Tally(input, closedAt).Result
            : result;
    }

    /// <summary>
    /// The tally with each comment's text as of <paramref name="readAsOf"/> (when known), else its current text; and
    /// whether the vote's close was recorded already (its final state read back), so that nothing written since counts.
    /// </summary>
    private (TallyResult Result, bool Recorded) Tally(TallyInput input, DateTimeOffset? readAsOf)
    {
        var now = time.GetUtcNow();
        var previousBody = input.Own(TallyPurpose).Kept?.Body;
        // One withdrawn from (closed as it started) was not held for the application: it waits in the queue again.
        var thread = new IssueHistory(input.Issue, input.Comments, []) { StateEvents = input.StateEvents };
        var sessionDate = ReviewSessionNotice.RecordedIn(thread, input.People.Automation, _calendar, rules.Labels.Waiting, now).Session;
        var notice = input.Own(ReviewSessionNotice.Purpose).Kept?.Body;
        // A session cancelled (skipped, or taken out of the calendar) was never held.
        sessionDate = sessionDate is { } session && ReviewSessionNotice.Cancelled(session, notice, _calendar, _calendar.Today(now))
            ? null : sessionDate;
        var scheduled = rules.OpenOnSchedule && sessionDate is { } day ? StartOfDay(day) : (DateTimeOffset?)null;
        var notCounted = new List<NotCounted>();

        // The outcome comment keeps the closed vote's state too, so a tally comment deleted or damaged by hand after the
        // close cannot reopen the count (a Working Group that changed since would turn the published outcome over); one
        // deleted while the vote is open gives its state back on the run of its deletion, and one whose state was edited
        // away keeps it in its edit history.
        var published = input.PublishedOutcome();
        var publishedState = TallyState.Read(published?.Body);
        var previous = TallyState.Read(previousBody) ?? publishedState ?? TallyState.Read(input.DeletedOwn) ?? Revised(input.Own(TallyPurpose).Kept);

        // Back for another review after a declined vote: what was written for that vote is its own, not the next one's;
        // the next vote keeps the time in its state.
        var returnedAt = ReturnedAt(input, published, previous?.Final ?? publishedState?.Final);
        if (returnedAt is not null && previous?.Final is not null)
        {
            // The next vote's state, when a person deleted its tally comment or edited the state away (as above).
            previous = new[] { TallyState.Read(input.DeletedOwn), Revised(input.Own(TallyPurpose).Kept) }.FirstOrDefault(s => s is { Final: null });
        }

        returnedAt = previous?.Since ?? returnedAt;
        if (scheduled <= returnedAt)
        {
            // The declined review's session, named until the scheduler names the next one, opens no vote after the return.
            scheduled = null;
        }

        var posted = Posted(input, readAsOf, returnedAt, notCounted);
        var nearMisses = notCounted.Count;
        notCounted.AddRange(posted.Where(p => p.Comment.AuthorIsBot).Select(p => p.NotCounted("posted by a bot")));
        var commands = posted.Where(p => !p.Comment.AuthorIsBot).ToList();

        // A vote nobody could cast a ballot in does not open (it would decline the application unheard): the Working Group
        // has no members, or every one is recused; a vote whose electorate is frozen already goes on.
        var whyNoVoters = previous?.Electorate.Count > 0 ? null : WhyNoVoters(commands, input);
        var (opening, laterOpens) = FindOpening(commands, input.People, scheduled, now, notCounted, whyNoVoters);
        TallyState? state;
        VotingWindow? window;
        PostedCommand? close = null;
        if (previous?.Final is { } f)
        {
            // A closed vote stays as it closed, whatever happens to the comments afterwards.
            state = previous;
            window = new VotingWindow(f.OpenedAt, f.OpenedBy, f.Deadline, f.ClosedAt, f.ClosedBy);
            opening = new Opening(f.OpenedAt, f.OpenedBy, previous.Opening);
        }
        else
        {
            state = previous is not null && previous.Opening == opening?.Key ? previous : null;
            opening = state?.OpenedAt is { } recorded && opening is { } found ? found with { At = recorded } : opening;
            (window, close) = opening is { } opened ? FindWindow(opened, commands, input.People, sessionDate, now) : (null, null);
        }

        ListCloseCommands(commands, input.People, window, notCounted);
        notCounted.AddRange(laterOpens.Select(open => open.NotCounted(
            window is not null && window.IsAfterClose(open.At) ? "the vote has closed and is not reopened" : "the vote was already open")));

        var (electorate, refreshId) = FreezeElectorate(commands, input.People, window, state, notCounted);
        // The maintainers recused by role are frozen with the electorate: the applicant edits the form, and an edit during
        // the vote must not take a member's ballot out of the count (nor put a maintainer's in).
        IReadOnlyList<string> maintainers = state?.Maintainers is { } kept && refreshId == state.Refresh
            ? kept
            : [.. electorate.Members.Where(m => input.Maintainers.Contains(m, GitHubHandle.Comparer))];
        // Replayed after the close too, for the lines it does not act on: the closed vote's own recusals stand, and the
        // tally of record lists what the run that recorded the close listed.
        var replayed = Recuse(commands, window, electorate, maintainers, input, notCounted);
        var recusals = state?.Final?.Recusals ?? replayed;
        var recused = new HashSet<string>(recusals.Select(r => r.Member), GitHubHandle.Comparer);
        var counted = CountBallots(commands, window, electorate, recused, input.People, notCounted, state?.Final?.Ballots);
        var ballots = state?.Final?.Ballots ?? counted;

        var voters = new HashSet<string>(ballots.Select(b => b.Voter), GitHubHandle.Comparer);
        var yetToVote = electorate.Members.Where(m => !recused.Contains(m) && !voters.Contains(m)).ToList();
        // The counts first: the outcome and the status are decided from them, below.
        var result = new TallyResult(input.Issue.Number, TallyStatus.Open, null, null, window, electorate, ballots, yetToVote, recusals,
            notCounted.OrderBy(n => n.CommentId).ToList(), null, null, new IssuePlan(input.Issue.Number));

        // A stored outcome stands even if the configured rule changes after the close; staff closing with an outcome
        // of their own (too early, community highlight) decide instead of the ballots.
        var staffClose = state?.Final is { } stored
            ? stored.Outcome is VoteOutcome.TooEarly or VoteOutcome.CommunityHighlight ? new StaffClose(stored.Outcome, stored.Note, stored.NoteUrl) : null
            : close is null ? null : StaffCloseOf(close);
        var outcome = state?.Final?.Outcome ?? staffClose?.Outcome ?? (window is { IsClosed: true } ? Decide(result, pending: 0) : null);
        var foregone = window is null ? null : outcome ?? Decide(result, yetToVote.Count);

        var newState = opening is not { Key: var key }
            ? null
            : new TallyState(key, electorate.Members, refreshId, window is { ClosedAt: { } closedAt } && outcome is { } closedWith
                ? new FinalTally(window.OpenedAt, window.OpenedBy, window.Deadline, closedAt, window.ClosedBy, ballots, recusals, closedWith,
                    state?.Final?.ReasonLength, staffClose?.Note, staffClose?.NoteUrl)
                : null);
        newState = newState is { Final: null } ? newState with { OpenedAt = opening?.At, Maintainers = maintainers } : newState;

        result = result with
        {
            Status = Status(result, outcome, foregone),
            Outcome = outcome,
            Foregone = foregone,
            StaffDecision = staffClose is { } named && window is { ClosedAt: { } decidedAt, ClosedBy: { } decidedBy }
                ? new OutcomeDecision(decidedAt, decidedBy, named.Note, named.NoteUrl)
                : null,
        };
        var reopened = returnedAt is null ? null : window?.OpenedAt;
        var outcomePurpose = OutcomePurposeOf(reopened);
        var (reminders, reminded) = Reminders(input, result, state, now, reopened);
        newState = newState is null ? null : newState with { Reminded = reminded, Since = returnedAt };
        // Lines that only look like ballots are listed in a tally, but do not start one (a staff note quoting the syntax).
        var showTally = window is not null || previousBody is not null || notCounted.Count > nearMisses;
        var texts = new TallyText(rules, scheduled, input.OnboardingIssue);
        var (tally, fitsAt) = texts.Tally(result, newState);
        result = result with
        {
            TallyComment = showTally ? HiddenMarker.Stamp(TallyPurpose, tally) : null,
            // A staff outcome's own comment (expectations, next step) is written by the host from StaffDecision.
            OutcomeComment = outcome is null or VoteOutcome.TooEarly or VoteOutcome.CommunityHighlight
                ? null
                : HiddenMarker.Stamp(outcomePurpose, texts.Outcome(result, newState, fitsAt)),
        };
        // Closed since the vote closed (a declined one by the run that recorded it), an open issue was reopened on purpose: it stays open.
        var reopenedSince = result.Window?.ClosedAt is { } votedAt && thread.ClosedSince(votedAt);
        return (result with { Plan = Plan(input.Issue, result, reminders, outcomePurpose, reopenedSince) }, state?.Final is not null);
    }

    /// <summary>
    /// The state in the newest revision of the tally comment that holds one, when its edit history was read
    /// (<see cref="TallyInput.HistoryNeeded"/>): a person edited the state away.
    /// </summary>
    private static TallyState? Revised(CommentSnapshot? tally) =>
        tally?.Edits.OrderByDescending(e => e.EditedAt).Select(e => TallyState.Read(e.Text)).FirstOrDefault(state => state is not null);

    /// <summary>
    /// When the application came back for another review after its vote <paramref name="closed"/> declined it, or null:
    /// its return after the outcome was <paramref name="published"/> (<see cref="ReturningRequests.ReturnedAfter"/>), so a
    /// request answered while the next review waits on the applicant does not restart its vote. The closed vote then no
    /// longer acts on the issue (it would label the application declined again and take it out of review), and a staff
    /// <c>/vote open</c> opens a new vote.
    /// </summary>
    private static DateTimeOffset? ReturnedAt(TallyInput input, CommentSnapshot? published, FinalTally? closed)
    {
        if (published is null || closed is { Outcome: not VoteOutcome.Declined })
        {
            return null;
        }

        if (closed is null)
        {
            // No state to read the closed vote from (a person damaged it, or comment links are not https): only the guard's
            // reply, written when it took a sent-back application back, tells of a return (after the first vote's outcome: a
            // later vote's own is written after the reply that dates it).
            var (first, reply) = (input.Own(OutcomePurpose).Kept ?? published, input.Own(ReturningRequests.Purpose).Kept);
            return reply is not null && reply.UpdatedAt > first.CreatedAt ? reply.UpdatedAt : null;
        }

        var after = closed.ClosedAt > published.UpdatedAt ? closed.ClosedAt : published.UpdatedAt;
        return ReturningRequests.ReturnedAfter(after, input.Issue, input.Comments, input.Maintainers, input.People);
    }

    /// <summary>
    /// Reminders to the members who have not voted yet that are due and not posted yet, at most two per vote:
    /// <see cref="TallyRules.RemindAfterDays"/> after it opened and <see cref="TallyRules.RemindBeforeCloseDays"/> before
    /// its deadline. Each is a comment of its own purpose, posted once and never edited (the mentions of a reminder are
    /// its point, so it is not rewritten as people vote); whether one was posted is read from the automation's own
    /// comments and from the tally's state (<see cref="TallyState.Reminded"/>, written with the reminder: a person may
    /// delete the comment). A closing reminder due before the first one was posted replaces it: one ping, not two on the
    /// same night. Also the purposes the state keeps from now on. The reminders of a vote after a return (one opened at
    /// <paramref name="reopened"/>) are comments of their own, their purposes naming its opening time: editing those of
    /// the earlier vote would notify nobody. As a reminder is never planned again, its twins (two runs posting at once, the
    /// later stopped before its read after the post) are deleted here, also once the vote has closed.
    /// </summary>
    private (List<CommentUpsert> Due, IReadOnlyList<string>? Reminded) Reminders(
        TallyInput input, TallyResult result, TallyState? state, DateTimeOffset now, DateTimeOffset? reopened)
    {
        string[] purposes = [ReminderOpenedPurpose, ReminderClosingPurpose];
        var sent = purposes.Where(p => input.Own(HiddenMarker.OfRound(p, reopened)).Kept is not null
            || state?.Reminded?.Contains(p, StringComparer.Ordinal) == true).ToList();
        var reminded = sent.Count == 0 ? null : sent;
        List<CommentUpsert> twins = [.. purposes.Select(p => HiddenMarker.OfRound(p, reopened)).SelectMany(p => input.Own(p).TwinsDeleted(p))];
        if (result.Window is not { IsClosed: false } window || result.Foregone is not null || result.YetToVote.Count == 0
            || sent.Contains(ReminderClosingPurpose))
        {
            return (twins, reminded);
        }

        var purpose = rules.RemindBeforeCloseDays > 0 && window.Deadline is { } closes && now >= closes.AddDays(-rules.RemindBeforeCloseDays)
                ? ReminderClosingPurpose
            : !sent.Contains(ReminderOpenedPurpose) && rules.RemindAfterDays > 0 && now >= window.OpenedAt.AddDays(rules.RemindAfterDays)
                ? ReminderOpenedPurpose
            : null;
        if (purpose is null)
        {
            return (twins, reminded);
        }

        // Live mentions, on purpose: reminding is the point. Members come from the configuration or a team (or the state
        // the automation froze), never from what applicants type; a name that is not a login is shown inert.
        var text = Template.Load("vote-reminder").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["mentions"] = result.YetToVote.Select(m => GitHubHandle.Normalise(m) is { } login && login == m ? "@" + login : MarkdownText.Inline("@" + m, 100)),
            ["closing"] = purpose == ReminderClosingPurpose,
            ["opened_at"] = rules.Time(window.OpenedAt),
            ["deadline"] = window.Deadline is { } deadline ? rules.EndOfDay(deadline) : null,
            ["pending"] = result.YetToVote.Count,
            ["eligible"] = result.Eligible,
        });
        var own = HiddenMarker.OfRound(purpose, reopened);
        return ([.. twins, new(own, HiddenMarker.Stamp(own, text))], [.. sent, purpose]);
    }

    /// <summary>
    /// Members: approved when approvals are more than half the base. Votes cast: approved when, with a quorum of
    /// ballots, approvals outnumber declines. Null while the <paramref name="pending"/> members could still change it.
    /// </summary>
    private VoteOutcome? Decide(TallyResult counted, int pending)
    {
        var (approvals, declines, cast, eligible) = (counted.Approve, counted.Decline, counted.Ballots.Count, counted.Eligible);
        if (eligible == 0)
        {
            // Every member of the electorate recused after it opened: as a vote all recused from does not open, this one
            // cannot decide (it would decline the application unheard); staff do (TallyStatus.Undecided).
            return null;
        }

        if (rules.MajorityOf == MajorityBasis.Members)
        {
            return 2 * approvals > eligible ? VoteOutcome.Approved
                : 2 * (approvals + pending) <= eligible ? VoteOutcome.Declined
                : null;
        }

        return cast >= rules.Quorum && approvals > declines + pending ? VoteOutcome.Approved
            : approvals + pending <= declines || cast + pending < rules.Quorum ? VoteOutcome.Declined
            : null;
    }

    /// <summary>
    /// With <see cref="MajorityBasis.Members"/> a vote is passing only once its approvals reach the majority of the
    /// members (and then, as ballots are not withdrawn by the remaining members, it is usually decided already); below
    /// that it is open, however the approvals compare with the declines, and the tally says how many more it needs. So is a
    /// vote on <see cref="MajorityBasis.VotesCast"/> short of its quorum.
    /// </summary>
    private TallyStatus Status(TallyResult counted, VoteOutcome? outcome, VoteOutcome? foregone) =>
        outcome switch
        {
            VoteOutcome.Approved => TallyStatus.Approved,
            VoteOutcome.Declined => TallyStatus.Declined,
            VoteOutcome.TooEarly => TallyStatus.TooEarly,
            VoteOutcome.CommunityHighlight => TallyStatus.CommunityHighlight,
            _ when counted.Window is null => TallyStatus.Open,
            _ when counted.Eligible == 0 => TallyStatus.Undecided,
            _ when foregone is not null => TallyStatus.Decided,
            _ when rules.MajorityOf == MajorityBasis.Members
                => counted.Approve >= MembersThreshold(counted.Eligible) ? TallyStatus.Passing : TallyStatus.Open,
            // Short of the quorum, closing now would decline: not passing however the ballots lean, and the tally says how many more.
            _ when counted.Ballots.Count == 0 || counted.Ballots.Count < rules.Quorum => TallyStatus.Open,
            _ => counted.Approve > counted.Decline ? TallyStatus.Passing : TallyStatus.Failing,
        };

    /// <summary>Approvals needed under <see cref="MajorityBasis.Members"/>: more than half of the eligible members.</summary>
    internal static int MembersThreshold(int eligible) => (eligible / 2) + 1;

    /// <summary>
    /// Every command outside the automation's own comments, ordered by time written, then comment id; each comment read
    /// as it stood at <paramref name="closedAt"/> when it existed then, and none written by <paramref name="since"/> (an
    /// earlier vote's). Lines that only look like commands, and commands added by an edit after the close, go to
    /// <paramref name="notCounted"/>.
    /// </summary>
    private static List<PostedCommand> Posted(TallyInput input, DateTimeOffset? closedAt, DateTimeOffset? since, List<NotCounted> notCounted)
    {
        var posted = new List<PostedCommand>();
        foreach (var comment in input.Comments.Where(c => !input.IsOwn(c)))
        {
            var current = comment.Current;
            var text = closedAt is { } at ? comment.TextAt(at) ?? current : current;
            if (text.WrittenAt <= since)
            {
                continue;
            }

            var reading = VoteCommandParser.Read(text.Body);
            notCounted.AddRange(reading.NearMisses.Select(miss => new NotCounted(comment.Author, miss.Line, miss.Why, comment.Id, comment.HtmlUrl)));
            posted.AddRange(reading.Commands.Select(command => new PostedCommand(command, comment, text.WrittenAt)));
            if (text != current)
            {
                var asClosed = new HashSet<string>(reading.Commands.Select(c => c.Line), StringComparer.Ordinal);
                notCounted.AddRange(VoteCommandParser.Parse(current.Body)
                    .Where(c => !asClosed.Contains(c.Line))
                    .Select(c => new NotCounted(comment.Author, c.Line, "written after the vote closed", comment.Id, comment.HtmlUrl)));
            }
        }

        return [.. posted.OrderBy(p => p.At).ThenBy(p => p.Comment.Id)];
    }

    /// <summary>
    /// The first opening: on schedule (at the start of the session day) once that has come, or a staff <c>/vote open</c>
    /// before it; and the staff <c>/vote open</c> lines after it, listed once the window is known (after the close, they
    /// do not reopen the vote). None while nobody could vote (<paramref name="whyNoVoters"/>).
    /// </summary>
    private static (Opening? Opening, IEnumerable<PostedCommand> Later) FindOpening(
        List<PostedCommand> commands, TrustedPeople people, DateTimeOffset? scheduled, DateTimeOffset now, List<NotCounted> notCounted,
        string? whyNoVoters)
    {
        var opening = scheduled is { } at && at <= now && whyNoVoters is null
            ? new Opening(at, null, "schedule:" + at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))
            : (Opening?)null;
        var opens = Acted(commands.Where(c => c.Command.Verb == VoteVerb.Open), notCounted, open =>
            !people.IsStaff(open.Author) ? "only staff open the vote" : whyNoVoters);
        var byCommand = opens.Count > 0 && (opening is null || opens[0].At < opening.Value.At);
        if (byCommand)
        {
            opening = new Opening(opens[0].At, opens[0].Author, "comment:" + opens[0].Comment.Id.ToString(CultureInfo.InvariantCulture));
        }

        return (opening, opens.Skip(byCommand ? 1 : 0));
    }

    /// <summary>
    /// The <paramref name="commands"/> to act on, in order; each of the others goes to <paramref name="notCounted"/> with
    /// the reason <paramref name="why"/> gives it.
    /// </summary>
    private static List<PostedCommand> Acted(IEnumerable<PostedCommand> commands, List<NotCounted> notCounted, Func<PostedCommand, string?> why)
    {
        var acted = new List<PostedCommand>();
        foreach (var command in commands)
        {
            if (why(command) is { } reason)
            {
                notCounted.Add(command.NotCounted(reason));
            }
            else
            {
                acted.Add(command);
            }
        }

        return acted;
    }

    /// <summary>The window, and the staff command that closed it (null while open or when closed at the deadline).</summary>
    private (VotingWindow Window, PostedCommand? Close) FindWindow(Opening opening, List<PostedCommand> commands, TrustedPeople people, DateOnly? sessionDate, DateTimeOffset now)
    {
        // Counted from the session day, or from the day the vote opened when staff open it only after that deadline: a
        // deadline before the opening would close the vote (declined, with no ballot counted) on the run that opens it.
        DateTimeOffset? deadline = null;
        if (rules.CloseAfterDays > 0 && sessionDate is { } date)
        {
            var openedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(opening.At, rules.TimeZone).DateTime);
            var fromSession = StartOfDay(date.AddDays(rules.CloseAfterDays + 1));
            deadline = fromSession > opening.At ? fromSession : StartOfDay(openedOn.AddDays(rules.CloseAfterDays + 1));
        }

        var close = commands.FirstOrDefault(c => c.Command.Verb == VoteVerb.Close && people.IsStaff(c.Author) && c.At >= opening.At);
        if (close is not null && (deadline is null || close.At < deadline))
        {
            return (new VotingWindow(opening.At, opening.By, deadline, close.At, close.Author), close);
        }

        return (new VotingWindow(opening.At, opening.By, deadline, deadline <= now ? deadline : null, null), null);
    }

    private static void ListCloseCommands(List<PostedCommand> commands, TrustedPeople people, VotingWindow? window, List<NotCounted> notCounted) =>
        Acted(commands.Where(c => c.Command.Verb == VoteVerb.Close), notCounted, close =>
            !people.IsStaff(close.Author) ? "only staff close the vote"
            : window is null || close.At < window.OpenedAt ? "the vote was not open"
            : window.ClosedBy is not { } closer || close.At != window.ClosedAt || !GitHubHandle.Same(close.Author, closer)
                ? "the vote was already closed"
            : null);

    private static (Electorate Electorate, long? RefreshId) FreezeElectorate(
        List<PostedCommand> commands, TrustedPeople people, VotingWindow? window, TallyState? state, List<NotCounted> notCounted)
    {
        // The latest in the window wins.
        var refresh = Acted(commands.Where(c => c.Command.Verb == VoteVerb.RefreshMembers), notCounted, command =>
            !people.IsStaff(command.Author) ? "only staff refresh the members"
            : window is not null && window.IsAfterClose(command.At) ? "written after the vote closed"
            : window is null || command.At < window.OpenedAt ? "the vote was not open"
            : people.WorkingGroup.Count == 0 ? NoMembers
            : null).LastOrDefault();

        var currentList = Sorted(people.WorkingGroup);
        if (window is null)
        {
            return (new Electorate(currentList, false, null, null), null);
        }

        var members = state is null || (state.Final is null && refresh is not null && refresh.Comment.Id != state.Refresh)
            ? currentList
            : Sorted(state.Electorate);
        return (new Electorate(members, true, refresh?.Author, refresh?.At), refresh?.Comment.Id ?? state?.Refresh);
    }

    /// <summary>Why nobody could vote if the vote opened now, or null: the Working Group has no members, or each one is recused.</summary>
    private static string? WhyNoVoters(List<PostedCommand> commands, TallyInput input)
    {
        var members = new Electorate(Sorted(input.People.WorkingGroup), false, null, null);
        return members.Members.Count == 0 ? NoMembers
            : Recuse(commands, null, members, [.. input.Maintainers], input, []).Count == members.Members.Count ? AllRecused
            : null;
    }

    private static List<Recusal> Recuse(
        List<PostedCommand> commands, VotingWindow? window, Electorate electorate, IReadOnlyList<string> maintainers, TallyInput input,
        List<NotCounted> notCounted)
    {
        var byRole = electorate.Members
            .Select(member => GitHubHandle.Same(member, input.Issue.Author) ? new Recusal(member, "author of the application", null)
                : maintainers.Contains(member, GitHubHandle.Comparer) ? new Recusal(member, "maintainer of the project", null)
                : null)
            .OfType<Recusal>()
            .ToList();
        var recuses = Acted(commands.Where(c => c.Command.Verb == VoteVerb.Recuse), notCounted, recuse =>
            electorate.WhyNoRecusal(recuse.Author)
            ?? (window is not null && window.IsAfterClose(recuse.At) ? "written after the vote closed" : null));
        var byChoice = recuses
            .Where(c => !byRole.Exists(r => GitHubHandle.Same(r.Member, c.Author)))
            .DistinctBy(c => c.Author, GitHubHandle.Comparer)
            .Select(c => new Recusal(Canonical(electorate, c.Author), "recused", c.Comment.HtmlUrl));
        return [.. byRole.Concat(byChoice).OrderBy(r => r.Member, GitHubHandle.Comparer)];
    }

    private List<Ballot> CountBallots(
        List<PostedCommand> commands, VotingWindow? window, Electorate electorate, HashSet<string> recused, TrustedPeople people, List<NotCounted> notCounted,
        IReadOnlyList<Ballot>? closedBallots)
    {
        Acted(commands.Where(c => c.Command.Verb == VoteVerb.Unknown), notCounted, _ => UnknownCommand);

        // In one comment only the last ballot line counts; of a member's ballots, the one in the comment created last.
        var lastInComment = commands.Where(c => c.Command.IsBallot).GroupBy(c => c.Comment.Id).Select(g => g.Last());
        var counted = Acted(lastInComment, notCounted, ballot =>
            window is null ? "the vote was not open"
            : ballot.At < window.OpenedAt ? "written before the vote opened"
                + (window.IsClosed ? null : ": vote again (edit the comment, or write a new one), and the next tally counts it")
            : window.IsAfterClose(ballot.At) ? "written after the vote closed"
            : !electorate.Contains(ballot.Author) && people.IsWorkingGroup(ballot.Author) ? "not in the electorate frozen when the vote opened"
            : !electorate.Contains(ballot.Author) ? "not a Working Group member"
            : recused.Contains(ballot.Author) ? "recused"
            : null);
        var latest = counted
            .GroupBy(b => b.Author, GitHubHandle.Comparer)
            .Select(g => g.OrderBy(b => b.Comment.CreatedAt).ThenBy(b => b.Comment.Id).Last());

        // The member's latest ballot, a decline without its reason, leaves them yet to vote (the TAC asked for a reason with
        // each decline): it neither counts nor lets an earlier ballot it replaced count, and its line says how to count it.
        // One a closed vote counted (the rule off then) stays counted: the tally of record is not rewritten.
        return [.. Acted(latest, notCounted, ballot =>
                !rules.DeclineNeedsReason || ballot.Command is not { Verb: VoteVerb.Decline, Reason: null }
                    || closedBallots?.Any(b => b.CommentId == ballot.Comment.Id) == true ? null
                : window is { IsClosed: true } ? "a decline counts only with a reason on its line, and the vote closed without one"
                : "a decline counts only with a reason on its line: edit the comment to add one, and the next tally counts it")
            .Select(b => new Ballot(Canonical(electorate, b.Author), b.Command.Choice, b.Command.Choice == VoteChoice.Decline ? b.Command.Reason : null, b.Comment.Id, b.Comment.HtmlUrl, b.At))
            .OrderBy(b => b.Voter, GitHubHandle.Comparer)];
    }

    /// <summary>
    /// The outcome staff named when closing: <c>/vote close too-early &lt;expectations&gt;</c> or
    /// <c>/vote close community-highlight &lt;note&gt;</c>, in the command that closed the vote. The name may be written with spaces
    /// and in any case (<c>Too Early</c>), or as its label reads (<c>labels.too-early</c>, <c>labels.community-highlight</c>):
    /// a closed vote is not reopened, so staff who meant one must not get the ballots' outcome instead.
    /// A plain <c>/vote close</c> (or any other word after it) leaves the decision to the ballots.
    /// </summary>
    private StaffClose? StaffCloseOf(PostedCommand close)
    {
        var reason = close.Command.Reason ?? string.Empty;
        (VoteOutcome Outcome, string Name)[] names =
        [
            (VoteOutcome.TooEarly, "too-early"), (VoteOutcome.TooEarly, rules.Labels.TooEarly),
            (VoteOutcome.CommunityHighlight, "community-highlight"), (VoteOutcome.CommunityHighlight, rules.Labels.CommunityHighlight),
        ];
        // The name's words apart by hyphens or any white space, then only the sentence's punctuation (too-early: note), and a
        // separator as after a ballot's verb (too-early - note).
        var named = names
            .Select(n => (n.Outcome, Match: Regex.Match(
                reason,
                "^" + string.Join(@"[-\s]+", n.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(?<end>\S*)"
                    + VoteCommandParser.Separator,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
            .Where(n => n.Match.Success && VoteCommandParser.Word(n.Match.Groups["end"].Value).Length == 0)
            .OrderByDescending(n => n.Match.Length).FirstOrDefault();
        return named.Match is not { } found ? null
            : new StaffClose(named.Outcome, reason[found.Length..].Trim() is { Length: > 0 } note ? note : null, close.Comment.HtmlUrl);
    }

    private IssuePlan Plan(IssueSnapshot issue, TallyResult result, IReadOnlyList<CommentUpsert> reminders, string outcomePurpose, bool reopenedSince)
    {
        var plan = new IssuePlan(issue.Number)
        {
            // A reminder before the tally, whose state records it as sent: a run failing between the two posts it again
            // rather than never. Only an open vote has one due; a closed one may still have a reminder's twin to delete.
            Comments = [.. reminders, .. Upsert(TallyPurpose, result.TallyComment), .. Upsert(outcomePurpose, result.OutcomeComment)],
        };
        if (result.IsOpen)
        {
            return plan with { AddLabels = ApplicationThread.IfMissing(issue, rules.Labels.Voting) };
        }

        if (result.Outcome is not { } decided)
        {
            return plan;
        }

        // The vote closed: the board item goes to done (when there is a board). The label, comment and state of a staff
        // outcome (too early, community highlight) come from the host's DecisionOutcomes; the vote itself is over. A returning
        // application decided again is returning no more (a later return marks it again).
        var declined = decided == VoteOutcome.Declined;
        return plan with
        {
            Board = rules.Columns is { } columns ? new BoardPlacement(columns.Done) { MovedOnAt = result.Window?.ClosedAt } : null,
            AddLabels = decided is VoteOutcome.TooEarly or VoteOutcome.CommunityHighlight ? []
                : ApplicationThread.IfMissing(issue, declined ? rules.Labels.Declined : rules.Labels.Accepted),
            RemoveLabels = ApplicationThread.IfPresent(issue, rules.Labels.InReview, rules.Labels.Voting, rules.Labels.Returning),
            State = declined && rules.CloseDeclinedIssues && issue.IsOpen && !reopenedSince ? new IssueStateChange(false, "not_planned") : null,
        };
    }

    private static CommentUpsert[] Upsert(string purpose, string? body) => body is null ? [] : [new(purpose, body)];

    /// <summary>In UTC, as the stored state has always written its times.</summary>
    private DateTimeOffset StartOfDay(DateOnly day) => ReviewCalendar.At(rules.TimeZone, day, TimeOnly.MinValue).ToUniversalTime();

    private static List<string> Sorted(IEnumerable<string> logins) =>
        [.. logins.Distinct(GitHubHandle.Comparer).Order(GitHubHandle.Comparer).ThenBy(l => l, StringComparer.Ordinal)];

    private static string Canonical(Electorate electorate, string login) =>
        electorate.Members.FirstOrDefault(m => GitHubHandle.Same(m, login)) ?? login;
}
