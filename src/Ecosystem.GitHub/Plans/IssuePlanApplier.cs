using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Http;
using Ecosystem.GitHub.Models;

namespace Ecosystem.GitHub.Plans;

/// <summary>
/// The one applier: makes GitHub match <see cref="IssuePlan"/>s and <see cref="IssueDraft"/>s, writing only the
/// difference from the state read just before, and returns every write in order (what a dry run prints).
/// </summary>
/// <remarks>
/// Its one error policy: a failed read or write of the issue fails the issue (the caller reports it and a rerun completes
/// it). The board is a view of the labels, so a board that cannot be read or written fails nothing: the problem goes to
/// <c>warn</c> and the next run moves what is still missing; so does an assignee GitHub left out (<see cref="Refused"/>).
/// Without a <c>board</c> (none configured) board placements are left out.
/// </remarks>
public sealed class IssuePlanApplier(IGitHubGateway gateway, BoardSettings? board = null, Action<string>? warn = null)
{
    private readonly Action<string> _warn = warn ?? (_ => { });
    private readonly Dictionary<int, IReadOnlyList<string>> _refused = [];
    private readonly HashSet<int> _unfinished = [];
    private Task<ProjectBoard>? _board;

    /// <summary>
    /// The logins GitHub did not assign when this applier asked it to, by issue: GitHub answers as if it had, only without
    /// anyone it cannot assign (someone without access to the repository), so the issue shows no such assignee.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Refused => _refused;

    /// <summary>The issues whose plan GitHub did not carry out to the end (a refused or failed request stopped it).</summary>
    public IReadOnlyCollection<int> Unfinished => _unfinished;

    public async Task<IReadOnlyList<PlannedWrite>> ApplyAsync(IssueSnapshot current, IReadOnlyList<CommentSnapshot> comments, IssuePlan plan)
    {
        if (plan.IssueNumber != current.Number)
        {
            throw new ArgumentException($"The plan is for #{plan.IssueNumber} but the issue read is #{current.Number}.", nameof(plan));
        }

        if (plan.AddLabels.Intersect(plan.RemoveLabels, LabelNames.Comparer).FirstOrDefault() is { } contradiction)
        {
            throw new ArgumentException($"The plan for #{plan.IssueNumber} both adds and removes label '{contradiction}'.", nameof(plan));
        }

        // Order matters when a run fails half-way: rules often pick an issue by the labels the plan removes (New,
        // Withdrawn) or by its being open. So comments go first, then labels added, then removed (in the plan's order, so
        // the one that takes the issue out of its rule's reach goes last), and a close last: until the write that takes
        // the issue out of its rule's reach has gone through, a re-run plans the same and completes the rest; comments
        // are found by marker, so nothing is posted twice. A reopen comes before the removals, as a returning request is
        // granted on the labels they take off. The board follows the issue: it shows what the labels say.
        var writes = new List<PlannedWrite>();
        // Assignees before anything else: the scheduler picks reviewers only for an application joining a batch, and
        // the comment that records the joining is what makes a re-run treat it as already scheduled. One who left the
        // Working Group goes only once the member replacing them is added: a run stopped between leaves both, and the rerun,
        // which counts the member as the replacement, takes the leaver off (never an issue without its reviewer).
        _unfinished.Add(current.Number);
        var unassigned = plan.AddAssignees.Where(a => !current.Assignees.Contains(a, GitHubHandle.Comparer))
            .Distinct(GitHubHandle.Comparer).ToList();
        if (unassigned.Count > 0)
        {
            var assigned = await gateway.AddAssigneesAsync(current.Number, unassigned);
            writes.Add(PlannedWrite.AddAssignees(current.Number, unassigned));
            Refuse(current.Number, unassigned, assigned);
        }

        var leaving = plan.RemoveAssignees.Where(a => current.Assignees.Contains(a, GitHubHandle.Comparer)).Distinct(GitHubHandle.Comparer).ToList();
        if (leaving.Count > 0)
        {
            await gateway.RemoveAssigneesAsync(current.Number, leaving);
            writes.Add(PlannedWrite.RemoveAssignees(current.Number, leaving));
        }

        foreach (var upsert in plan.Comments)
        {
            writes.AddRange(await UpsertCommentAsync(current.Number, comments, upsert));
        }

        var beforeLabels = writes.Count;
        await AddMissingLabelsAsync(current, plan.AddLabels, writes);

        if (plan.State is { Open: true })
        {
            await ChangeStateAsync(current, plan.State, writes);
        }

        // Removed by the name as it is on the issue, so a case difference in the plan still matches.
        var present = plan.RemoveLabels.Select(r => current.Labels.FirstOrDefault(l => LabelNames.Same(l, r))).OfType<string>();
        foreach (var label in present.Distinct())
        {
            await gateway.RemoveLabelAsync(current.Number, label);
            writes.Add(PlannedWrite.RemoveLabel(current.Number, label));
        }

        if (plan.State is { Open: false })
        {
            await ChangeStateAsync(current, plan.State, writes);
        }

        // Its labels or state changed: the application moves on, and its item with it, from a column of staff's own too.
        var placed = await ApplyBoardAsync(
            [writes.Count > beforeLabels && plan.Board is { } moving ? plan with { Board = moving with { MovesOn = true } } : plan]);
        if (placed.BoardProblem is { } problem && board is not null && plan.Board is { } placement)
        {
            _warn($"#{plan.IssueNumber} was not moved to '{placement.Column}' on board #{board.Number} of {board.Owner}: "
                + $"{problem.Reason.TrimEnd('.')}.");
        }

        _unfinished.Remove(current.Number);
        return [.. writes, .. placed.Writes];
    }

