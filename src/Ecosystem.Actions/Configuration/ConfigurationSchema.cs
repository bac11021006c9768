using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Scheduling;
using Ecosystem.Domain.Text;
using Ecosystem.Domain.Voting;

namespace Ecosystem.Actions.Configuration;

/// <summary>
/// One key: its dotted path and how a value is read and bound in one step, giving null or what is wrong with it: as a
/// single <c>Value</c>, a whole <c>List</c> (bound only when every item reads; each item's problem or null), or one map
/// <c>Entry</c>. <c>ItemsMayHaveCommas</c> marks a list whose items may contain commas (cron: <c>MON,WED</c>), so that one
/// written as text in an environment variable or override is one item rather than comma-separated items.
/// </summary>
internal sealed record Setting(
    string Path,
    Func<EcosystemOptions, string, string?>? Value = null,
    Func<EcosystemOptions, IReadOnlyList<string>, string?[]>? List = null,
    Func<EcosystemOptions, string, string, string?>? Entry = null,
    bool ItemsMayHaveCommas = false);

/// <summary>Reads a text into a value, or gives false and what is wrong with the text.</summary>
internal delegate bool Reader<T>(string text, [NotNullWhen(true)] out T? value, out string problem);

/// <summary>A label role's key and its name in <see cref="LabelNames"/>, read and written.</summary>
internal sealed record LabelRole(string Path, Func<LabelNames, string> Get, Func<LabelNames, string, LabelNames> Set);

/// <summary>Every key of <c>.github/ecosystem.yml</c>, in the order the README lists them, with its value rule and binding.</summary>
internal static class ConfigurationSchema
{
    private const int MaxLabelLength = 50;

    public static readonly IReadOnlyList<LabelRole> Labels =
    [
        new("labels.new", n => n.New, (n, v) => n with { New = v }),
        new("labels.in-review", n => n.InReview, (n, v) => n with { InReview = v }),
        new("labels.voting", n => n.Voting, (n, v) => n with { Voting = v }),
        new("labels.waiting", n => n.Waiting, (n, v) => n with { Waiting = v }),
        new("labels.returning", n => n.Returning, (n, v) => n with { Returning = v }),
        new("labels.accepted", n => n.Accepted, (n, v) => n with { Accepted = v }),
        new("labels.declined", n => n.Declined, (n, v) => n with { Declined = v }),
        new("labels.too-early", n => n.TooEarly, (n, v) => n with { TooEarly = v }),
        new("labels.community-highlight", n => n.CommunityHighlight, (n, v) => n with { CommunityHighlight = v }),
        new("labels.community-highlight-done", n => n.CommunityHighlightDone, (n, v) => n with { CommunityHighlightDone = v }),
        new("labels.periodic-review", n => n.PeriodicReview, (n, v) => n with { PeriodicReview = v }),
    ];

