namespace Ecosystem.TestServer.GraphQL;

/// <summary>
/// A resolved GraphQL object: its type name, the interfaces/unions it belongs to (for fragments), and its fields.
/// A field resolver returns null, a scalar, a <see cref="GraphObject"/> or a list of those.
/// </summary>
internal sealed class GraphObject(string typeName, IReadOnlyDictionary<string, Func<GraphArguments, object?>> fields, params string[] abstractTypes)
{
    public string TypeName { get; } = typeName;

    public bool Satisfies(string typeCondition) =>
        typeCondition == TypeName || abstractTypes.Contains(typeCondition, StringComparer.Ordinal);

    public bool TryResolve(string field, GraphArguments arguments, out object? value)
    {
        if (fields.TryGetValue(field, out var resolver))
        {
            value = resolver(arguments);
            return true;
        }
        value = null;
        return false;
    }
}
