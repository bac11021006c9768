using System.Globalization;

namespace Ecosystem.TestServer.GraphQL;

/// <summary>A field's arguments, literals and variables already resolved to strings, longs, doubles, bools, lists and dictionaries.</summary>
internal sealed class GraphArguments(IReadOnlyDictionary<string, object?> values)
{
    public static GraphArguments None { get; } = new(new Dictionary<string, object?>());

    public object? this[string name] => values.GetValueOrDefault(name);

    public string String(string name) =>
        OptionalString(name) ?? throw new GraphQLFieldException("INVALID_ARGUMENT", $"Argument '{name}' is required.");

    public string? OptionalString(string name) => values.GetValueOrDefault(name) switch
    {
        null => null,
        string text => text,
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    public int? OptionalInt(string name) => values.GetValueOrDefault(name) switch
    {
        null => null,
        long number => checked((int)number),
        double number => checked((int)number),
        string text => int.Parse(text, CultureInfo.InvariantCulture),
        var other => throw new GraphQLFieldException("INVALID_ARGUMENT", $"Argument '{name}' must be an Int, got {other}."),
    };

    public int Int(string name) =>
        OptionalInt(name) ?? throw new GraphQLFieldException("INVALID_ARGUMENT", $"Argument '{name}' is required.");

    public IReadOnlyDictionary<string, object?> Object(string name) =>
        values.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?>
        ?? throw new GraphQLFieldException("INVALID_ARGUMENT", $"Argument '{name}' must be an input object.");
}
