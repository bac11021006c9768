namespace Ecosystem.GitHub.GraphQL;

/// <summary>The body of a GraphQL request, <c>{"query":…,"variables":{…}}</c>.</summary>
internal sealed record GraphQLRequest(string Query, IReadOnlyDictionary<string, object?> Variables);
