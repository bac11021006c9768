namespace Ecosystem.Actions.Tests.Runtime;

/// <summary>
/// The escaping rules of @actions/core's command.ts, written independently (one pass per character, in the
/// toolkit's order) to compare the production code against.
/// </summary>
public static class ToolkitEscaping
{
    public static string Data(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string Property(string value) =>
        Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
