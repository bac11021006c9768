using System.Globalization;
using System.Text.RegularExpressions;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Opening = (System.DateTimeOffset At, string? By, string Key);
using StaffClose = (Ecosystem.Domain.Voting.VoteOutcome Outcome, string? Note, string? NoteUrl);

namespace Ecosystem.Domain.Voting;

/// <summary>Tallies the Working Group vote on one application by replaying all its comments (recompute, don't remember).</summary>
/// <remarks>
/// Every line takes effect when its text was written (<see cref="CommentSnapshot.TextAt"/>), judged by those times, not
/// by when this runs; a replaced ballot is not listed (the member's row links to the one that counts). The window opens
/// at staff's first <c>/vote open</c> or on schedule, and closes at staff's first <c>/vote close</c> or the deadline
/// (<see cref="VotingWindow"/>); it is not reopened, but an application back for another review is voted on anew
/// (<see cref="ReturnedAt"/>). What the tally remembers between runs is in <see cref="TallyState"/>. The author and the
/// maintainers listed when the electorate was frozen are recused; any member may <c>/vote recuse</c> before the close.
/// </remarks>
public sealed class VoteTally(TallyRules rules, TimeProvider time)
{
    public const string TallyPurpose = "vote-tally";
    public const string OutcomePurpose = "vote-outcome";
    public const string ReminderOpenedPurpose = "vote-reminder-opened";
    public const string ReminderClosingPurpose = "vote-reminder-closing";

    private const string NoMembers = "the Working Group has no members to vote";

    // With the words a ballot takes: "/vote accept" meant one.
    private const string UnknownCommand = "not a known /vote command; a ballot is /vote approve, /vote decline or /vote abstain";

    private const string AllRecused = "every Working Group member is recused from this application";

    private readonly ReviewCalendar _calendar = new(rules.Calendar);

    /// <summary>A vote after a return has an outcome comment of its own: editing the earlier vote's would notify nobody.</summary>
    public static string OutcomePurposeOf(DateTimeOffset? reopened) => HiddenMarker.OfRound(OutcomePurpose, reopened);

    public static bool IsOutcome(string? purpose) =>
        purpose == OutcomePurpose || purpose?.StartsWith(OutcomePurpose + "-", StringComparison.Ordinal) == true;

