using System.Text.RegularExpressions;
using Cronos;

namespace Ecosystem.Actions.Configuration;

/// <summary>Rules for single text values, by the dotted path of their key; each returns a message or null.</summary>
internal static partial class ValueRules
{
    private const int MaxLabelLength = 50;

    /// <summary>Whether items of this list may contain commas (cron: <c>MON,WED</c>), so that a list written as
    /// text in an environment variable or override is one item rather than comma-separated items.</summary>
    public static bool MayContainCommas(string path) => path == "sessions.recurrence";

    public static string? Check(string path, string value) => path switch
    {
        "labels.new" or "labels.in-review" or "labels.voting" or "labels.waiting" or "labels.returning" or "labels.accepted"
            or "labels.declined" or "labels.too-early" or "labels.community-highlight" or "labels.community-highlight-done"
            or "labels.periodic-review" =>
            value.Length == 0 ? "is empty; every label role needs a label name" : Label(value),
        "application.label" => value.Length == 0 ? null : Label(value),
        "application.template" => value.Length == 0 ? "is empty; name the issue form file, such as .github/ISSUE_TEMPLATE/application.yml" : null,
        "board.owner" => value.Length == 0 ? null : Login(value),
        "sessions.time-zone" => TimeZone(value),
        "sessions.recurrence" => Cron(value),
        "people.staff.users" or "people.working-group.users" or "people.working-group.unavailable" or "people.marketing.users" => Login(value),
        "people.automation" => Login(value.EndsWith("[bot]", StringComparison.Ordinal) ? value[..^"[bot]".Length] : value, value),
        "people.staff.team" or "people.working-group.team" or "people.marketing.team" => value.Length == 0 ? null : Team(value),
        "requirements.permissive-licenses" => SpdxId().IsMatch(value)
            ? null
            : $"`{value}` does not look like an SPDX licence id (such as MIT or Apache-2.0)",
        "requirements.layout-files" => value.Length == 0 ? "has an empty file name" : null,
        "requirements.package-indexes" => value.Length == 0 ? null : HttpUrl(value),
        "housekeeping.recheck-projects" => ProjectReference(value),
        "onboarding.checklist" => value.Trim().Length == 0 ? "has an empty item; write each task as a line of text, or give [] for no onboarding issue" : null,
        _ => null,
    };

    private static string? Label(string value) =>
        value.Length > MaxLabelLength ? $"`{value}` is longer than the {MaxLabelLength} characters GitHub allows in a label name" : null;

    private static string? Login(string login, string? written = null)
    {
        written ??= login;
        if (login.StartsWith('@'))
        {
            return $"`{written}` is not a GitHub login: write it without the @";
        }
        return login.Length is >= 1 and <= 39 && GitHubLogin().IsMatch(login)
            ? null
            : $"`{written}` is not a GitHub login (1 to 39 letters, digits or single hyphens, not starting or ending with a hyphen)";
    }

    private static string? Team(string value)
    {
        var parts = value.Split('/');
        return parts.Length == 2 && Login(parts[0]) is null && TeamSlug().IsMatch(parts[1])
            ? null
            : $"`{value}` is not a team of the form org/team-slug (such as pytorch-fdn/ecosystem-wg)";
    }

    private static string? TimeZone(string value) =>
        value.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(value, out _)
            ? null
            : $"`{value}` is not a known IANA time zone (such as America/Los_Angeles, Europe/Berlin or UTC)";

    private static string? Cron(string value)
    {
        try
        {
            CronExpression.Parse(value);
            return null;
        }
        catch (CronFormatException e)
        {
            const string Generic = "invalid format. ";
            var detail = e.Message;
            var at = detail.IndexOf(Generic, StringComparison.Ordinal);
            detail = at < 0 ? detail : detail[(at + Generic.Length)..];
            return $"`{value}` is not a cron expression of five fields (minute hour day-of-month month day-of-week): {detail}";
        }
    }

    private static string? HttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : $"`{value}` is not an absolute http(s) URL";

    private static string? ProjectReference(string value)
    {
        if (IssueNumber().IsMatch(value))
        {
            return null;
        }
        var parts = value.Split('/');
        return parts.Length == 2 && Login(parts[0]) is null && RepositoryName().IsMatch(parts[1])
            ? null
            : $"`{value}` is neither an issue number (such as 42) nor a repository of the form owner/repo";
    }

    [GeneratedRegex("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")]
    private static partial Regex GitHubLogin();

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$")]
    private static partial Regex TeamSlug();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.+-]*$")]
    private static partial Regex SpdxId();

    [GeneratedRegex("^#?[1-9][0-9]*$")]
    private static partial Regex IssueNumber();

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex RepositoryName();
}
