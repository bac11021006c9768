using System.Text.Json;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// <c>toCommandValue</c> of the toolkit: null is empty, strings pass as they are, everything else is JSON,
/// so a boolean is <c>true</c>/<c>false</c> in lower case (never .NET's <c>True</c>).
/// </summary>
public static class CommandValue
{
    public static string From(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        _ => JsonSerializer.Serialize(value, value.GetType(), OutputJson.Default),
    };
}
