using System.Globalization;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Intake;

/// <summary>Intake in pure steps: <see cref="Read"/> the issue, the host gathers facts, <see cref="Assess"/>, <see cref="Plan"/>.</summary>
public sealed class IntakeAssessor(ApplicationForm form, IntakeRules rules)
{
    public const string CommentPurpose = "intake-report";

    // One back-link on an earlier application per resubmission N: resubmitted-as-N.
    private const string ResubmissionPurposePrefix = "resubmitted-as-";

    private readonly ApplicationReader _reader = new(form, rules);
    private readonly FormChecks _formChecks = new(form, rules);
    private readonly RepositoryChecks _repositoryChecks = new(form, rules);

    public Application Read(IssueSnapshot issue) => _reader.Read(issue);

    /// <summary>
    /// Reads, checks and reports a specimen application, so that the first real one meets code already prepared: a command
    /// that will check applications calls this on another core while it starts up.
    /// </summary>
    public static void Prepare(ApplicationForm form)
    {
        var body = string.Concat(form.Fields.Select(field => $"{field.Heading}\n\n{Specimen(field.Field)}\n\n"));
        var issue = new IssueSnapshot(0, "[Ecosystem] Specimen", body, "specimen", true, [], DateTimeOffset.UnixEpoch, null, "");
        var assessor = new IntakeAssessor(form, new IntakeRules());
        _ = assessor.Plan(issue, assessor.Assess(assessor.Read(issue), IntakeFacts.Offline));
    }

    // Of the kind each question expects, so that every reader of answers runs.
    private static string Specimen(ApplicationField? field) => field switch
    {
        ApplicationField.ContactEmails => "maintainer@example.org",
        ApplicationField.RepositoryUrl => "https://github.com/specimen/specimen",
        ApplicationField.AdditionalRepositories => "_No response_",
        ApplicationField.License => "BSD-3-Clause",
        ApplicationField.Maintainers => "@specimen",
        ApplicationField.Website or ApplicationField.Documentation => "https://specimen.example.org",
        ApplicationField.PyTorchVersion => "2.5",
        _ => "A specimen answer.",
    };

    /// <summary>Null <paramref name="facts"/>: the verdict on the form alone, what the scheduler screens the queue with.</summary>
    public IntakeReport Assess(Application application, IntakeFacts? facts)
    {
        var number = application.Issue.Number;
        if (application.Kind == ApplicationKind.NotAnApplication)
        {
            return new IntakeReport(number, IntakeVerdict.NotAnApplication, [], []);
        }

        if (application.Kind == ApplicationKind.LostForm)
        {
            var lost = new Finding("form.lost", FindingStatus.Fail,
                "The issue does not use the application form: its questions (### headings) are missing.", "body", Blocking: true);
            return new IntakeReport(number, IntakeVerdict.LostForm, [lost], []) { PastIntake = PastIntake(application) };
        }

        var findings = application.FormFindings
            .Concat(_formChecks.Run(application))
            .Concat(facts is null ? [] : _repositoryChecks.Run(application, facts))
            .ToList();
        var verdict = findings.Any(f => f.IsBlockingFailure) ? IntakeVerdict.Incomplete : IntakeVerdict.Complete;
        return new IntakeReport(number, verdict, findings, ChecklistItem.For(rules, findings))
        {
            Links = Links(application),
            PastIntake = PastIntake(application),
        };
    }

    private string? PastIntake(Application application) => rules.Labels.Settled.FirstOrDefault(application.Issue.HasLabel);

    /// <summary>
    /// The scheduler's cheap look, on the form alone (failed repository checks keep an application out of the queue by its
    /// waiting label): a verdict for the agenda ("2 problems"), the people reviewer assignment must avoid, and the
    /// automation's own session, queue-position and review-session comments as they read now. The schedule and the status
    /// page read every application this way, so that both see it stand where it stands.
    /// </summary>
    public QueueCandidate Candidate(IssueHistory history, string automation, ReviewCalendar calendar, DateTimeOffset now)
    {
        var application = Read(history.Issue);
        var report = Assess(application, null);
        var blocking = report.Findings.Count(f => f.IsBlockingFailure);
        var verdict = report.Verdict switch
        {
            IntakeVerdict.Complete => "complete",
            IntakeVerdict.Incomplete => Counted.Of(blocking, "problem"),
            _ => "the application form's questions are missing",
        };
        var recorded = ReviewSessionNotice.RecordedIn(history, automation, calendar, rules.Labels.Waiting, now);
        return new QueueCandidate(history.Issue)
        {
            IntakeComplete = report.Verdict == IntakeVerdict.Complete,
            IntakeVerdict = verdict,
            ScheduledSession = recorded.Session,
            WithdrawnFrom = recorded.WithdrawnFrom,
            QueueNotice = OwnComments.Of(history.Comments, automation, QueuePositionNotice.Purpose).Kept?.Body,
            SessionNotice = OwnComments.Of(history.Comments, automation, ReviewSessionNotice.Purpose),
            WaitsUntil = ResubmissionWait.In(history.Comments, automation),
            Maintainers = application.MaintainerHandles,
            RepositoryOwner = application.Repository?.Owner,
        };
    }