    public static readonly IReadOnlyList<Setting> All =
    [
        .. Labels.Select(label => Text(label.Path, (o, v) => o.Labels = label.Set(o.Labels, v), v => v.Length == 0 ? "is empty; every label role needs a label name" : LabelLength(v))),
        Flag("labels.remove-new-on-schedule", (o, v) => o.Scheduling = o.Scheduling with { RemoveNewOnSchedule = v }),
        Flag("labels.remove-waiting-on-reply", (o, v) => o.Guardians = o.Guardians with { RemoveWaitingOnReply = v }),
        Text("application.template", (o, v) => o.ApplicationTemplate = v,
            v => v.Length == 0 ? "is empty; name the issue form file, such as .github/ISSUE_TEMPLATE/application.yml" : null),
        Text("application.title-prefix", (o, v) => o.Intake = o.Intake with { TitlePrefix = v }),
        Text("application.label", (o, v) => o.Labels = o.Labels with { Application = v },
            v => v.Length == 0 ? null : LabelLength(v)),
        Text("board.owner", (o, v) => o.Board = o.Board with { Owner = v }, v => v.Length == 0 ? null : Login(v)),
        Number("board.number", (o, v) => o.Board = o.Board with { Number = v }),
        Text("board.status-field", (o, v) => o.Board = o.Board with { StatusField = v }),
        Text("board.columns.backlog", (o, v) => o.Board = o.Board with { Columns = o.Board.Columns with { Backlog = v } }),
        Text("board.columns.in-progress", (o, v) => o.Board = o.Board with { Columns = o.Board.Columns with { InProgress = v } }),
        Text("board.columns.done", (o, v) => o.Board = o.Board with { Columns = o.Board.Columns with { Done = v } }),
        Text("board.session-date-field", (o, v) => o.Board = o.Board with { SessionDateField = v }),
        One<TimeZoneInfo>("sessions.time-zone", ReviewCalendarSettings.TryReadTimeZone, (o, v) => (o.Calendar, o.Tally) = (o.Calendar with { TimeZone = v }, o.Tally with { TimeZone = v })),
        Items<Cronos.CronExpression>("sessions.recurrence", ReviewCalendarSettings.TryReadRecurrence, (o, v) => o.Calendar = o.Calendar with { Recurrence = v }, itemsMayHaveCommas: true),
        Items<DateTime>("sessions.dates", ReviewCalendarSettings.TryReadSessionStart, (o, v) => o.Calendar = o.Calendar with { Dates = ImmutableArray.Create(v) }),
        Items<DateOnly>("sessions.skip", ReviewCalendarSettings.TryReadDate, (o, v) => o.Calendar = o.Calendar with { Skip = ImmutableArray.Create(v) }),
        Number("sessions.lead-days", (o, v) => o.Scheduling = o.Scheduling with { LeadDays = v }),
        Number("sessions.batch.min", (o, v) => o.Scheduling = o.Scheduling with { BatchMin = v }),
        Number("sessions.batch.max", (o, v) => o.Scheduling = o.Scheduling with { BatchMax = v }),
        Choice("sessions.order", (o, v) => (o.Scheduling, o.Guardians) = (o.Scheduling with { Order = v }, o.Guardians with { Order = v }),
            ("returning-first", ReviewOrder.ReturningFirst), ("fifo", ReviewOrder.Fifo)),
        Number("sessions.reviewers-per-application", (o, v) => o.ReviewersPerApplication = v),
        Number("sessions.assignment-history-sessions", (o, v) => o.AssignmentHistorySessions = v),
        List("people.staff.users", (o, v) => o.People.Staff.Users = v, Login),
        Text("people.staff.team", (o, v) => o.People.Staff.Team = v, Team),
        List("people.working-group.users", (o, v) => (o.People.WorkingGroup.Users, o.Guardians) = (v, o.Guardians with { WorkingGroupUsers = v }), Login),
        Text("people.working-group.team", (o, v) => (o.People.WorkingGroup.Team, o.Guardians) = (v, o.Guardians with { WorkingGroupTeam = v }), Team),
        List("people.working-group.unavailable", (o, v) => o.People.WorkingGroup.Unavailable = v, Login),
        List("people.marketing.users", (o, v) => o.People.Marketing.Users = v, Login),
        Text("people.marketing.team", (o, v) => o.People.Marketing.Team = v, Team),
        List("people.automation", (o, v) => o.People.Automation = v, v => Login(v.EndsWith("[bot]", StringComparison.Ordinal) ? v[..^"[bot]".Length] : v, v)),
        Choice("voting.majority-of", (o, v) => o.Tally = o.Tally with { MajorityOf = v }, ("members", MajorityBasis.Members), ("votes-cast", MajorityBasis.VotesCast)),
        Number("voting.quorum", (o, v) => o.Tally = o.Tally with { Quorum = v }),
        Number("voting.close-after-days", (o, v) => o.Tally = o.Tally with { CloseAfterDays = v }),
        Flag("voting.close-declined-issues", (o, v) => o.Tally = o.Tally with { CloseDeclinedIssues = v }),
        Flag("voting.open-on-schedule", (o, v) => o.Tally = o.Tally with { OpenOnSchedule = v }),
        Flag("voting.decline-needs-reason", (o, v) => o.Tally = o.Tally with { DeclineNeedsReason = v }),
        Number("voting.remind-after-days", (o, v) => o.Tally = o.Tally with { RemindAfterDays = v }),
        Number("voting.remind-before-close-days", (o, v) => o.Tally = o.Tally with { RemindBeforeCloseDays = v }),
        Number("requirements.min-stars", (o, v) => o.Intake = o.Intake with { MinStars = v }),
        Number("requirements.min-commits-90d", (o, v) => o.Intake = o.Intake with { MinCommits = v }),
        Number("requirements.min-contributors-90d", (o, v) => o.Intake = o.Intake with { MinContributors = v }),
        Number("requirements.min-maintainers", (o, v) => o.Intake = o.Intake with { MinMaintainers = v }),
        List("requirements.permissive-licenses", (o, v) => o.Intake = o.Intake with { PermissiveLicenses = v },
            SpdxId),
        Number("requirements.resubmit-after-days", (o, v) => (o.Intake, o.Tally, o.Guardians) =
            (o.Intake with { ResubmitAfterDays = v }, o.Tally with { ResubmitAfterDays = v }, o.Guardians with { ResubmitAfterDays = v })),
        new("requirements.package-indexes", Entry: (o, name, url) => (url.Length == 0 ? null : HttpUrl(url)) ?? Bound(() =>
            o.PackageIndexes = new Dictionary<string, string>(o.PackageIndexes, StringComparer.OrdinalIgnoreCase) { [name] = url })),
        List("requirements.layout-files", (o, v) => o.Intake = o.Intake with { LayoutFiles = [.. v.Select(LayoutFileNamed)] },
            v => v.Length == 0 ? "has an empty file name" : null),
        Number("housekeeping.remind-after-days", (o, v) => o.Guardians = o.Guardians with { RemindAfterDays = v }),
        Number("housekeeping.close-after-days", (o, v) => o.Guardians = o.Guardians with { CloseAfterDays = v }),
        Number("housekeeping.recheck-every-months", (o, v) => o.Guardians = o.Guardians with { RecheckEveryMonths = v }),
        Number("housekeeping.recheck-grace-days", (o, v) => o.Guardians = o.Guardians with { RecheckGraceDays = v }),
        List("housekeeping.recheck-projects", (o, v) => o.RecheckProjects = v, ProjectReference),
        List("onboarding.checklist", (o, v) => o.OnboardingChecklist = v,
            v => v.Length == 0 ? "has an empty item; write each task as a line of text, or give [] for no onboarding issue" : null),
    ];

