using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Ecosystem.Domain;
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

/// <summary>Every key of <c>.github/ecosystem.yml</c>, in the order the README lists them, with its value rule and binding;
/// a value rule of the domain is its reader (<c>TryRead…</c>); the rules between keys are <see cref="ConfigurationRules"/>.</summary>
internal static class ConfigurationSchema
{
    public static readonly IReadOnlyList<Setting> All =
    [
        .. LabelNames.Roles.Select(role => One<string>(role.Key, LabelNames.TryReadName, (o, v) => o.Labels = role.Set(o.Labels, v))),
        Flag("labels.remove-new-on-schedule", (o, v) => o.Scheduling = o.Scheduling with { RemoveNewOnSchedule = v }),
        Flag("labels.remove-waiting-on-reply", (o, v) => o.Guardians = o.Guardians with { RemoveWaitingOnReply = v }),
        Text("application.template", (o, v) => o.ApplicationTemplate = v,
            v => v.Length == 0 ? $"is empty; name the issue form file, such as {EcosystemOptions.DefaultApplicationTemplate}" : null),
        Text("application.title-prefix", (o, v) => o.Intake = o.Intake with { TitlePrefix = v }),
        One("application.label", OrEmpty(LabelNames.TryReadName), (o, v) => o.Labels = o.Labels with { Application = v }),
        One("board.owner", OrEmpty(GitHubHandle.TryReadLogin), (o, v) => o.Board = o.Board with { Owner = v }),
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
        // GitHub assigns an issue to at most 10 people.
        Number("sessions.reviewers-per-application", (o, v) => o.Scheduling = o.Scheduling with { ReviewersPerApplication = v },
            v => v > 10 ? $"sessions.reviewers-per-application ({v}) is more than the 10 assignees GitHub allows on an issue" : null),
        Number("sessions.assignment-history-sessions", (o, v) => o.Scheduling = o.Scheduling with { AssignmentHistorySessions = v }),
        Items<string>("people.staff.users", GitHubHandle.TryReadLogin, (o, v) => o.People.Staff.Users = v),
        One("people.staff.team", OrEmpty(GitHubHandle.TryReadTeam), (o, v) => o.People.Staff.Team = v),
        Items<string>("people.working-group.users", GitHubHandle.TryReadLogin, (o, v) => o.Guardians = o.Guardians with { WorkingGroupUsers = v }),
        One("people.working-group.team", OrEmpty(GitHubHandle.TryReadTeam), (o, v) => o.Guardians = o.Guardians with { WorkingGroupTeam = v }),
        Items<string>("people.working-group.unavailable", GitHubHandle.TryReadLogin, (o, v) => o.Scheduling = o.Scheduling with { Unavailable = v }),
        Items<string>("people.marketing.users", GitHubHandle.TryReadLogin, (o, v) => o.People.Marketing.Users = v),
        One("people.marketing.team", OrEmpty(GitHubHandle.TryReadTeam), (o, v) => o.People.Marketing.Team = v),
        Items<string>("people.automation", GitHubHandle.TryReadBot, (o, v) => o.People.Automation = v),
        Items<string>("people.former-automation", GitHubHandle.TryReadBot, (o, v) => o.People.FormerAutomation = v),
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
        Items<string>("requirements.permissive-licenses", TypedLicense.TryReadSpdxId, (o, v) => o.Intake = o.Intake with { PermissiveLicenses = v }),
        Number("requirements.resubmit-after-days", (o, v) => o.Resubmission = new(v)),
        // The intake asks PyPI and conda-forge alone (PackageIndexClient): an index under another name would never be asked.
        new("requirements.package-indexes", Entry: (o, name, url) => name is not ("pypi" or "conda")
            ? $"no check asks a package index named `{name}`; the indexes are pypi and conda"
            : url.Length > 0 && !WebLink.TryReadHttp(url, out _, out var problem) ? problem : Bound(() => o.Intake = o.Intake with
            {
                PackageIndexes = new Dictionary<string, string>(o.Intake.PackageIndexes, StringComparer.OrdinalIgnoreCase) { [name] = url },
            })),
        List("requirements.layout-files", (o, v) => o.Intake = o.Intake with { LayoutFiles = [.. v.Select(LayoutFileNamed)] }),
        Number("housekeeping.remind-after-days", (o, v) => o.Guardians = o.Guardians with { RemindAfterDays = v }),
        Number("housekeeping.close-after-days", (o, v) => o.Guardians = o.Guardians with { CloseAfterDays = v }),
        Number("housekeeping.recheck-every-months", (o, v) => o.Guardians = o.Guardians with { RecheckEveryMonths = v }),
        Number("housekeeping.recheck-grace-days", (o, v) => o.Guardians = o.Guardians with { RecheckGraceDays = v }),
        Items<RecheckEntry>("housekeeping.recheck-projects", RecheckEntry.TryRead, (o, v) => o.Guardians = o.Guardians with { RecheckProjects = v }),
        List("onboarding.checklist", (o, v) => o.Tally = o.Tally with { OnboardingChecklist = v }),
        Text("foundation.name", (o, v) => Named(o, o.Guardians.Foundation with { Name = v }), Foundation.Check),
        Text("foundation.ecosystem", (o, v) => Named(o, o.Guardians.Foundation with { Ecosystem = v }), Foundation.Check),
        Text("foundation.software", (o, v) => Named(o, o.Guardians.Foundation with { Software = v }), Foundation.Check),
    ];

