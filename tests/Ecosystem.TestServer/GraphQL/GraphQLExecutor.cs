using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Ecosystem.TestServer.GraphQL;

/// <summary>
/// Runs one GraphQL request against resolved objects the way GitHub answers it: <c>{"data": …, "errors": […]}</c>,
/// null at a failed field's path, and only <c>errors</c> for documents that do not parse or name unknown fields.
/// </summary>
internal sealed class GraphQLExecutor
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);
    private readonly JsonArray _errors = [];
    private readonly JsonArray _validationErrors = [];

    private readonly string _query;

    private GraphQLExecutor(string query)
    {
        _query = query;
    }

    /// <summary>Parses <paramref name="query"/>; null when it does not parse.</summary>
    public static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    public static string? OperationKind(string query) =>
        TryParse(query)?.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault()?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => null,
        };

    public static JsonObject Execute(string query, JsonObject? variables, string? operationName, Func<OperationType, GraphObject> root)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            return new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = $"Parse error: {e.Description}", ["locations"] = new JsonArray(new JsonObject { ["line"] = e.Location.Line, ["column"] = e.Location.Column }) }) };
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (operation is null)
        {
            var message = operationName is null ? "An operation name is required" : $"No operation named \"{operationName}\"";
            return new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = message }) };
        }

        var executor = new GraphQLExecutor(query);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            executor._fragments[fragment.FragmentName.Name.StringValue] = fragment;
        }
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            var name = definition.Variable.Name.StringValue;
            executor._variables[name] = variables?[name] is { } provided
                ? FromJson(provided)
                : definition.DefaultValue is { } fallback ? executor.FromLiteral(fallback) : null;
            if (executor._variables[name] is null && definition.Type is GraphQLNonNullType)
            {
                executor._validationErrors.Add(new JsonObject
                {
                    ["extensions"] = new JsonObject { ["value"] = null, ["problems"] = new JsonArray(new JsonObject { ["path"] = new JsonArray(), ["explanation"] = "Expected value to not be null" }) },
                    ["message"] = $"Variable ${name} of type {query[definition.Type.Location.Start..definition.Type.Location.End]} was provided invalid value",
                });
            }
        }
        if (executor._validationErrors.Count > 0)
        {
            return new JsonObject { ["errors"] = executor._validationErrors };
        }

        var data = executor.Select(root(operation.Operation), operation.SelectionSet, []);
        if (executor._validationErrors.Count > 0)
        {
            return new JsonObject { ["errors"] = executor._validationErrors };
        }
        var answer = new JsonObject { ["data"] = data };
        if (executor._errors.Count > 0)
        {
            answer["errors"] = executor._errors;
        }
        return answer;
    }

    private JsonObject Select(GraphObject target, GraphQLSelectionSet selections, List<object> path)
    {
        var result = new JsonObject();
        foreach (var (key, field) in Collect(target, selections))
        {
            if (result.ContainsKey(key))
            {
                continue;
            }
            List<object> fieldPath = [.. path, key];
            var name = field.Name.StringValue;
            if (name == "__typename")
            {
                result[key] = target.TypeName;
                continue;
            }
            object? value;
            try
            {
                var arguments = new GraphArguments((field.Arguments?.Items ?? []).ToDictionary(a => a.Name.StringValue, a => FromLiteral(a.Value), StringComparer.Ordinal));
                if (!target.TryResolve(name, arguments, out value))
                {
                    _validationErrors.Add(new JsonObject
                    {
                        ["path"] = PathJson(["query", .. fieldPath.OfType<string>()]),
                        ["extensions"] = new JsonObject { ["code"] = "undefinedField", ["typeName"] = target.TypeName, ["fieldName"] = name },
                        ["locations"] = Locations(field),
                        ["message"] = $"Field '{name}' doesn't exist on type '{target.TypeName}'",
                    });
                    continue;
                }
            }
            catch (GraphQLFieldException e)
            {
                _errors.Add(new JsonObject { ["type"] = e.Type, ["path"] = PathJson(fieldPath), ["locations"] = Locations(field), ["message"] = e.Message });
                result[key] = null;
                continue;
            }
            result[key] = Complete(value, field, fieldPath);
        }
        return result;
    }

    private JsonNode? Complete(object? value, GraphQLField field, List<object> path) => value switch
    {
        null => null,
        GraphObject child when field.SelectionSet is not null => Select(child, field.SelectionSet, path),
        GraphObject child => throw new GraphQLFieldException("INVALID", $"Field '{field.Name.StringValue}' of type '{child.TypeName}' must have a selection of subfields."),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        System.Collections.IEnumerable list => new JsonArray([.. list.Cast<object?>().Select((item, i) => Complete(item, field, [.. path, i]))]),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private IEnumerable<(string Key, GraphQLField Field)> Collect(GraphObject target, GraphQLSelectionSet selections)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return ((field.Alias?.Name ?? field.Name).StringValue, field);
                    break;
                case GraphQLInlineFragment inline when inline.TypeCondition is null || target.Satisfies(inline.TypeCondition.Type.Name.StringValue):
                    foreach (var inner in Collect(target, inline.SelectionSet))
                    {
                        yield return inner;
                    }
                    break;
                case GraphQLFragmentSpread spread:
                    if (!_fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment))
                    {
                        _validationErrors.Add(new JsonObject { ["message"] = $"Fragment {spread.FragmentName.Name.StringValue} was used, but not defined" });
                    }
                    else if (target.Satisfies(fragment.TypeCondition.Type.Name.StringValue))
                    {
                        foreach (var inner in Collect(target, fragment.SelectionSet))
                        {
                            yield return inner;
                        }
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private object? FromLiteral(GraphQLValue value) => value switch
    {
        GraphQLVariable variable => _variables.GetValueOrDefault(variable.Name.StringValue),
        GraphQLStringValue text => text.Value.Span.ToString(),
        GraphQLIntValue number => long.Parse(number.Value.Span, CultureInfo.InvariantCulture),
        GraphQLFloatValue number => double.Parse(number.Value.Span, CultureInfo.InvariantCulture),
        GraphQLBooleanValue flag => flag.BoolValue,
        GraphQLEnumValue enumValue => enumValue.Name.StringValue,
        GraphQLListValue list => (list.Values ?? []).Select(FromLiteral).ToList(),
        GraphQLObjectValue obj => (obj.Fields ?? []).ToDictionary(f => f.Name.StringValue, f => FromLiteral(f.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => FromJson(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(FromJson).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetValue<long>(out var whole) => whole,
            JsonValueKind.Number => value.GetValue<double>(),
            _ => null,
        },
        _ => null,
    };

    private static JsonArray PathJson(IEnumerable<object> path) =>
        [.. path.Select(p => p is int i ? JsonValue.Create(i) : (JsonNode)JsonValue.Create((string)p))];

    private JsonArray Locations(GraphQLField field)
    {
        var start = Math.Min(field.Location.Start, _query.Length);
        var line = 1 + _query.AsSpan(0, start).Count('\n');
        var column = start - (_query.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1) + 1;
        return [new JsonObject { ["line"] = line, ["column"] = column }];
    }
}
