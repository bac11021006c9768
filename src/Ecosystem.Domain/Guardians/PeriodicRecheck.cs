using System.Globalization;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Guardians;

/// <summary>
/// Nightly re-check of accepted projects. Period k starts at the k-th anniversary of acceptance; each night the project
/// is measured until period k has its periodic-review issue: a pass writes nothing, a shortfall opens one. While it is
/// open its body follows the measurements; a pass closes it, a shortfall past the deadline labels it for staff to retire
/// the project.
/// </summary>
public sealed class PeriodicRecheck(GuardianRules rules, TrustedPeople people, TimeProvider time)
{
    public const string Purpose = "periodic-review";
    public const string PassedPurpose = "periodic-review-passed";
    public const string RetirePurpose = "periodic-review-retire";

    // The review issue's hidden lines.
    private const string PeriodPurpose = "period";

    private const string ApplicationPurpose = "application";

    public static string TitleFor(AcceptedProject project) => IssueDraft.TitleOf("Periodic review: " + project.Name);

    /// <summary>
    /// The applications labelled accepted, then each listed in <c>housekeeping.recheck-projects</c> (for a repository, its
    /// accepted application if any, else its latest), each read once; entries that match none, for the host to warn about.
    /// </summary>
    public (IReadOnlyList<Application> Candidates, IReadOnlyList<string> Unmatched) Candidates(
        IReadOnlyList<IssueSnapshot> issues, IReadOnlyList<RecheckEntry> listed, Func<IssueSnapshot, Application> read)
    {
        var applications = new Dictionary<int, Application>();
        Application ReadOnce(IssueSnapshot issue) =>
            applications.TryGetValue(issue.Number, out var application) ? application : applications[issue.Number] = read(issue);

        var matches = listed.Select(entry => (entry.Text, Match: entry.IssueNumber is { } number
                ? issues.FirstOrDefault(i => i.Number == number)
                : issues.Where(i => ReadOnce(i) is { Kind: ApplicationKind.Application, Repository: { } repo }
                        && repo.Is(entry.Repository))
                    .OrderByDescending(i => i.HasLabel(rules.Labels.Accepted))
                    .ThenByDescending(i => i.Number)
                    .FirstOrDefault()))
            .ToList();
        var candidates = issues.Where(i => i.HasLabel(rules.Labels.Accepted)).Concat(matches.Select(m => m.Match).OfType<IssueSnapshot>());
        return ([.. candidates.DistinctBy(i => i.Number).Select(ReadOnce)], [.. matches.Where(m => m.Match is null).Select(m => m.Text)]);
    }

    /// <summary>
    /// The open reviews the automation opened (more than one after two runs at once: the host keeps the first and closes
    /// the rest), and the latest that stands. Anyone may open an issue and close their own: one by someone not trusted with
    /// labels is no review, or a project's owners could mark its period handled.
    /// </summary>
    public (IReadOnlyList<IssueSnapshot> OwnOpen, IssueSnapshot? Latest) ReviewIssues(AcceptedProject project, IReadOnlyList<IssueSnapshot> issues)
    {
        var title = TitleFor(project);
        var reviews = issues.Where(i => IsReviewOf(project, title, i)).ToList();
        var ownOpen = reviews.Where(i => i.IsOpen && people.IsAutomation(i.Author)).OrderBy(i => i.Number).ToList();
        return (ownOpen, reviews.Where(i => i == ownOpen.FirstOrDefault() || !ownOpen.Contains(i)).MaxBy(i => i.Number));
    }

    private bool IsReviewOf(AcceptedProject project, string title, IssueSnapshot issue)
    {
        if (!people.MayChangeLabels(issue.Author))
        {
            return false;
        }

        // The automation's own review names its application, whose title may have been edited since; one opened by hand
        // (or before reviews named their application) goes by its title, cut as titles are now (one opened before under
        // a longer title is still found, and retitled).
        return people.IsAutomation(issue.Author) && HiddenMarker.PurposeOf(issue.Body) == Purpose
            && HiddenMarker.ValueOf(issue.Body, ApplicationPurpose) is { } application
            ? application == project.IssueNumber.ToString(CultureInfo.InvariantCulture)
            : string.Equals(IssueDraft.TitleOf(issue.Title), title, StringComparison.Ordinal);
    }

