namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>The GraphQL documents of the gateway contract (github-contract.md), as a client would send them.</summary>
internal static class ContractDocuments
{
    public const string Viewer = "query { viewer { login } }";

    public const string RepositoryFacts = """
        query($owner: String!, $name: String!, $since: GitTimestamp!, $cursor: String) {
          repository(owner: $owner, name: $name) {
            isArchived isFork stargazerCount url
            licenseInfo { spdxId name }
            defaultBranchRef { name target { ... on Commit { history(since: $since, first: 100, after: $cursor) {
              totalCount pageInfo { hasNextPage endCursor }
              nodes { committedDate author { email name user { login } } } } } } }
            root: object(expression: "HEAD:") { ... on Tree { entries { name type } } }
            dotgithub: object(expression: "HEAD:.github") { ... on Tree { entries { name type } } }
            docs: object(expression: "HEAD:docs") { ... on Tree { entries { name type } } }
            workflows: object(expression: "HEAD:.github/workflows") { ... on Tree { entries { name type } } }
            codeownersInDotGitHub: object(expression: "HEAD:.github/CODEOWNERS") { ...CodeOwners }
            codeownersAtRoot: object(expression: "HEAD:CODEOWNERS") { ...CodeOwners }
          }
        }
        fragment CodeOwners on Blob { byteSize isBinary text }
        """;

    public const string UsersExist = """query { u0: user(login: "alice") { login } u1: user(login: "nobody-here") { login } }""";

    public const string Board = """
        query($owner: String!, $number: Int!, $statusField: String!, $dateField: String!) {
          repositoryOwner(login: $owner) { ... on ProjectV2Owner { projectV2(number: $number) { id title
            field(name: $statusField) { ... on ProjectV2SingleSelectField { id name options { id name } } }
            dateField: field(name: $dateField) { ... on ProjectV2Field { id name dataType } } } } }
        }
        """;

    public const string BoardOfUser = """
        query($owner: String!, $number: Int!, $statusField: String!) {
          repositoryOwner(login: $owner) { ... on User { projectV2(number: $number) { id title
            field(name: $statusField) { ... on ProjectV2SingleSelectField { id name options { id name } } } } } }
        }
        """;

    public const string Items = """
        query($owner: String!, $name: String!, $statusField: String!) {
          repository(owner: $owner, name: $name) {
            i1: issue(number: 1) { ...Placement }
            i2: issue(number: 2) { ...Placement }
          }
        }
        fragment Placement on Issue {
          id number
          projectItems(first: 100) { pageInfo { hasNextPage endCursor } nodes { id project { id } fieldValueByName(name: $statusField) {
            ... on ProjectV2ItemFieldSingleSelectValue { name optionId updatedAt } } } }
        }
        """;

    public const string TeamMembers = """
        query($org: String!, $slug: String!, $cursor: String) {
          organization(login: $org) { team(slug: $slug) { members(first: 2, after: $cursor) {
            nodes { login } pageInfo { hasNextPage endCursor } } } }
        }
        """;

    public static string Mutations(string projectId, string contentId, string itemId, string statusFieldId, string optionId, string dateFieldId) => $$$"""
        mutation {
          a0: addProjectV2ItemById(input: {projectId: "{{{projectId}}}", contentId: "{{{contentId}}}"}) { item { id } }
          s0: updateProjectV2ItemFieldValue(input: {projectId: "{{{projectId}}}", itemId: "{{{itemId}}}", fieldId: "{{{statusFieldId}}}",
            value: {singleSelectOptionId: "{{{optionId}}}"}}) { projectV2Item { id } }
          d0: updateProjectV2ItemFieldValue(input: {projectId: "{{{projectId}}}", itemId: "{{{itemId}}}", fieldId: "{{{dateFieldId}}}",
            value: {date: "2026-12-08"}}) { projectV2Item { id } }
        }
        """;
}
