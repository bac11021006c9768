using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Issues;

/// <summary>
/// The automation's comments of a purpose (a marker is trusted only in its own), in the order the applier keeps them:
/// oldest first (by creation, then id); it edits the first, <see cref="Kept"/>, and deletes the others, the twins two runs
/// posting at once leave. Every reading of "the automation's comment of a purpose" is made here, so each reads the one that stays.
/// </summary>
public sealed class OwnComments
{
    private OwnComments(IReadOnlyList<CommentSnapshot> all) => All = all;

    public IReadOnlyList<CommentSnapshot> All { get; }

    public CommentSnapshot? Kept => All.Count > 0 ? All[0] : null;

    /// <summary>Of a purpose with a comment per round (a vote's outcome, <see cref="HiddenMarker.OfRound"/>): the newest round's kept one.</summary>
    public CommentSnapshot? KeptOfLatestRound =>
        All.Count > 0 ? All.First(c => HiddenMarker.PurposeOf(c.Body) == HiddenMarker.PurposeOf(All[^1].Body)) : null;

    public static OwnComments Of(IEnumerable<CommentSnapshot> thread, string automation, string purpose) => Of(thread, automation, p => p == purpose);

    public static OwnComments Of(IEnumerable<CommentSnapshot> thread, string automation, Func<string?, bool> isPurpose) =>
        Of(thread, c => TrustedPeople.IsAutomation(c.Author, automation), isPurpose);

    /// <summary>The gateway tells the automation's by account id.</summary>
    public static OwnComments Of(IEnumerable<CommentSnapshot> thread, Func<CommentSnapshot, bool> wrote, Func<string?, bool> isPurpose) =>
        new([.. thread.Where(c => wrote(c) && isPurpose(HiddenMarker.PurposeOf(c.Body))).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)]);

    /// <summary>
    /// <paramref name="upsert"/>, unless posted already as it would be: exactly one comment, reading the same. Twins (the later
    /// run stopped between its post and its read after it) are upserted, which deletes all but the kept one.
    /// </summary>
    public IReadOnlyList<CommentUpsert> Unposted(CommentUpsert upsert) =>
        All.Count == 1 && SameText.As(All[0].Body, upsert.MarkedBody) ? [] : [upsert];

    /// <summary>
    /// For a comment posted once and never planned again (a vote's reminder): with twins, the kept one upserted as it reads,
    /// so the applier deletes the others and edits nothing.
    /// </summary>
    public IReadOnlyList<CommentUpsert> TwinsDeleted(string purpose) => Kept is { } kept ? Unposted(new CommentUpsert(purpose, kept.Body)) : [];
}