    /// <summary>
    /// One result per measured requirement with a <see cref="Requirement.Recheck"/> threshold, passed unless a finding failed
    /// (warnings are for reviewers). When the repository is gone, the checks it made impossible fail; when it is archived,
    /// requirement 10 (maintained), otherwise left to reviewers, fails, however its counts still read.
    /// </summary>
    public static IReadOnlyList<RecheckResult> Results(IntakeReport report, bool repositoryMissing)
    {
        var results = new List<RecheckResult>();
        var archived = report.Findings.Any(f => f.Check == "repository.archived");
        foreach (var (requirement, findings, _, _) in report.Checklist)
        {
            if (archived && requirement.Number == 10)
            {
                results.Add(new RecheckResult(requirement.Number, requirement.Title, false,
                    "The repository is archived (read-only): it is no longer maintained there.", "a repository that is not archived"));
            }

            var failed = findings.Where(f => f.Status == FindingStatus.Fail
                || (repositoryMissing && f.Status == FindingStatus.Skipped && f.Where == "repository")).ToList();
            var shown = failed.Count > 0 ? failed : findings.Where(f => f.Status is FindingStatus.Pass or FindingStatus.Warning).ToList();
            if (requirement.Recheck is { } required && shown.Count > 0)
            {
                var measured = string.Join(" ", shown.Select(f => Sentence(f, repositoryMissing)).Distinct(StringComparer.Ordinal));
                results.Add(new RecheckResult(requirement.Number, requirement.Title, failed.Count == 0, measured, required));
            }
        }

        return results;
    }

    /// <summary>Whether tonight needs measurements (else the host skips measuring).</summary>
    public bool IsDue(AcceptedProject project, IssueSnapshot? latest) => project.Listed || !Handled(project, latest);

    /// <summary>Whether tonight's period is no re-check's or has its review closed (staff's, or a pass).</summary>
    private bool Handled(AcceptedProject project, IssueSnapshot? latest)
    {
        var period = PeriodAt(project, time.GetUtcNow());
        return period == 0 || (latest is { IsOpen: false } && PeriodOf(project, latest) >= period);
    }

    /// <summary>Why tonight measures nothing: not due, or due without a GitHub repository to measure; null to measure.</summary>
    public RecheckDecision? Unmeasured(AcceptedProject project, Application application, IssueSnapshot? latest)
    {
        if (!IsDue(project, latest))
        {
            return NotMeasured(project, $"not due (accepted {SessionText.Date(project.AcceptedAt)}, every {Every})");
        }

        var due = $"#{project.IssueNumber} ({project.Name}) is due for its periodic re-check, but its";
        return application.Repository is not null ? null
            : application.RepositoryUrl is { Kind: GitHubUrlKind.OtherForgeRepository } elsewhere
                ? NotMeasured(project, $"due, but its repository is on {elsewhere.Forge}",
                    $"{due} repository is on {elsewhere.Forge} ({elsewhere.Address}), which the re-check cannot measure; staff check it by hand.")
            : NotMeasured(project, "due, but no GitHub repository to measure",
                $"{due} '{application.Form[ApplicationField.RepositoryUrl]?.Label}' names no GitHub repository; fix the application body.");
    }

    /// <summary>The open review's comments and label events: a comment is posted once, a label staff took off stays off.</summary>
    public RecheckDecision Review(AcceptedProject project, IReadOnlyList<RecheckResult> results, IssueSnapshot? latest,
        IReadOnlyList<CommentSnapshot> comments, IReadOnlyList<LabelEvent> labelEvents)
    {
        if (results.Count == 0)
        {
            return NotMeasured(project, "nothing measured", $"#{project.IssueNumber} ({project.Name}): nothing could be measured for the periodic re-check.");
        }

        var now = time.GetUtcNow();
        var period = PeriodAt(project, now);
        var shortfall = results.Where(r => !r.Passed).OrderBy(r => r.RequirementId).ToList();

        if (latest is { IsOpen: true })
        {
            return ReviewOpen(project, shortfall, latest, comments, labelEvents, now);
        }

        if (!project.Listed && Handled(project, latest))
        {
            return new RecheckDecision(null, null, period == 0
                ? $"{Named(project)}: first re-check on {SessionText.Date(Anniversary(project, 1))}."
                : $"{Named(project)}: re-check {period} already handled in #{latest?.Number}.");
        }

        var which = project.Listed ? "re-check asked in housekeeping.recheck-projects" : $"re-check {period}";
        if (shortfall.Count == 0)
        {
            return new RecheckDecision(null, null, $"{Named(project)}: meets every measured requirement ({which}).");
        }

        // The issue opens now: the owners are told today, so their grace period starts today.
        var draft = new IssueDraft(TitleFor(project), Body(project, period, shortfall, now)) { Labels = [rules.Labels.PeriodicReview] };
        return new RecheckDecision(draft, null,
            $"{Named(project)}: falls short on {Ids(shortfall)}; opening a periodic review, "
            + $"deadline {SessionText.Date(Deadline(project, period, now))}.");
    }