    public TallyResult Run(TallyInput input)
    {
        var (result, recorded) = Tally(input, null);

        // A ballot a person deleted after the close counts as it stood then: the run of its deletion may be the first after
        // the deadline, the one that records the outcome.
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

    /// <summary>The tally as of <paramref name="readAsOf"/>, and whether the close was recorded (then nothing since counts).</summary>
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

        // The outcome comment keeps the closed vote's state too, so a tally comment deleted or damaged after the close
        // cannot reopen the count (a Working Group changed since would turn the published outcome over).
        var published = input.PublishedOutcome();
        var publishedState = TallyState.Read(published?.Body);
        var previous = TallyState.Read(previousBody) ?? publishedState ?? TallyState.Read(input.DeletedOwn) ?? Revised(input.Own(TallyPurpose).Kept);

        // Back for another review after a declined vote: what was written for that vote is its own, not the next one's;
        // the next vote keeps the time in its state.
        var returnedAt = ReturnedAt(input, published, previous?.Final ?? publishedState?.Final);
        if (returnedAt is not null && previous?.Final is not null)
        {
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

        // A vote nobody could cast a ballot in does not open (it would decline the application unheard); a vote whose
        // electorate is frozen already goes on.
        var whyNoVoters = previous?.Electorate.Count > 0 ? null : WhyNoVoters(commands, input);
        var recorded = previous is { Final: null, OpenedAt: { } at } ? new Opening(at, previous.OpenedBy, previous.Opening) : (Opening?)null;
        var (opening, laterOpens) = FindOpening(commands, input.People, scheduled, now, notCounted, whyNoVoters, recorded);
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
        // Replayed after the close too, for the lines it does not act on: the closed vote's own recusals stand.
        var replayed = Recuse(commands, window, electorate, maintainers, input, notCounted);
        var recusals = state?.Final?.Recusals ?? replayed;
        var recused = new HashSet<string>(recusals.Select(r => r.Member), GitHubHandle.Comparer);
        var counted = CountBallots(commands, window, electorate, recused, input.People, notCounted, state?.Final?.Ballots);
        var ballots = state?.Final?.Ballots ?? counted;

        var voters = new HashSet<string>(ballots.Select(b => b.Voter), GitHubHandle.Comparer);
        var yetToVote = electorate.Members.Where(m => !recused.Contains(m) && !voters.Contains(m)).ToList();
        var result = new TallyResult(input.Issue.Number, TallyStatus.Open, null, null, window, electorate, ballots, yetToVote, recusals,
            notCounted.OrderBy(n => n.CommentId).ToList(), null, null, new IssuePlan(input.Issue.Number));

        // A stored outcome stands even if the configured rule changes after the close.
        var staffClose = state?.Final is { } stored
            ? stored.Outcome is (VoteOutcome.TooEarly or VoteOutcome.CommunityHighlight) and var storedOutcome
                ? new StaffClose(storedOutcome, stored.Note, stored.NoteUrl) : null
            : close is null ? null : StaffCloseOf(close);
        var outcome = state?.Final?.Outcome ?? staffClose?.Outcome ?? (window is { IsClosed: true } ? Decide(result, pending: 0) : null);
        var foregone = window is null ? null : outcome ?? Decide(result, yetToVote.Count);

        var newState = opening is not { Key: var key }
            ? null
            : new TallyState(key, electorate.Members, refreshId, window is { ClosedAt: { } closedAt }
                ? new FinalTally(window.OpenedAt, window.OpenedBy, window.Deadline, closedAt, window.ClosedBy, ballots, recusals, outcome,
                    state?.Final?.ReasonLength, staffClose?.Note, staffClose?.NoteUrl)
                : null);
        newState = newState is { Final: null }
            ? newState with { OpenedAt = opening?.At, OpenedBy = opening?.By, Maintainers = maintainers }
            : newState;

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
        // Closed since the vote closed, an open issue was reopened on purpose: it stays open.
        var reopenedSince = result.Window?.ClosedAt is { } votedAt && thread.ClosedSince(votedAt);
        return (result with { Plan = Plan(input.Issue, result, reminders, outcomePurpose, reopenedSince) }, state?.Final is not null);
    }

    /// <summary>The state in the newest revision that holds one, when a person edited it away (<see cref="TallyInput.HistoryNeeded"/>).</summary>
    private static TallyState? Revised(CommentSnapshot? tally) =>
        tally?.Edits.OrderByDescending(e => e.EditedAt).Select(e => TallyState.Read(e.Text)).FirstOrDefault(state => state is not null);

    /// <summary>
    /// When the application came back for another review after its vote declined it (dated after the outcome was
    /// <paramref name="published"/>, so a request answered while the next review waits does not restart its vote), or null.
    /// The closed vote then no longer acts on the issue (it would label it declined again), and <c>/vote open</c> opens a new one.
    /// </summary>
    private static DateTimeOffset? ReturnedAt(TallyInput input, CommentSnapshot? published, FinalTally? closed)
    {
        if (published is null || closed is { Outcome: not VoteOutcome.Declined })
        {
            return null;
        }

        if (closed is null)
        {
            // No state to read the closed vote from (damaged, or comment links not https): only the guard's reply tells of a
            // return (after the first vote's outcome: a later vote's own is written after the reply that dates it).
            var (first, reply) = (input.Own(OutcomePurpose).Kept ?? published, input.Own(ReturningRequests.Purpose).Kept);
            return reply is not null && reply.UpdatedAt > first.CreatedAt ? reply.UpdatedAt : null;
        }

        var after = closed.ClosedAt > published.UpdatedAt ? closed.ClosedAt : published.UpdatedAt;
        return ReturningRequests.ReturnedAfter(after, input.Issue, input.Comments, input.Maintainers, input.People);
    }

    /// <summary>
    /// The reminders due and not posted yet (at most two a vote), and the purposes the state keeps. Each is posted once,
    /// never edited (its mentions are its point); the state records it, as a person may delete it. A closing reminder due
    /// before the first was posted replaces it: one ping a night. Never planned again, a reminder's twins are deleted here.
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

        // Live mentions, on purpose: members come from the configuration or a team, never from what applicants type; a name
        // that is not a login is shown inert.
        var text = Template.Load("vote-reminder").Render(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["mentions"] = result.YetToVote.Select(m =>
                GitHubHandle.Normalise(m) is { } login && login == m ? "@" + login : ApplicationThread.Inert(m)),
            ["closing"] = purpose == ReminderClosingPurpose,
            ["opened_at"] = rules.Time(window.OpenedAt),
            ["deadline"] = window.Deadline is { } deadline ? rules.EndOfDay(deadline) : null,
            ["pending"] = result.YetToVote.Count,
            ["eligible"] = result.Eligible,
        });
        var own = HiddenMarker.OfRound(purpose, reopened);
        return ([.. twins, new(own, HiddenMarker.Stamp(own, text))], [.. sent, purpose]);
    }

    /// <summary>Null while the <paramref name="pending"/> members could still change the outcome.</summary>
    private VoteOutcome? Decide(TallyResult counted, int pending)
    {
        var (approvals, declines, cast, eligible) = (counted.Approve, counted.Decline, counted.Ballots.Count, counted.Eligible);
        if (eligible == 0)
        {
            // Every member recused after it opened: the vote cannot decide (it would decline unheard); staff do.
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
    /// Under <see cref="MajorityBasis.Members"/>, below the majority a vote is open however approvals and declines compare,
    /// and the tally says how many more it needs; so is one short of its quorum under <see cref="MajorityBasis.VotesCast"/>.
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
            // Short of the quorum, closing now would decline.
            _ when counted.Ballots.Count == 0 || counted.Ballots.Count < rules.Quorum => TallyStatus.Open,
            _ => counted.Approve > counted.Decline ? TallyStatus.Passing : TallyStatus.Failing,
        };

    internal static int MembersThreshold(int eligible) => (eligible / 2) + 1;

    /// <summary>The commands outside the automation's comments in time order, as of <paramref name="closedAt"/>.</summary>
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
    /// The first opening (on schedule or by staff), and the later <c>/vote open</c> lines; none while nobody could vote. One
    /// a tally <paramref name="recorded"/> stands, as a recorded close does: its comment deleted or edited does not undo it.
    /// </summary>
    private static (Opening? Opening, IEnumerable<PostedCommand> Later) FindOpening(
        List<PostedCommand> commands, TrustedPeople people, DateTimeOffset? scheduled, DateTimeOffset now, List<NotCounted> notCounted,
        string? whyNoVoters, Opening? recorded)
    {
        var same = recorded is { } r ? commands.Find(c => c.Command.Verb == VoteVerb.Open && KeyOf(c) == r.Key) : null;
        var opens = Acted(commands.Where(c => c.Command.Verb == VoteVerb.Open && c != same), notCounted, open =>
            !people.IsStaff(open.Author) ? "only staff open the vote" : whyNoVoters);
        if (recorded is { } kept)
        {
            return (kept with { By = kept.By ?? same?.Author }, opens);
        }

        var opening = scheduled is { } at && at <= now && whyNoVoters is null
            ? new Opening(at, null, "schedule:" + at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))
            : (Opening?)null;
        var byCommand = opens.Count > 0 && (opening is null || opens[0].At < opening.Value.At);
        if (byCommand)
        {
            opening = new Opening(opens[0].At, opens[0].Author, KeyOf(opens[0]));
        }

        return (opening, opens.Skip(byCommand ? 1 : 0));
    }

    private static string KeyOf(PostedCommand open) => "comment:" + open.Comment.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The commands to act on; the others go to <paramref name="notCounted"/> with the reason <paramref name="why"/> gives.</summary>
    private static List<PostedCommand> Acted(IEnumerable<PostedCommand> commands, List<NotCounted> notCounted, Func<PostedCommand, string?> why)
    {
        var judged = commands.Select(command => (Command: command, Why: why(command))).ToList();
        notCounted.AddRange(judged.Select(j => j.Why is { } reason ? j.Command.NotCounted(reason) : null).OfType<NotCounted>());
        return [.. judged.Where(j => j.Why is null).Select(j => j.Command)];
    }

    private (VotingWindow Window, PostedCommand? Close) FindWindow(Opening opening, List<PostedCommand> commands, TrustedPeople people, DateOnly? sessionDate, DateTimeOffset now)
    {
        // End of (session day + close-after-days), or counted from the opening day when staff open it only after that: a
        // deadline before the opening would close the vote, declined, on the run that opens it.
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

    /// <summary>Why nobody could vote if the vote opened now, or null.</summary>
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

        // A decline without a reason (the TAC asked for one) leaves the member yet to vote: it neither counts nor lets an
        // earlier ballot count. One a closed vote counted stays counted: the tally of record is not rewritten.
        return [.. Acted(latest, notCounted, ballot =>
                !rules.DeclineNeedsReason || ballot.Command is not { Verb: VoteVerb.Decline, Reason: null }
                    || closedBallots?.Any(b => b.CommentId == ballot.Comment.Id) == true ? null
                : window is { IsClosed: true } ? "a decline counts only with a reason on its line, and the vote closed without one"
                : "a decline counts only with a reason on its line: edit the comment to add one, and the next tally counts it")
            .Select(b => new Ballot(Canonical(electorate, b.Author), b.Command.Choice, b.Command.Choice == VoteChoice.Decline ? b.Command.Reason : null, b.Comment.Id, b.Comment.HtmlUrl, b.At))
            .OrderBy(b => b.Voter, GitHubHandle.Comparer)];
    }

    /// <summary>
    /// The outcome staff named in <c>/vote close too-early|community-highlight &lt;note&gt;</c>, in any case, with spaces, or
    /// as its label reads: a closed vote is not reopened, so staff who meant one must not get the ballots' outcome instead.
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
            // rather than never.
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

        // A staff outcome's label, comment and state come from the host's DecisionOutcomes. A returning application
        // decided again is returning no more (a later return marks it again).
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