    /// <summary>Whether <see cref="Plan"/> needs to know who put the waiting label on.</summary>
    public bool AsksWhoSetWaiting(IssueSnapshot issue, IntakeReport report) =>
        report.Verdict == IntakeVerdict.Complete && issue.HasLabel(rules.Labels.Waiting);

    /// <summary>The guard's putting the label back after an outsider took it off leaves it the reviewer's.</summary>
    public bool WaitingSetByPerson(IReadOnlyList<LabelEvent> events, TrustedPeople people) =>
        LabelEvent.LastAddition(events, rules.Labels.Waiting, people) is { } added && !people.IsAutomation(added.Actor);

    /// <summary>
    /// A complete application loses the waiting label only when intake put it on: one a person put on (a reviewer waiting on
    /// an answer in a comment) stays, since an edited body is no answer; the reply or staff take it off. <paramref name="returned"/>:
    /// when the guard last granted a return (<see cref="ReturningRequests.LastGranted"/>), whose board move intake completes.
    /// </summary>
    public IssuePlan Plan(IssueSnapshot issue, IntakeReport report, bool waitingSetByPerson = false, DateTimeOffset? returned = null)
    {
        if (report.Verdict == IntakeVerdict.NotAnApplication)
        {
            return new IssuePlan(issue.Number);
        }

        var waiting = issue.HasLabel(rules.Labels.Waiting);
        var complete = report.Verdict == IntakeVerdict.Complete;
        var add = new List<string>();
        if (rules.Labels.Application.Length > 0 && !issue.HasLabel(rules.Labels.Application))
        {
            add.Add(rules.Labels.Application); // the mark outlives a title or body edited beyond recognition
        }

        // An application in voting or decided is past intake (accepted ones stay open): waiting on its applicant, the
        // guard would remind them and then close it as too early. Its report is still kept current.
        if (!complete && !waiting && report.PastIntake is null)
        {
            add.Add(rules.Labels.Waiting);
        }

        return new IssuePlan(issue.Number)
        {
            AddLabels = add,
            RemoveLabels = complete && waiting && !waitingSetByPerson ? [rules.Labels.Waiting] : [],
            Comments = [new CommentUpsert(CommentPurpose, Render(report) + ResubmissionWait.Line(report))],
            // One already on the board stays in the column staff or the scheduler chose, except done, which an open application
            // before voting has left (back from a decline, reopened), though a failed move left it there, and a column of staff's
            // own they chose before its return. One in voting or decided is the vote's to place (one removed by hand stays off).
            Board = rules.Columns is { } columns && report.PastIntake is null
                ? new BoardPlacement(columns.Backlog) { OutOf = columns.Done, MovedOnAt = returned }
                : null,
        };
    }

    /// <summary>The one intake comment; it depends only on the report, so a rerun on an unchanged issue writes nothing.</summary>
    public string Render(IntakeReport report) => report.Verdict switch
    {
        IntakeVerdict.LostForm => Template.Load("intake-lost-form").Render(new Dictionary<string, object?>
        {
            ["form_name"] = form.Name,
            ["questions"] = form.Fields.Where(f => f.Required).SelectMany(f => (string[])[f.Heading, ""]).SkipLast(1).ToList(),
        }),
        IntakeVerdict.NotAnApplication => throw new InvalidOperationException($"Issue {report.IssueNumber} is not an application; intake posts nothing on it."),
        _ => RenderReport(report),
    };

    /// <summary>
    /// The headline has three states, each agreeing with the lines below it: incomplete (the ❌ lines under Problems,
    /// by place), complete with measured requirements not met (the ❌ rows, by number), or complete with nothing ❌.
    /// A requirement's own result is its checklist row; only blocking failures and the form's warnings about it are
    /// repeated under Problems, so every ❌ line there is a question to fix.
    /// </summary>
    private static string RenderReport(IntakeReport report)
    {
        var problems = report.Findings
            .Where(f => f.Status is FindingStatus.Fail or FindingStatus.Warning || (f.Status == FindingStatus.Skipped && f.Requirement is null))
            .Where(f => f.Requirement is null || f.Blocking
                || (f.Status == FindingStatus.Warning && f.Check.StartsWith("form.", StringComparison.Ordinal)))
            .ToList();
        return Fitted(MarkdownText.CommentBudget, shown =>
        {
            var listed = new List<Finding>();
            var others = 0;
            foreach (var problem in problems)
            {
                if (problem.IsBlockingFailure || others++ < shown)
                {
                    listed.Add(problem);
                }
            }

            return RenderReport(report, listed, problems.Count - listed.Count);
        });
    }

