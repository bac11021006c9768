using Ecosystem.Domain.Guardians;
using Ecosystem.GitHub.Models;

namespace Ecosystem.Actions.Commands.Guard;

/// <summary>The label changes of an issue's timeline, as the guardians read them.</summary>
public static class LabelEvents
{
    /// <summary>The <c>labeled</c>/<c>unlabeled</c> entries of <paramref name="events"/>, in timeline order.</summary>
    public static IReadOnlyList<LabelEvent> From(IEnumerable<IssueEventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events
            .Where(e => e.Label is not null && (IsAdded(e) || IsRemoved(e)))
            .OrderBy(e => e.CreatedAt)
            .ThenBy(e => e.Id)
            .Select(e => new LabelEvent(e.Label!, IsAdded(e), e.Actor, IsBotLogin(e.Actor), e.CreatedAt))];
    }

    private static bool IsAdded(IssueEventRecord e) => string.Equals(e.Event, "labeled", StringComparison.Ordinal);

    private static bool IsRemoved(IssueEventRecord e) => string.Equals(e.Event, "unlabeled", StringComparison.Ordinal);

    private static bool IsBotLogin(string login) => login.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase);
}
