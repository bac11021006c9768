using Ecosystem.GitHub.GraphQL;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>The gateway's fixed GraphQL documents, composed with their shared fragments, are valid for GitHub.</summary>
[TestClass]
public sealed class GatewayDocumentsTests
{
    private const string Prefix = "Ecosystem.GitHub.GraphQL.";

    /// <summary>Every embedded document but the fragments, so no fixed document the gateway sends escapes the check.</summary>
    private static readonly string[] FixedNames =
    [
        .. typeof(GraphQLDocuments).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && !r.StartsWith(Prefix + "Fragments.", StringComparison.Ordinal))
            .Select(r => r[Prefix.Length..^".graphql".Length]),
    ];

    [TestMethod]
    public async Task Every_fixed_document_validates_against_GitHubs_schema()
    {
        Assert.HasCount(8, FixedNames, string.Join(", ", FixedNames));
        await GraphQLSchemaCheck.AssertAllValidAsync([.. FixedNames.Select(GraphQLDocuments.Fixed), GraphQLDocuments.CommentEdits(["IC_kwDOAbCdEf5xYz12"])]);
    }

    [TestMethod]
    public void Shared_fragments_are_appended_once_to_each_document_that_spreads_them()
    {
        Assert.AreEqual(1, Occurrences(GraphQLDocuments.Fixed("RepositoryFacts"), "fragment CommitWindow on Commit"));
        Assert.AreEqual(1, Occurrences(GraphQLDocuments.Fixed("CommitHistory"), "fragment CommitWindow on Commit"));
        Assert.AreEqual(0, Occurrences(GraphQLDocuments.Fixed("Viewer"), "fragment"));
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
