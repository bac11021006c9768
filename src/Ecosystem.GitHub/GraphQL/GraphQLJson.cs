using System.Text.Json.Serialization;

namespace Ecosystem.GitHub.GraphQL;

/// <summary>
/// Generated metadata for <see cref="GraphQLRequest"/>: the image is trimmed, and a trimmed program has no reflection-based
/// serialization. Variables are text, whole numbers, booleans, lists of text or null.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GraphQLRequest))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class GraphQLJson : JsonSerializerContext;
