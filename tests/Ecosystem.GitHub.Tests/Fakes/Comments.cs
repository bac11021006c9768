using Ecosystem.Domain.Issues;
using Ecosystem.GitHub.Identity;

namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>Comment snapshots for upsert and plan tests.</summary>
internal static class Comments
{
    public const string Automation = "github-actions[bot]";

    /// <summary>The REST id of the automation's account in these tests.</summary>
    public const long AutomationId = 41898282;

    /// <summary>The automation as GraphQL viewer names it: login without "[bot]", with its database id.</summary>
    public static AutomationAccount Account { get; } = AutomationAccount.FromViewer("github-actions", AutomationId);

    public static CommentSnapshot By(string author, long id, string body) => new(
        id,
        author,
        author.EndsWith("[bot]", StringComparison.Ordinal),
        body,
        new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero).AddMinutes(id),
        new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero).AddMinutes(id),
        $"https://github.test/pytorch-fdn/ecosystem/issues/12#issuecomment-{id}")
    {
        AuthorId = string.Equals(author, Automation, StringComparison.Ordinal) ? AutomationId : 1000 + author.Length,
    };
}
