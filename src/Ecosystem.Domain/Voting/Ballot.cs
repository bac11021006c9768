using System.Text.Json.Serialization;

namespace Ecosystem.Domain.Voting;

/// <summary>
/// A member's counted vote. <see cref="Reason"/>: a decline's rest of the line, else null. <see cref="CastAt"/>: when the
/// counted text was written (the revision in effect at the close, else the comment's last edit or creation).
/// </summary>
public sealed record Ballot(string Voter, VoteChoice Choice, string? Reason, long CommentId, string CommentUrl, DateTimeOffset CastAt)
{
    [JsonIgnore]
    public bool IsDeclineWithoutReason => Choice == VoteChoice.Decline && string.IsNullOrWhiteSpace(Reason);
}
