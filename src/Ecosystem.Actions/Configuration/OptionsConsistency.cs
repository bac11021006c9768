namespace Ecosystem.Actions.Configuration;

/// <summary>Rules between keys, checked on the bound options; a key that already had a problem is left out.</summary>
internal static class OptionsConsistency
{
    /// <summary>GitHub assigns an issue to at most this many people.</summary>
    private const int MaxAssignees = 10;

    public static void Check(EcosystemOptions options, Func<string, bool> hasFailed, ICollection<ConfigurationProblem> problems)
    {
        bool Fine(params string[] paths) => !paths.Any(hasFailed);

        var batch = options.Sessions.Batch;
        if (Fine("sessions.batch.max") && batch.Max < 1)
        {
            problems.Add(new("sessions.batch.max", $"sessions.batch.max ({batch.Max}) must be at least 1"));
        }
        else if (Fine("sessions.batch.min", "sessions.batch.max") && batch.Max < batch.Min)
        {
            problems.Add(new("sessions.batch.max", $"sessions.batch.max ({batch.Max}) is below sessions.batch.min ({batch.Min})"));
        }

        if (Fine("sessions.reviewers-per-application") && options.Sessions.ReviewersPerApplication > MaxAssignees)
        {
            problems.Add(new("sessions.reviewers-per-application",
                $"sessions.reviewers-per-application ({options.Sessions.ReviewersPerApplication}) is more than the {MaxAssignees} assignees GitHub allows on an issue"));
        }

        var voting = options.Voting;
        if (Fine("voting.quorum", "voting.majority-of") && voting.Quorum > 0 && voting.MajorityOf == MajorityBasis.Members)
        {
            problems.Add(new("voting.quorum",
                $"voting.quorum ({voting.Quorum}) applies only with voting.majority-of `votes-cast`; with `members` every member counts already. Remove the quorum or change majority-of."));
        }

        CheckBoard(options.Board, Fine, problems);
        CheckLabelsDistinct(options.Labels, hasFailed, problems);

        var housekeeping = options.Housekeeping;
        if (Fine("housekeeping.remind-after-days", "housekeeping.close-after-days")
            && housekeeping.RemindAfterDays > 0 && housekeeping.CloseAfterDays > 0
            && housekeeping.CloseAfterDays <= housekeeping.RemindAfterDays)
        {
            problems.Add(new("housekeeping.close-after-days",
                $"housekeeping.close-after-days ({housekeeping.CloseAfterDays}) must be later than housekeeping.remind-after-days ({housekeeping.RemindAfterDays}), or 0 to never close"));
        }
    }

    private static void CheckBoard(BoardOptions board, Func<string[], bool> fine, ICollection<ConfigurationProblem> problems)
    {
        if (!fine(["board.owner", "board.number"]))
        {
            return;
        }
        if (!board.IsEnabled)
        {
            if (board.Number != 0)
            {
                problems.Add(new("board.owner", $"board.owner is empty but board.number is {board.Number}; set the organisation or user that owns the project, or remove the board"));
            }
            return;
        }
        if (board.Number <= 0)
        {
            problems.Add(new("board.number", $"board.number ({board.Number}) must be the project's number (1 or more) when board.owner is set"));
        }
        var required = new (string Path, string Value)[]
        {
            ("board.status-field", board.StatusField),
            ("board.columns.backlog", board.Columns.Backlog),
            ("board.columns.in-progress", board.Columns.InProgress),
            ("board.columns.done", board.Columns.Done),
        };
        foreach (var (path, value) in required.Where(item => item.Value.Trim().Length == 0))
        {
            problems.Add(new(path, $"is empty; a board needs it (board.owner is `{board.Owner}`)"));
        }
    }

    private static void CheckLabelsDistinct(LabelOptions labels, Func<string, bool> hasFailed, ICollection<ConfigurationProblem> problems)
    {
        var roles = new (string Path, string Name)[]
        {
            ("labels.new", labels.New),
            ("labels.in-review", labels.InReview),
            ("labels.voting", labels.Voting),
            ("labels.waiting", labels.Waiting),
            ("labels.returning", labels.Returning),
            ("labels.accepted", labels.Accepted),
            ("labels.declined", labels.Declined),
            ("labels.too-early", labels.TooEarly),
            ("labels.community-highlight", labels.CommunityHighlight),
            ("labels.community-highlight-done", labels.CommunityHighlightDone),
            ("labels.periodic-review", labels.PeriodicReview),
        };
        // GitHub compares label names without regard to case.
        var shared = roles
            .Where(role => !hasFailed(role.Path))
            .GroupBy(role => role.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1);
        foreach (var group in shared)
        {
            var paths = group.Select(role => role.Path).ToList();
            problems.Add(new(paths[0], $"{string.Join(" and ", paths)} are all `{group.Key}`; each role needs its own label"));
        }
    }
}
