using Ecosystem.Domain.Issues;
using Ecosystem.Domain.Text;
using Ecosystem.GitHub.Plans;
using Moq;

namespace Ecosystem.GitHub.Tests.Plans;

[TestClass]
public sealed class IssuePlanApplierCommentTests
{
    private const string Purpose = "intake-report";
    private static readonly string Marked = HiddenMarker.Stamp(Purpose, "All requirements met.");

    private readonly Mock<IGitHubGateway> _gateway = new(MockBehavior.Strict);

    public IssuePlanApplierCommentTests()
    {
        // GraphQL viewer names the app without the [bot] suffix REST shows on its comments.
        _gateway.Setup(g => g.GetAutomationAsync()).ReturnsAsync(Fakes.Comments.Account);
        // Read again after a create: no other run posted meanwhile, GitHub holds the one comment made.
        _gateway.Setup(g => g.GetCommentsAsync(12, It.IsAny<DateTimeOffset?>())).ReturnsAsync([Fakes.Comments.By(Fakes.Comments.Automation, 991, Marked)]);
    }

    [TestMethod]
    public async Task No_own_comment_creates_one_with_the_marker()
    {
        _gateway.Setup(g => g.CreateCommentAsync(12, Marked)).ReturnsAsync(Fakes.Comments.By(Fakes.Comments.Automation, 991, Marked));

        var write = await new IssuePlanApplier(_gateway.Object).UpsertCommentAsync(12, [], new CommentUpsert(Purpose, "All requirements met."));

        Assert.AreEqual("create comment on #12 (intake-report)", write.Single().Description);
        _gateway.Verify(g => g.CreateCommentAsync(12, Marked), Times.Once);
    }

    [TestMethod]
    public async Task Identical_own_comment_is_left_alone()
    {
        var existing = Fakes.Comments.By(Fakes.Comments.Automation, 991, Marked.Replace("\n", "\r\n", StringComparison.Ordinal) + "\n");

        var write = await new IssuePlanApplier(_gateway.Object).UpsertCommentAsync(12, [existing], new CommentUpsert(Purpose, Marked));

        Assert.IsEmpty(write);
    }

    [TestMethod]
    public async Task Upserting_twice_keeps_one_comment_edited_in_place()
    {
        var comments = new List<CommentSnapshot> { Fakes.Comments.By("applicant", 1, "Here is our application.") };
        _gateway.Setup(g => g.CreateCommentAsync(12, It.IsAny<string>()))
            .ReturnsAsync((int _, string body) => Fakes.Comments.By(Fakes.Comments.Automation, 991, body));
        _gateway.Setup(g => g.UpdateCommentAsync(12, 991, It.IsAny<string>()))
            .ReturnsAsync((int _, long id, string body) => Fakes.Comments.By(Fakes.Comments.Automation, id, body));
        var upserter = new IssuePlanApplier(_gateway.Object);

        await upserter.UpsertCommentAsync(12, comments, new CommentUpsert(Purpose, "Missing: licence."));
        comments.Add(Fakes.Comments.By(Fakes.Comments.Automation, 991, HiddenMarker.Stamp(Purpose, "Missing: licence.")));
        var second = await upserter.UpsertCommentAsync(12, comments, new CommentUpsert(Purpose, "All requirements met."));

        Assert.AreEqual("edit comment 991 on #12 (intake-report)", second.Single().Description);
        _gateway.Verify(g => g.CreateCommentAsync(12, It.IsAny<string>()), Times.Once);
        _gateway.Verify(g => g.UpdateCommentAsync(12, 991, Marked), Times.Once);
    }

    [TestMethod]
    public async Task Marker_typed_by_a_user_is_not_trusted()
    {
        var forged = Fakes.Comments.By("mallory", 5, HiddenMarker.Stamp(Purpose, "Approved!"));
        _gateway.Setup(g => g.CreateCommentAsync(12, Marked)).ReturnsAsync(Fakes.Comments.By(Fakes.Comments.Automation, 991, Marked));

        var write = await new IssuePlanApplier(_gateway.Object).UpsertCommentAsync(12, [forged], new CommentUpsert(Purpose, "All requirements met."));

        Assert.AreEqual("create comment on #12 (intake-report)", write.Single().Description);
        _gateway.Verify(g => g.UpdateCommentAsync(It.IsAny<int>(), It.IsAny<long>(), It.IsAny<string>()), Times.Never);
    }

    [TestMethod]
    public async Task Own_comment_for_another_purpose_is_not_touched()
    {
        var other = Fakes.Comments.By(Fakes.Comments.Automation, 990, HiddenMarker.Stamp("vote-tally", "3 yes"));
        _gateway.Setup(g => g.CreateCommentAsync(12, Marked)).ReturnsAsync(Fakes.Comments.By(Fakes.Comments.Automation, 991, Marked));

        await new IssuePlanApplier(_gateway.Object).UpsertCommentAsync(12, [other], new CommentUpsert(Purpose, "All requirements met."));

        _gateway.Verify(g => g.CreateCommentAsync(12, Marked), Times.Once);
    }

    [TestMethod]
    public async Task Oldest_own_comment_is_kept_and_later_duplicates_are_deleted()
    {
        var older = Fakes.Comments.By(Fakes.Comments.Automation, 900, HiddenMarker.Stamp(Purpose, "old"));
        var newer = Fakes.Comments.By(Fakes.Comments.Automation, 950, HiddenMarker.Stamp(Purpose, "older"));
        _gateway.Setup(g => g.DeleteCommentAsync(12, 950)).Returns(Task.CompletedTask);
        _gateway.Setup(g => g.UpdateCommentAsync(12, 900, Marked)).ReturnsAsync(Fakes.Comments.By(Fakes.Comments.Automation, 900, Marked));

        var writes = await new IssuePlanApplier(_gateway.Object).UpsertCommentAsync(12, [newer, older], new CommentUpsert(Purpose, Marked));

        CollectionAssert.AreEqual(
            new[] { "delete duplicate comment 950 on #12", "edit comment 900 on #12 (intake-report)" },
            writes.Select(w => w.Description).ToArray());
        _gateway.Verify(g => g.UpdateCommentAsync(12, 900, Marked), Times.Once);
    }

    [TestMethod]
    public async Task A_user_named_like_the_bot_is_not_the_automation()
    {
        // "github-actions" is a free login for a person; the automation's comments carry its account id.
        var impostor = Fakes.Comments.By("github-actions", 5, Marked) with { AuthorId = 777 };
        _gateway.Setup(g => g.CreateCommentAsync(12, Marked)).ReturnsAsync(Fakes.Comments.By(Fakes.Comments.Automation, 991, Marked));

        var writes = await new IssuePlanApplier(_gateway.Object).UpsertCommentAsync(12, [impostor], new CommentUpsert(Purpose, "All requirements met."));

        Assert.AreEqual("create comment on #12 (intake-report)", writes.Single().Description);
        _gateway.Verify(g => g.UpdateCommentAsync(It.IsAny<int>(), It.IsAny<long>(), It.IsAny<string>()), Times.Never);
    }
}