    // Built once: the walk asks for every section at every start.
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

    private static Setting List(string path, Action<EcosystemOptions, IReadOnlyList<string>> bind) => Items(path, Checked(null), bind);

    /// <summary>A whole number of 0 or more, within the key's own <paramref name="limit"/> if it has one.</summary>
    private static Setting Number(string path, Action<EcosystemOptions, int> bind, Func<int, string?>? limit = null) => new(path, Value: (o, v) =>
        WholeNumber(v, out var number, out var problem) && (problem = limit?.Invoke(number) ?? "").Length == 0 ? Bound(() => bind(o, number)) : problem);

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

        return $"{(v.Length == 0 ? "has no value; write" : $"`{v}` is not")} one of {string.Join(", ", choices.Select(c => $"`{c.Name}`"))}";
    });

    private static Setting One<T>(string path, Reader<T> read, Action<EcosystemOptions, T> bind) =>
        new(path, Value: (o, text) => read(text, out var value, out var problem) ? Bound(() => bind(o, value)) : problem);

    private static Setting Items<T>(string path, Reader<T> read, Action<EcosystemOptions, T[]> bind, bool itemsMayHaveCommas = false) =>
        new(path, List: (o, items) =>
        {
            var (values, problems) = (new T[items.Count], new string?[items.Count]);
            for (var index = 0; index < items.Count; index++)
            {
                // Every item is read, so that each bad one is named; an empty one (`- ` alone) is no value of any list.
                var problem = "is an empty item; write its value, or remove the item (write [] for none)";
                if (items[index].Length > 0 && read(items[index], out var value, out problem))
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

    /// <summary>A reader that also takes the empty text, for "none".</summary>
    private static Reader<string> OrEmpty(Reader<string> read) => (string text, [NotNullWhen(true)] out string? value, out string problem) =>
        text.Length == 0 ? ConfigurationProblem.TryAccept(text, null, out value, out problem) : read(text, out value, out problem);

    /// <summary>A text value's rule as a <see cref="Reader{T}"/>.</summary>
    private static Reader<string> Checked(Func<string, string?>? check) => (string text, [NotNullWhen(true)] out string? value, out string problem) =>
        ConfigurationProblem.TryAccept(text, check?.Invoke(text), out value, out problem);

    /// <summary>One foundation, named alike by the intake, the tally and the guardians.</summary>
    private static void Named(EcosystemOptions o, Foundation f) =>
        (o.Intake, o.Tally, o.Guardians) = (o.Intake with { Foundation = f }, o.Tally with { Foundation = f }, o.Guardians with { Foundation = f });

    /// <summary>Binds, and reports no problem.</summary>
    private static string? Bound(Action bind)
    {
        bind();
        return null;
    }

    private static bool WholeNumber(string text, out int number, out string problem)
    {
        problem = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number) ? number < 0 ? $"`{text}` is negative; use 0 or more" : ""
            : text.Length == 0 ? "has no value; write a whole number, or leave the key out"
            : BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? $"`{text}` is too large"
            : $"`{text}` is not a whole number";
        return problem.Length == 0;
    }

    // A configured name keeps the requirement number and spellings the domain knows for it; a new name is
    // matched by its own stem.
    private static LayoutFile LayoutFileNamed(string name, int index) =>
        new IntakeRules().LayoutFiles.FirstOrDefault(file => string.Equals(file.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? new LayoutFile(15 + index, name, [name.ToLowerInvariant()]);
}
