using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Issues;

/// <summary>An issue the automation keeps (an agenda, a periodic review, an onboarding checklist): opened, or rewritten to read so.</summary>
public sealed record IssueDraft(string Title, string Body)
{
    /// <summary>GitHub refuses a title over 256 characters; the cut leaves room below it.</summary>
    private const int TitleLength = 200;

    /// <summary>
    /// <paramref name="text"/> as one line, cut to a length GitHub takes: the same text always gives the same title, so an
    /// issue found by its title is found by the cut one.
    /// </summary>
    public static string TitleOf(string text) => MarkdownText.Truncate(text.ReplaceLineEndings(" ").Trim(), TitleLength);

    /// <summary>The issue it rewrites, when the rule knows it; null opens one (or the host finds the one it keeps).</summary>
    public int? Number { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Logins to assign a new issue to (e.g. staff for an onboarding issue).</summary>
    public IReadOnlyList<string> Assignees { get; init; } = [];
}
