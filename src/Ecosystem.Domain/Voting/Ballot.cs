using System.Text.Json.Serialization;

namespace Ecosystem.Domain.Voting;

/// <summary>A member's counted vote and the comment that holds it.</summary>
/// <param name="Voter">The member's login as listed in the electorate.</param>
/// <param name="Choice">Approve, decline or abstain.</param>
/// <param name="Reason">For a decline: the rest of the ballot line; null otherwise or when none is given.</param>
/// <param name="CommentId">The comment holding the ballot.</param>
/// <param name="CommentUrl">Its link, shown in the tally.</param>
/// <param name="CastAt">When the ballot's counted text was written: the revision in effect at the close, else the comment's last edit or creation.</param>
public sealed record Ballot(
    string Voter,
    VoteChoice Choice,
    string? Reason,
    long CommentId,
    string CommentUrl,
    DateTimeOffset CastAt)
{
    [JsonIgnore]
    public bool IsDeclineWithoutReason => Choice == VoteChoice.Decline && string.IsNullOrWhiteSpace(Reason);

    /// <summary>The ballot with its reason cut to <paramref name="length"/> characters and an ellipsis (only an ellipsis at 0).</summary>
    internal Ballot WithReasonCut(int length) => Reason is null ? this : this with { Reason = VoteCommandParser.Bounded(Reason, length) };
}
