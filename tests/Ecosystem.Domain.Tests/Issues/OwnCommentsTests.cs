using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using static Ecosystem.Domain.Tests.Guardians.Given;

namespace Ecosystem.Domain.Tests.Issues;

/// <summary>The automation's comments of a purpose, read in the order the applier keeps them.</summary>
[TestClass]
public sealed class OwnCommentsTests
{
    private static readonly string Marked = HiddenMarker.Stamp("reminder", "Please vote.");

    private static CommentSnapshot Said(long id, string author, string body, double minutes) =>
        Comment(author, Opened.AddMinutes(minutes), body, author == Automation, id);

    [TestMethod]
    public void The_kept_comment_is_the_automations_oldest_of_the_purpose_by_creation_then_id_as_the_applier_keeps_it()
    {
        CommentSnapshot[] thread =
        [
            Said(9, Automation, Marked, 5), Said(1, "mallory", Marked, 0), Said(8, Automation, Marked, 2), Said(7, Automation, Marked, 2),
            Said(2, Automation, HiddenMarker.Stamp("other", "Text."), 1),
        ];

        var own = OwnComments.Of(thread, Automation, "reminder");

        CollectionAssert.AreEqual(new long[] { 7, 8, 9 }, own.All.Select(c => c.Id).ToArray());
        Assert.AreEqual(7, own.Kept?.Id);
        Assert.IsNull(OwnComments.Of(thread, "someone-else[bot]", "reminder").Kept);
    }

    [TestMethod]
    public void Only_exactly_one_comment_reading_the_same_is_posted_already_and_twins_are_upserted_as_the_kept_one_reads()
    {
        var upsert = new CommentUpsert("reminder", "Please vote.");
        var one = OwnComments.Of([Said(7, Automation, Marked + "\r\n", 0)], Automation, "reminder");
        CommentSnapshot[] thread = [Said(8, Automation, Marked, 1), Said(7, Automation, HiddenMarker.Stamp("reminder", "Vote."), 0)];
        var twins = OwnComments.Of(thread, Automation, "reminder");

        Assert.IsEmpty(one.Unposted(upsert));
        Assert.IsEmpty(one.TwinsDeleted("reminder"));
        Assert.HasCount(1, OwnComments.Of([], Automation, "reminder").Unposted(upsert));
        Assert.IsEmpty(OwnComments.Of([], Automation, "reminder").TwinsDeleted("reminder"), "none posted: nothing to delete");
        Assert.AreSame(upsert, twins.Unposted(upsert).Single());
        Assert.AreEqual(new CommentUpsert("reminder", HiddenMarker.Stamp("reminder", "Vote.")), twins.TwinsDeleted("reminder").Single());
    }

    [TestMethod]
    public void Of_a_purpose_per_round_the_kept_comment_of_the_newest_round()
    {
        var later = HiddenMarker.OfRound("outcome", Opened.AddDays(40));
        CommentSnapshot[] thread =
        [
            Said(4, Automation, HiddenMarker.Stamp(later, "Second."), 61), Said(1, Automation, HiddenMarker.Stamp("outcome", "First."), 0),
            Said(3, Automation, HiddenMarker.Stamp(later, "Second."), 60),
        ];

        var outcomes = OwnComments.Of(thread, Automation, p => p?.StartsWith("outcome", StringComparison.Ordinal) == true);

        Assert.AreEqual(3, outcomes.KeptOfLatestRound?.Id);
        Assert.AreEqual(1, outcomes.Kept?.Id);
    }
}