    /// <summary>The keys directly under each section (<c>""</c> for the top level), in schema order: built once, as the
    /// walk asks for every section at every start.</summary>
    private static readonly Dictionary<string, List<string>> Sections = SectionsOf(All);

    /// <summary>The keys directly under a section (<c>""</c> for the top level), in schema order.</summary>
    public static IReadOnlyList<string> KeysUnder(string section) => Sections.TryGetValue(section, out var keys) ? keys : [];

    public static Setting? Find(string path) => All.FirstOrDefault(setting => setting.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, List<string>> SectionsOf(IReadOnlyList<Setting> settings)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var parts in settings.Select(setting => setting.Path.Split('.')))
        {
            for (var depth = 0; depth < parts.Length; depth++)
            {
                var section = string.Join('.', parts[..depth]);
                var keys = sections.TryGetValue(section, out var known) ? known : sections[section] = [];
                if (!keys.Contains(parts[depth]))
                {
                    keys.Add(parts[depth]);
                }
            }
        }

        return sections;
    }

    private static Setting Text(string path, Action<EcosystemOptions, string> bind, Func<string, string?>? check = null) =>
        One(path, Checked(check), bind);

    private static Setting List(string path, Action<EcosystemOptions, IReadOnlyList<string>> bind, Func<string, string?> check) =>
        Items(path, Checked(check), bind);

    private static Setting Number(string path, Action<EcosystemOptions, int> bind) =>
        new(path, Value: (o, v) => WholeNumber(v) ?? Bound(() => bind(o, int.Parse(v, CultureInfo.InvariantCulture))));

    private static Setting Flag(string path, Action<EcosystemOptions, bool> bind) => new(path, Value: (o, v) =>
        bool.TryParse(v, out var flag) ? Bound(() => bind(o, flag))
        : v.Length == 0 ? "has no value; write true or false, or leave the key out" : $"`{v}` is not true or false");

    private static Setting Choice<T>(string path, Action<EcosystemOptions, T> bind, params (string Name, T Value)[] choices) => new(path, Value: (o, v) =>
    {
        foreach (var (name, value) in choices)
        {
            if (name.Equals(v, StringComparison.OrdinalIgnoreCase))
            {
                return Bound(() => bind(o, value));
            }
        }

        return $"`{v}` is not one of {string.Join(", ", choices.Select(c => $"`{c.Name}`"))}";
    });

    private static Setting One<T>(string path, Reader<T> read, Action<EcosystemOptions, T> bind) =>
        new(path, Value: (o, text) => read(text, out var value, out var problem) ? Bound(() => bind(o, value)) : problem);

    private static Setting Items<T>(string path, Reader<T> read, Action<EcosystemOptions, T[]> bind, bool itemsMayHaveCommas = false) =>
        new(path, List: (o, items) =>
        {
            var (values, problems) = (new T[items.Count], new string?[items.Count]);
            for (var index = 0; index < items.Count; index++)
            {
                // Every item is read, so that each bad one is named.
                if (read(items[index], out var value, out var problem))
                {
                    values[index] = value;
                }
                else
                {
                    problems[index] = problem;
                }
            }
            if (Array.TrueForAll(problems, problem => problem is null))
            {
                bind(o, values);
            }
            return problems;
        }, ItemsMayHaveCommas: itemsMayHaveCommas);

    /// <summary>A text value's rule as a <see cref="Reader{T}"/>.</summary>
    private static Reader<string> Checked(Func<string, string?>? check) => (string text, [NotNullWhen(true)] out string? value, out string problem) =>
    {
        (value, problem) = (text, check?.Invoke(text) ?? "");
        return problem.Length == 0;
    };

    /// <summary>Binds, and reports no problem.</summary>
    private static string? Bound(Action bind)
    {
        bind();
        return null;
    }

    private static string? WholeNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number < 0 ? $"`{text}` is negative; use 0 or more" : null;
        }
        return text.Length == 0 ? "has no value; write a whole number, or leave the key out"
            : BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? $"`{text}` is too large"
            : $"`{text}` is not a whole number";
    }

    private static string? LabelLength(string value) =>
        value.Length > MaxLabelLength ? $"`{value}` is longer than the {MaxLabelLength} characters GitHub allows in a label name" : null;

    private static string? Login(string login) => Login(login, login);

    private static string? Login(string login, string written) =>
        login.StartsWith('@') ? $"`{written}` is not a GitHub login: write it without the @"
        : GitHubHandle.IsLogin(login) ? null
        : $"`{written}` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen; a managed user's login may end in _shortcode)";

    private static string? Team(string value) =>
        value.Length == 0 || GitHubHandle.IsTeam(value) ? null : $"`{value}` is not a team of the form org/team-slug (such as pytorch-fdn/ecosystem-wg)";

    private static string? HttpUrl(string value) =>
        WebLink.TryHttp(value, out _) ? null : $"`{value}` is not an absolute http(s) URL";

    // A configured name keeps the requirement number and spellings the domain knows for it; a new name is
    // matched by its own stem.
    private static LayoutFile LayoutFileNamed(string name, int index) =>
        new IntakeRules().LayoutFiles.FirstOrDefault(file => string.Equals(file.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? new LayoutFile(15 + index, name, [name.ToLowerInvariant()]);

    // Read as the recheck reads it: an issue number with or without '#', else a repository.
    private static string? ProjectReference(string value) =>
        (int.TryParse(value.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0) || RepositoryReference.Read(value) is not null
            ? null
            : $"`{value}` is neither an issue number (such as 42) nor a repository of the form owner/repo";

    // A loop, not a regular expression: the licences are checked at every start.
    private static string? SpdxId(string value) =>
        value.Length > 0 && char.IsAsciiLetterOrDigit(value[0]) && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-')
            ? null
            : $"`{value}` does not look like an SPDX licence id (such as MIT or Apache-2.0)";
}