    /// <summary>Records in <see cref="Refused"/>, and warns of, those of <paramref name="asked"/> GitHub did not assign.</summary>
    private void Refuse(int issueNumber, IEnumerable<string> asked, IReadOnlyList<string> assigned)
    {
        if (asked.Except(assigned, GitHubHandle.Comparer).ToList() is not { Count: > 0 } refused)
        {
            return;
        }

        _refused[issueNumber] = refused;
        _warn($"GitHub did not assign {string.Join(", ", refused.Select(l => "@" + l))} to #{issueNumber}: it assigns only people "
            + "with access to the repository (or who commented on the issue). Give them access, then assign them by hand.");
    }

    /// <summary>
    /// Keeps one comment per purpose: the automation's own comment found by its hidden marker (a marker typed by a user is
    /// not trusted) is left alone when identical and edited in place when not; one is created only when there is none.
    /// Two of its own comments for one purpose (two runs at once, or a create whose answer was lost) are one too many:
    /// the first is kept and the others are deleted, so any later run converges. After creating one, the comments are read
    /// again: another run may have posted for the purpose since <paramref name="comments"/> were read (an issue's own run
    /// beside the nightly one), and a purpose posted once (a reminder) is never upserted again to converge later.
    /// </summary>
    public async Task<IReadOnlyList<PlannedWrite>> UpsertCommentAsync(int issueNumber, IReadOnlyList<CommentSnapshot> comments, CommentUpsert upsert)
    {
        var body = upsert.MarkedBody;
        var automation = await gateway.GetAutomationAsync();
        var own = automation.Own(comments, upsert.Purpose);
        if (own.Count == 0 && upsert.EditOnly)
        {
            return [];
        }

        var writes = new List<PlannedWrite>();
        if (own.Count == 0)
        {
            var created = await gateway.CreateCommentAsync(issueNumber, body);
            writes.Add(PlannedWrite.CreateComment(issueNumber, body));
            // Whichever run created last sees every twin and keeps the first (a dry run's answer has no id: none was made).
            own = created.Id == 0 ? [] : automation.Own(await gateway.GetCommentsAsync(issueNumber, NewestRead(comments)), upsert.Purpose);
            if (own.Count < 2)
            {
                return writes;
            }
        }

        foreach (var duplicate in own.Skip(1))
        {
            await gateway.DeleteCommentAsync(issueNumber, duplicate.Id);
            writes.Add(PlannedWrite.DeleteComment(issueNumber, duplicate.Id));
        }

        if (!SameText.As(own[0].Body, body))
        {
            await gateway.UpdateCommentAsync(issueNumber, own[0].Id, body);
            writes.Add(PlannedWrite.EditComment(issueNumber, own[0].Id, body));
        }

        return writes;
    }

    /// <summary>
    /// The board placements of a run over many issues, moved together at its end; a board that could not be updated is
    /// warned about, saying what was <paramref name="done"/> and what the <paramref name="next"/> run does about it.
    /// </summary>
    public async Task<IReadOnlyList<PlannedWrite>> MoveOnBoardAsync(IReadOnlyList<IssuePlan> plans, string done, string next = "")
    {
        var (writes, problem) = await ApplyBoardAsync(plans);
        if (problem is not null && board is not null)
        {
            _warn(problem.Warning(done, board, next));
        }

        return writes;
    }

