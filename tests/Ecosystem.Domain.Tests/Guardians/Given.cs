using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;

namespace Ecosystem.Domain.Tests.Guardians;

/// <summary>Builds application threads for the guardian tests, and applies plans back onto them the way the gateway would.</summary>
internal static class Given
{
    public const string Automation = "ecosystem-bot[bot]";
    public static readonly DateTimeOffset Opened = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static TrustedPeople People { get; } = new(["alice"], ["bob", "carol"], "ecosystem-bot[bot]", ["helper-bot"]);

    public static GuardianRules Rules { get; } = new() { WorkingGroupTeam = "pytorch-fdn/ecosystem-wg" };

    public static IssueSnapshot Application(params string[] labels) => new(
        Number: 42,
        Title: "[Ecosystem] TorchThing",
        Body: "### Project repo URL\n\nhttps://github.com/example/torchthing",
        Author: "applicant",
        IsOpen: true,
        Labels: labels,
        CreatedAt: Opened,
        ClosedAt: null,
        HtmlUrl: "https://github.com/pytorch-fdn/ecosystem/issues/42");

    public static LabelEvent Added(string label, string actor, DateTimeOffset at) => new(label, true, actor, at);

    public static LabelEvent Removed(string label, string actor, DateTimeOffset at) => new(label, false, actor, at);

    public static CommentSnapshot Comment(string author, DateTimeOffset at, string body = "Here are the answers.", bool bot = false, long id = 1) =>
        new(id, author, bot, body, at, at, $"https://github.com/pytorch-fdn/ecosystem/issues/42#issuecomment-{id}");

    /// <summary>The night's step for the application read with these comments and events.</summary>
    public static GuardianAction Review(this StaleWaits stale, IssueSnapshot application, IReadOnlyList<CommentSnapshot> comments,
        IReadOnlyList<LabelEvent> labelEvents, IReadOnlyCollection<string> maintainers, IReadOnlyList<LockEvent>? lockEvents = null,
        IReadOnlyList<StateEvent>? stateEvents = null) =>
        stale.Review(
            new IssueHistory(application, comments, labelEvents) { LockEvents = lockEvents ?? [], StateEvents = stateEvents ?? [] }, maintainers);

    /// <summary>The issue and its comments after the gateway applied <paramref name="plan"/> at <paramref name="at"/>.</summary>
    public static (IssueSnapshot Issue, IReadOnlyList<CommentSnapshot> Comments) Apply(
        IssueSnapshot issue, IReadOnlyList<CommentSnapshot> comments, IssuePlan plan, DateTimeOffset at)
    {
        var after = new IssueHistory(issue, comments, []).After(plan, Automation, at);
        var state = plan.State;
        return (after.Issue with
        {
            IsOpen = state?.Open ?? issue.IsOpen,
            ClosedAt = state is { Open: false } ? at : issue.ClosedAt,
        }, after.Comments);
    }
}
