using System.Text.Json.Serialization;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// A member's counted vote and the comment that holds it. <see cref="Reason"/> is, for a decline, the rest of the
/// ballot line (null otherwise or when none is given); <see cref="CastAt"/> is when the counted text was written: the
/// revision in effect at the close, else the comment's last edit or creation.
/// </summary>
public sealed record Ballot(string Voter, VoteChoice Choice, string? Reason, long CommentId, string CommentUrl, DateTimeOffset CastAt)
{
    [JsonIgnore]
    public bool IsDeclineWithoutReason => Choice == VoteChoice.Decline && string.IsNullOrWhiteSpace(Reason);
}