    /// <summary>The board placements of <paramref name="plans"/>, with one read of the items and one mutation for all of them.</summary>
    public async Task<(IReadOnlyList<PlannedWrite> Writes, BoardProblem? BoardProblem)> ApplyBoardAsync(IReadOnlyList<IssuePlan> plans)
    {
        var moves = plans.Where(p => p.Board is not null).Select(p => (p.IssueNumber, Placement: p.Board!)).ToList();
        if (board is null || moves.Count == 0)
        {
            return ([], null);
        }

        try
        {
            // Read once per run: a run over many issues asks for the board's fields only once.
            var project = await (_board ??= gateway.GetBoardAsync(board.Owner, board.Number, board.StatusField, board.SessionDateField));
            // An issue transferred or deleted since the run read it, or whose move GitHub then refused, is left out and
            // named, and the others move; a column the board lacks is named once and only its moves wait, as do only the
            // dates for a date field it lacks.
            List<BoardPlacement> placements = [.. moves.Select(m => m.Placement)];
            List<string> problems = [.. MissingColumns(board, project, placements), .. MissingDateField(board, project, placements)];
            if (moves.RemoveAll(m => project.FindStatus(m.Placement.Column) is null) == placements.Count)
            {
                return ([], new BoardProblem(string.Join("; ", problems)));
            }

            var items = (await gateway.GetBoardItemsAsync(project, [.. moves.Select(m => m.IssueNumber)])).ToDictionary(i => i.IssueNumber);
            var changes = new List<BoardItem>();
            foreach (var (number, placement) in moves)
            {
                if (items.GetValueOrDefault(number) is not { } item)
                {
                    problems.Add($"#{number}: GitHub finds no such issue in the repository any more (transferred or deleted?)");
                    continue;
                }

                // In no column, the item is an add whose column write failed (or a column cleared): it gets the column. In a
                // column of staff's own (none of board.columns), it stays there unless the application moves on in this run, or
                // moved on since staff put it there (a rerun after a failed move): a run that finds it where it was (a late
                // ballot, the nightly schedule) does not undo staff's move.
                if (item.ItemId is not null && item.Status is { } status
                    && ((placement.OutOf is { } ruledOut && board.Columns.Holds(status) && !BoardColumns.Same(status, ruledOut))
                        || (!placement.MovesOn && !(placement.MovedOnAt > item.StatusSetAt) && !board.Columns.Holds(status))))
                {
                    continue;
                }

                var inColumn = item.ItemId is not null && BoardColumns.Same(item.Status, placement.Column);
                var date = project.DateFieldId is not null && placement.SessionDate != item.Date ? placement.SessionDate : null;
                if (!inColumn || date is not null)
                {
                    var column = inColumn ? null : project.FindStatus(placement.Column)?.Name;
                    changes.Add(new BoardItem(number, item.IssueNodeId, item.ItemId, column, date, item.Archived));
                }
            }

            var refused = changes.Count > 0 ? (await gateway.UpdateBoardAsync(project, changes)).Where(m => m.Problem is not null).ToList() : [];
            problems.AddRange(refused.Select(m => $"#{m.IssueNumber}: GitHub answered: {m.Problem}"));
            List<BoardItem> made = [.. changes.Where(c => !refused.Exists(r => r.IssueNumber == c.IssueNumber))];
            var problem = problems.Count == 0 ? null : new BoardProblem(string.Join("; ", problems), OthersMade: made.Count > 0);
            return ([.. made.Select(c => PlannedWrite.MoveOnBoard(project, c))], problem);
        }
        catch (Exception exception) when (!GitHubFailure.StopsTheRun(exception))
        {
            return ([], new BoardProblem(exception.Message));
        }
    }

    /// <summary>
    /// Makes <paramref name="current"/> read as <paramref name="wanted"/> (title, body, and its labels added), or opens it
    /// when there is none; texts compared by <see cref="SameText"/>.
    /// </summary>
    public async Task<(IssueSnapshot Issue, IReadOnlyList<PlannedWrite> Writes)> WriteIssueAsync(IssueSnapshot? current, IssueDraft wanted)
    {
        if (current is null)
        {
            return (await gateway.CreateIssueAsync(wanted), [PlannedWrite.CreateIssue(wanted)]);
        }

        var writes = new List<PlannedWrite>();
        var edit = new IssueEdit
        {
            Title = SameText.As(current.Title, wanted.Title) ? null : wanted.Title,
            Body = SameText.As(current.Body, wanted.Body) ? null : wanted.Body,
        };
        if (!edit.IsEmpty)
        {
            await gateway.UpdateIssueAsync(current.Number, edit);
            writes.Add(PlannedWrite.EditIssue(current.Number, edit));
        }

        await AddMissingLabelsAsync(current, wanted.Labels, writes);
        return (current, writes);
    }

    /// <summary>
    /// A second before the newest comment GitHub gave (not one a run added itself, id 0): any comment posted since is newer,
    /// so reading from then on finds it (GitHub's <c>since</c> counts edits) without paging a long thread again.
    /// </summary>
    private static DateTimeOffset? NewestRead(IReadOnlyList<CommentSnapshot> comments) =>
        comments.Where(c => c.Id > 0).MaxBy(c => c.CreatedAt)?.CreatedAt.AddSeconds(-1);

