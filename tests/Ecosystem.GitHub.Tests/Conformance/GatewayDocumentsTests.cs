using Ecosystem.GitHub.GraphQL;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>The gateway's fixed GraphQL documents, composed with their shared fragments, are valid for GitHub.</summary>
[TestClass]
public sealed class GatewayDocumentsTests
{
    private static readonly string[] Documents =
    [
        GraphQLDocuments.Viewer,
        GraphQLDocuments.RepositoryFacts,
        GraphQLDocuments.CommitHistory,
        GraphQLDocuments.OrganizationBoard,
        GraphQLDocuments.UserBoard,
        GraphQLDocuments.IssueHistories,
        GraphQLDocuments.IssueSummaries,
        GraphQLDocuments.IssueComments,
        GraphQLDocuments.IssueTimeline,
        GraphQLDocuments.CommentEdits(["IC_kwDOAbCdEf5xYz12"]),
    ];

    [TestMethod]
    public async Task Every_fixed_document_validates_against_GitHubs_schema()
    {
        await GraphQLSchemaCheck.AssertAllValidAsync(Documents);
    }

    [TestMethod]
    public void Shared_fragments_are_appended_once_to_each_document_that_spreads_them()
    {
        Assert.AreEqual(1, Occurrences(GraphQLDocuments.OrganizationBoard, "fragment ProjectBoard on ProjectV2Owner"));
        Assert.AreEqual(1, Occurrences(GraphQLDocuments.UserBoard, "fragment ProjectBoard on ProjectV2Owner"));
        Assert.AreEqual(1, Occurrences(GraphQLDocuments.RepositoryFacts, "fragment CommitWindow on Commit"));
        Assert.AreEqual(1, Occurrences(GraphQLDocuments.CommitHistory, "fragment CommitWindow on Commit"));
        Assert.AreEqual(0, Occurrences(GraphQLDocuments.Viewer, "fragment"));
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
