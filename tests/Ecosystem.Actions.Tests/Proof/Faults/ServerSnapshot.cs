using System.Globalization;
using System.Text;
using Ecosystem.TestServer.State;

namespace Ecosystem.Actions.Tests.Proof.Faults;

/// <summary>
/// What a run leaves on GitHub, normalised to text that two runs can be compared by: every issue of the repository
/// (state, title, labels and assignees in order of name, each comment's author and body in order), and every board
/// item's values.
/// Ids and time stamps are left out: they differ between worlds and say nothing about duplicates or losses.
/// </summary>
public static class ServerSnapshot
{
    public static IReadOnlyList<string> Capture(GitHubState state, string owner, string repository)
    {
        var lines = new List<string>();
        foreach (var issue in state.Repository(owner, repository).Issues.OrderBy(i => i.Number))
        {
            var labels = string.Join(", ", issue.Labels.Order(StringComparer.OrdinalIgnoreCase));
            var status = issue.State == "closed" ? $"closed ({issue.StateReason})" : issue.State;
            var assignees = string.Join(", ", issue.Assignees.Order(StringComparer.OrdinalIgnoreCase));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"#{issue.Number} {status} by {issue.Author} \"{issue.Title}\" labels [{labels}]")
                + (assignees.Length == 0 ? "" : $" assignees [{assignees}]"));
            if (issue.Body is { } body && issue.Author == state.AuthenticatedLogin)
            {
                lines.Add($"  body: {OneLine(body)}");
            }

            var comments = issue.Comments;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {comments.Count} comment(s)"));
            lines.AddRange(comments.Select(c => $"  comment by {c.Author}: {OneLine(c.Body)}"));
        }

        foreach (var project in state.Projects.OrderBy(p => p.Owner, StringComparer.Ordinal).ThenBy(p => p.Number))
        {
            foreach (var item in project.Items.OrderBy(i => i.Issue.Repository.FullName, StringComparer.Ordinal).ThenBy(i => i.Issue.Number))
            {
                var values = string.Join("; ", item.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"board {project.Owner}/{project.Number} item {item.Issue.Repository.FullName}#{item.Issue.Number}: {values}"));
            }
        }

        return lines;
    }

    /// <summary>The lines only in <paramref name="expected"/> (-) and only in <paramref name="actual"/> (+), counting repeats.</summary>
    public static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var text = new StringBuilder();
        foreach (var line in Subtract(expected, actual))
        {
            text.Append("  - ").AppendLine(line);
        }

        foreach (var line in Subtract(actual, expected))
        {
            text.Append("  + ").AppendLine(line);
        }

        return text.ToString();
    }

    private static List<string> Subtract(IReadOnlyList<string> from, IReadOnlyList<string> remove)
    {
        var left = from.ToList();
        foreach (var line in remove)
        {
            left.Remove(line);
        }

        return left;
    }

    // Each run has its own server on its own port, and links in comments name it: the port is not state.
    private static string OneLine(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"http://127\.0\.0\.1:\d+/", "http://127.0.0.1:PORT/")
            .ReplaceLineEndings("\n").TrimEnd().Replace("\n", "\\n", StringComparison.Ordinal);
}