    /// <summary>
    /// The automation's open issue among <paramref name="openIssues"/> that <paramref name="isSame"/> names (see
    /// <see cref="KeepFirstAsync"/>), else <paramref name="wanted"/> opened and the open issues read again, as comments are
    /// after a create (<see cref="UpsertCommentAsync"/>). In a dry run that would open it, the issue has number 0.
    /// </summary>
    public async Task<(IssueSnapshot Kept, IReadOnlyList<PlannedWrite> Writes)> FindOrOpenAsync(
        IReadOnlyList<IssueSnapshot> openIssues, IssueDraft wanted, Func<IssueSnapshot, bool> isSame)
    {
        var automation = await gateway.GetAutomationAsync();
        var (found, closed) = await KeepFirstAsync(openIssues.Where(i => automation.Opened(i) && isSame(i)));
        if (found is not null)
        {
            return (found, closed);
        }

        var created = await gateway.CreateIssueAsync(wanted);
        if (created.Number == 0)
        {
            return (created, [PlannedWrite.CreateIssue(wanted)]);
        }

        var twins = (await gateway.GetIssuesAsync(IssueStateFilter.Open)).Where(i => i.Number != created.Number && automation.Opened(i) && isSame(i));
        var (kept, duplicates) = await KeepFirstAsync([created, .. twins]);
        if (kept is null || kept.Number == created.Number)
        {
            Refuse(created.Number, wanted.Assignees, created.Assignees);
        }

        return (kept ?? created, [PlannedWrite.CreateIssue(wanted), .. duplicates]);
    }

    /// <summary>
    /// Of the automation's open issues for one purpose (<paramref name="sameIssues"/>; the caller checks the author), the
    /// first (lowest number) is kept and the others are closed as duplicates, as twin comments are deleted.
    /// </summary>
    public async Task<(IssueSnapshot? Kept, IReadOnlyList<PlannedWrite> Writes)> KeepFirstAsync(IEnumerable<IssueSnapshot> sameIssues)
    {
        var ordered = sameIssues.Where(i => i.IsOpen).OrderBy(i => i.Number).ToList();
        var writes = new List<PlannedWrite>();
        foreach (var duplicate in ordered.Skip(1))
        {
            var edit = new IssueEdit { State = new IssueStateChange(false, "duplicate") };
            await gateway.UpdateIssueAsync(duplicate.Number, edit);
            writes.Add(PlannedWrite.EditIssue(duplicate.Number, edit));
        }

        return (ordered.FirstOrDefault(), writes);
    }

    private async Task ChangeStateAsync(IssueSnapshot current, IssueStateChange wanted, List<PlannedWrite> writes)
    {
        if (wanted.Open != current.IsOpen)
        {
            var edit = new IssueEdit { State = wanted };
            await gateway.UpdateIssueAsync(current.Number, edit);
            writes.Add(PlannedWrite.EditIssue(current.Number, edit));
        }
    }

    /// <summary>The labels the issue lacks, compared case-insensitively, added in one write.</summary>
    private async Task AddMissingLabelsAsync(IssueSnapshot current, IEnumerable<string> wanted, List<PlannedWrite> writes)
    {
        var missing = wanted.Where(l => !current.HasLabel(l)).Distinct(LabelNames.Comparer).ToList();
        if (missing.Count > 0)
        {
            await gateway.AddLabelsAsync(current.Number, missing);
            writes.Add(PlannedWrite.AddLabels(current.Number, missing));
        }
    }

    private static string Where(BoardSettings target, ProjectBoard project) => $"project #{target.Number} of {target.Owner} (\"{project.Title}\")";

    /// <summary>Each column of <paramref name="placements"/> the board lacks, once, named with its key: staff name one it has.</summary>
    private static IEnumerable<string> MissingColumns(BoardSettings target, ProjectBoard project, IReadOnlyList<BoardPlacement> placements) =>
        placements.Select(m => m.Column).Where(c => project.FindStatus(c) is null).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(column => $"{target.Columns.KeyOf(column)}: {Where(target, project)} has no '{target.StatusField}' option '{column}' "
                + $"(options: {string.Join(", ", project.StatusOptions.Select(o => o.Name))}); name one of them in the configuration");

    /// <summary>The date field the board lacks when <paramref name="placements"/> have dates to set, named with its key; none else.</summary>
    private static IEnumerable<string> MissingDateField(BoardSettings target, ProjectBoard project, IReadOnlyList<BoardPlacement> placements) =>
        target.SessionDateField.Length > 0 && project.DateFieldId is null && placements.Any(m => m.SessionDate is not null)
            ? [$"board.session-date-field: {Where(target, project)} has no date field named '{target.SessionDateField}'; "
                + "add the field to the board or leave the key empty"]
            : [];
}