    private RecheckDecision ReviewOpen(AcceptedProject project, List<RecheckResult> shortfall, IssueSnapshot issue,
        IReadOnlyList<CommentSnapshot> comments, IReadOnlyList<LabelEvent> labelEvents, DateTimeOffset now)
    {
        var period = PeriodOf(project, issue);
        var deadline = Deadline(project, period, issue.CreatedAt);

        if (shortfall.Count == 0)
        {
            var plan = new IssuePlan(issue.Number)
            {
                RemoveLabels = ApplicationThread.IfPresent(issue, LabelNames.Retire),
                Comments = ApplicationThread.Unposted(comments, people, PassedPurpose,
                    ("project", MarkdownText.Inline(project.Name)),
                    // A review kept open past the next anniversary: the next one starts at the anniversary to come.
                    ("next", SessionText.Date(Anniversary(project, Math.Max(period, PeriodAt(project, now)) + 1)))),
                State = new IssueStateChange(Open: false, StateReason: "completed"),
            };
            return new RecheckDecision(null, plan, $"{Named(project)}: now meets every measured requirement; closing #{issue.Number}.");
        }

        var title = TitleFor(project);
        var body = Body(project, period, shortfall, issue.CreatedAt);
        // The owners are asked to fix it "by" the deadline's date: that whole day is theirs, so Retire comes the day after,
        // where a nightly run at the hour that opened the review retired on the date named and said it had passed.
        var retire = DateOnly.FromDateTime(now.UtcDateTime) > DateOnly.FromDateTime(deadline.UtcDateTime);
        // Its labels (Retire among them past the deadline) go in one write with the body, and also when the body already
        // reads right, so a run that stopped between the two is completed by the next. A label staff took off stays off.
        string[] wanted = retire ? [rules.Labels.PeriodicReview, LabelNames.Retire] : [rules.Labels.PeriodicReview];
        var labels = wanted.Where(label => !LabelEvent.RemovedOnPurpose(labelEvents, label, people)).ToList();
        var draft = string.Equals(issue.Title, title, StringComparison.Ordinal) && SameText.As(issue.Body, body) && labels.All(issue.HasLabel)
            ? null
            : new IssueDraft(title, body) { Number = issue.Number, Labels = labels };

        if (!retire)
        {
            return new RecheckDecision(draft, null,
                $"{Named(project)}: still short on {Ids(shortfall)} in #{issue.Number}; deadline {SessionText.Date(deadline)}.");
        }

        // The comment says the issue is labelled Retire and asks staff to decide: not once staff took it off, having decided.
        var retiring = labels.Contains(LabelNames.Retire);
        var retirePlan = new IssuePlan(issue.Number)
        {
            Comments = retiring
                ? ApplicationThread.Unposted(comments, people, RetirePurpose,
                    ("project", MarkdownText.Inline(project.Name)),
                    ("deadline", SessionText.Date(deadline)),
                    ("retire_label", MarkdownText.Inline(LabelNames.Retire)))
                : [],
        };
        var retireLabel = retiring
            ? $"#{issue.Number} marked '{LabelNames.Retire}' for staff"
            : $"'{LabelNames.Retire}' stays off #{issue.Number}, as staff took it off";
        return new RecheckDecision(draft, retirePlan,
            $"{Named(project)}: still short on {Ids(shortfall)} after the deadline {SessionText.Date(deadline)}; {retireLabel}.");
    }

