using System.Text.Json;

namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>Validates GraphQL documents against <c>@octokit/graphql-schema</c> (GitHub's public schema), one node process per call.</summary>
public static class GraphQLSchemaCheck
{
    public static async Task<IReadOnlyList<GraphQLDocumentCheck>> ValidateAsync(IEnumerable<string> documents)
    {
        var list = documents.ToList();
        if (list.Count == 0)
        {
            return [];
        }
        var output = await NodeTooling.RunAsync("graphql-validate.mjs", JsonSerializer.Serialize(list));
        var errors = JsonSerializer.Deserialize<List<List<string>>>(output)
            ?? throw new InvalidOperationException($"graphql-validate.mjs answered {output}");
        return [.. list.Select((document, i) => new GraphQLDocumentCheck(document, errors[i]))];
    }

    /// <summary>Fails the test listing every document that does not validate.</summary>
    public static async Task AssertAllValidAsync(IEnumerable<string> documents)
    {
        var invalid = (await ValidateAsync(documents)).Where(c => !c.IsValid).ToList();
        if (invalid.Count > 0)
        {
            Assert.Fail($"{invalid.Count} GraphQL document(s) do not validate against GitHub's schema:\n{string.Join("\n\n", invalid)}");
        }
    }
}
