using Ecosystem.Domain.Guardians;
using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Tests.Guardians;
using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Issues;

[TestClass]
public sealed class IssueHistoryTests
{
    private const string Bot = Given.Automation;
    private static readonly DateTimeOffset Opened = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static IssueHistory History(IReadOnlyList<string> labels, params LabelEvent[] events) =>
        new(new IssueSnapshot(12, "[Ecosystem] torchrender", "", "applicant", true, labels, Opened, null, ""), [], events);

    [TestMethod]
    public void An_issue_that_carries_or_once_carried_a_label_had_it_whatever_the_case()
    {
        string[] process = ["New", "In review"];

        Assert.IsTrue(History(["new"]).EverHad(process));
        Assert.IsTrue(History([], new LabelEvent("In Review", true, "staff", Opened), new LabelEvent("In Review", false, "staff", Opened.AddDays(3))).EverHad(process));
        Assert.IsFalse(History(["question"], new LabelEvent("bug", true, "staff", Opened)).EverHad(process));
        Assert.IsFalse(History(["New"]).EverHad([]));
    }

    [TestMethod]
    public void After_a_plan_the_issue_has_its_labels_and_an_event_for_each_label_the_automation_changed()
    {
        var history = History(["New", "Accepted"], new LabelEvent("Accepted", true, "mallory", Opened));
        var at = Opened.AddDays(1);

        var after = history.After(new IssuePlan(12) { AddLabels = ["new", "Waiting"], RemoveLabels = ["accepted", "Declined"] }, Bot, at);

        CollectionAssert.AreEqual(new[] { "New", "Waiting" }, after.Issue.Labels.ToArray());
        CollectionAssert.AreEqual(
            new[] { history.LabelEvents[0], new LabelEvent("Waiting", true, Bot, at), new LabelEvent("Accepted", false, Bot, at) },
            after.LabelEvents.ToArray(),
            "only the labels written: New was there, Declined was not");
    }

    [TestMethod]
    public void After_a_plan_each_comment_upserted_is_the_automations_one_of_its_purpose_as_the_applier_leaves_it()
    {
        var at = Opened.AddDays(1);
        var marked = HiddenMarker.Stamp("reminder", "Old text.");
        CommentSnapshot[] comments =
        [
            Comment(1, Bot, marked), Comment(2, "mallory", marked), Comment(3, "applicant", "An answer."), Comment(4, Bot, marked),
        ];
        CommentUpsert[] upserts = [new("reminder", "New text."), new("explained", "Why."), new("queue", "Place.") { EditOnly = true }];
        var history = History([]) with { Comments = comments };

        var written = history.After(new IssuePlan(12) { Comments = upserts }, Bot, at).Comments;

        long[] ids = [.. written.Select(c => c.Id)];
        CollectionAssert.AreEqual(new long[] { 1, 2, 3, 0 }, ids, "the first edited in place, the duplicate gone, no queue comment to edit");
        Assert.AreEqual(HiddenMarker.Stamp("reminder", "New text."), written[0].Body);
        Assert.AreEqual(at, written[0].UpdatedAt);
        Assert.AreSame(comments[1], written[1], "a marker in someone else's comment is not the automation's");
        Assert.AreEqual(new CommentSnapshot(0, Bot, true, HiddenMarker.Stamp("explained", "Why."), at, at, ""), written[3], "created: no id yet");
    }

    [TestMethod]
    public void After_a_plan_the_comment_kept_is_the_one_the_applier_keeps_the_oldest_whatever_the_order_listed()
    {
        var marked = HiddenMarker.Stamp("reminder", "Old text.");
        var later = Comment(7, Bot, marked) with { CreatedAt = Opened.AddHours(1), UpdatedAt = Opened.AddHours(1) };
        var history = History([]) with { Comments = [later, Comment(5, Bot, marked)] };

        var written = history.After(new IssuePlan(12) { Comments = [new("reminder", "New text.")] }, Bot, Opened.AddDays(1)).Comments;

        Assert.AreEqual(5, written.Single().Id, "the first by creation is edited, the later deleted");
    }

    private static CommentSnapshot Comment(long id, string author, string body) => Given.Comment(author, Opened, body, author == Bot, id);
}
