using Ecosystem.Domain.Issues;

namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>Comment snapshots for upsert and plan tests.</summary>
internal static class Comments
{
    public const string Automation = "github-actions[bot]";

    public static CommentSnapshot By(string author, long id, string body) => new(
        id,
        author,
        author.EndsWith("[bot]", StringComparison.Ordinal),
        body,
        new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero).AddMinutes(id),
        new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero).AddMinutes(id),
        $"https://github.test/pytorch-fdn/ecosystem/issues/12#issuecomment-{id}");
}