    /// <summary>
    /// The first text <paramref name="render"/> makes within <paramref name="budget"/> (else the last), listing all, 50, 10 and
    /// then none of the problems that are not questions to fix: a body may hold hundreds of headings that are not the form's,
    /// each a warning, and GitHub rejects a longer comment or job output.
    /// </summary>
    internal static string Fitted(int budget, Func<int, string> render)
    {
        var text = string.Empty;
        foreach (var shown in (ReadOnlySpan<int>)[int.MaxValue, 50, 10, 0])
        {
            text = render(shown);
            if (text.Length <= budget)
            {
                break;
            }
        }

        return text;
    }

    private static string RenderReport(IntakeReport report, List<Finding> problems, int notListed) =>
        Template.Load("intake-report").Render(new Dictionary<string, object?>
        {
            ["places"] = report.PlacesToFix,
            ["unmet"] = report.UnmetRequirements.Select(u => Template.Record(("number", u.Requirement.Number), ("title", u.Requirement.Title))),
            ["problems"] = problems.Select(f => Template.Record(
                ("symbol", Symbol(f.Status == FindingStatus.Fail && !f.Blocking ? FindingStatus.Warning : f.Status)),
                ("where", f.Where),
                ("text", f.Text),
                ("heading", f.SuggestedHeading),
                ("link", WebLink.IsPlainHttps(f.Link) ? f.Link : null))).ToList(),
            ["not_listed"] = notListed,
            ["past_intake"] = report.PastIntake,
            ["links"] = report.Links.Select(l =>
                Template.Record(("question", l.Question), ("address", l.Address), ("target", LinkTarget(l.Address)))),
            ["checklist"] = report.Checklist.Select(c => Template.Record(("number", c.Requirement.Number), ("title", c.Requirement.Title), ("mark", Symbol(c.Mark)), ("detail", c.Detail))),
        });

    /// <summary>
    /// The target written out for an address holding '#' or '@': the word joiner the <c>md</c> filter puts after them stays
    /// in an autolink's address, so "…/#/quickstart" or "medium.com/@project" would open another page. The '@' is written
    /// %40, as a mention is nowhere; a user name before the host ("https://a@b.org") hides where a link goes: no target.
    /// </summary>
    private static string? LinkTarget(string address) =>
        address.AsSpan().IndexOfAny('#', '@') >= 0 && WebLink.TryHttp(address, out var url) && url.UserInfo.Length == 0
            ? url.AbsoluteUri.Replace("@", "%40", StringComparison.Ordinal)
            : null;

    private static string Symbol(FindingStatus? status) => status switch
    {
        FindingStatus.Pass => "✅",
        FindingStatus.Fail => "❌",
        FindingStatus.Warning => "⚠️",
        null => "",
        _ => "➖",
    };

    private List<ReadLink> Links(Application application)
    {
        var links = new List<ReadLink>();
        foreach (var field in (ReadOnlySpan<ApplicationField>)[ApplicationField.RepositoryUrl, ApplicationField.AdditionalRepositories, ApplicationField.Website, ApplicationField.Documentation])
        {
            // The repository's one link is the URL the repository checks read.
            var answer = _formChecks.AnswerOf(application, field);
            var written = field == ApplicationField.AdditionalRepositories ? AnswerValues.RepositoryUrls(answer) : AnswerValues.Urls(answer);
            var urls = (field == ApplicationField.RepositoryUrl ? [GitHubUrl.Parse(answer)] : written.Select(GitHubUrl.Classify))
                .Where(u => u.Kind is not (GitHubUrlKind.None or GitHubUrlKind.Malformed or GitHubUrlKind.Placeholder));
            links.AddRange(urls.Take(5).Select(u => new ReadLink(form[field]?.Label ?? string.Empty, u.Address)));
        }

        return links;
    }

    /// <summary>A comment on each earlier decided application for the same repository, so the history reads both ways.</summary>
    public IReadOnlyList<IssuePlan> ResubmissionLinks(Application application, IReadOnlyList<PriorApplication> prior)
    {
        if (application.Kind != ApplicationKind.Application)
        {
            return [];
        }

        var number = application.Issue.Number.ToString(CultureInfo.InvariantCulture);
        var body = Template.Load("resubmission-link").Render(new Dictionary<string, object?>(StringComparer.Ordinal) { ["number"] = number }).TrimEnd('\n');
        return [.. prior
            .Where(p => p.Issue.Number < application.Issue.Number && p.OutcomeIn(rules.Labels) is not null)
            .Select(p => new IssuePlan(p.Issue.Number) { Comments = [new CommentUpsert(ResubmissionPurposePrefix + number, body)] })];
    }
}