    private static string Named(AcceptedProject project) =>
        project.MovedTo is { } moved ? $"{project.Name} (repository moved to {moved})" : project.Name;

    private string Every => rules.RecheckEveryMonths == 1 ? "month" : Counted.Of(rules.RecheckEveryMonths, "month");

    private string Body(AcceptedProject project, int period, List<RecheckResult> shortfall, DateTimeOffset toldAt) =>
        ApplicationThread.Render(
            "periodic-review-issue",
            [.. rules.Foundation.Values,
            ("state", HiddenLines(project, period)),
            ("every", Every),
            ("project", MarkdownText.Inline(project.Name)),
            ("moved_to", project.MovedTo?.FullName),
            ("accepted_on", SessionText.Date(project.AcceptedAt)),
            ("application", WebLink.IsPlainHttps(project.ApplicationUrl) ? project.ApplicationUrl : MarkdownText.Inline(project.ApplicationUrl)),
            ("anniversary", SessionText.Date(Anniversary(project, period))),
            ("rows", shortfall.Select(r => Template.Record(("id", r.RequirementId), ("title", r.Title), ("measured", r.Measured), ("required", r.Required)))),
            ("maintainers", GitHubHandle.Logins(project.Maintainers).Select(m => "@" + m)),
            ("deadline", SessionText.Date(Deadline(project, period, toldAt))),
            ("retire_label", MarkdownText.Inline(LabelNames.Retire))]);

    private static string HiddenLines(AcceptedProject project, int period)
    {
        var lines = HiddenMarker.For(Purpose) + "\n" + HiddenMarker.For(PeriodPurpose, period.ToString(CultureInfo.InvariantCulture));
        var application = project.IssueNumber.ToString(CultureInfo.InvariantCulture);
        return project.IssueNumber > 0 ? lines + "\n" + HiddenMarker.For(ApplicationPurpose, application) : lines;
    }

    /// <summary>
    /// From the hidden line when the automation wrote it, else from the opening date; none (0) when it opened before the
    /// project was last accepted, as the periods of an earlier acceptance are not this one's.
    /// </summary>
    private int PeriodOf(AcceptedProject project, IssueSnapshot review)
    {
        if (review.CreatedAt < project.AcceptedAt)
        {
            return 0;
        }

        if (people.IsAutomation(review.Author) && HiddenMarker.ValueOf(review.Body, PeriodPurpose) is { Length: <= 4 } value
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var period))
        {
            return period;
        }

        return Math.Max(1, PeriodAt(project, review.CreatedAt));
    }

    private int PeriodAt(AcceptedProject project, DateTimeOffset at)
    {
        var period = 0;
        // With re-checks off no anniversary ever comes.
        while (rules.RecheckEveryMonths > 0 && Anniversary(project, period + 1) <= at)
        {
            period++;
        }

        return period;
    }

    private DateTimeOffset Anniversary(AcceptedProject project, int period) =>
        project.AcceptedAt.AddMonths(rules.RecheckEveryMonths * period);

    /// <summary>Grace days from the issue's opening, or the anniversary if later: a late check must not open past its deadline.</summary>
    private DateTimeOffset Deadline(AcceptedProject project, int period, DateTimeOffset toldAt)
    {
        var anniversary = Anniversary(project, period);
        return (toldAt > anniversary ? toldAt : anniversary).AddDays(rules.RecheckGraceDays);
    }

    private static RecheckDecision NotMeasured(AcceptedProject project, string why, string? warning = null) =>
        new(null, null, $"{project.Name}: {why}.", project.IssueNumber, warning);

    private static string Ids(List<RecheckResult> shortfall) =>
        string.Join(", ", shortfall.Select(r => string.Create(CultureInfo.InvariantCulture, $"#{r.RequirementId} {r.Title}")));

    private static string Sentence(Finding finding, bool repositoryMissing) =>
        repositoryMissing && finding.Status == FindingStatus.Skipped
            ? "The repository was not found (deleted, renamed or private)."
            : finding.Message.TrimEnd().EndsWith('.') ? finding.Message.TrimEnd() : finding.Message.TrimEnd() + ".";
}
