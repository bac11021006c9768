using System.Text.Json;

namespace Ecosystem.GitHub.GraphQL;

/// <summary>Reads of an answer's optional members: a member absent, null or of another kind reads as null.</summary>
internal static class JsonFields
{
    public static JsonElement? Object(this JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static string? String(this JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A <c>databaseId</c> or other whole number; 0 when GitHub names none.</summary>
    public static long Int64(this JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
