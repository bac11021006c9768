using System.Globalization;
using System.Text;

namespace Ecosystem.TestServer.GraphQL;

/// <summary>Opaque connection cursors (base64 of a position), like GitHub's.</summary>
internal static class Cursor
{
    public static string For(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"cursor:v2:{index}")));

    public static int After(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("cursor:v2:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan("cursor:v2:".Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
            {
                return index + 1;
            }
        }
        catch (FormatException)
        {
        }
        throw new GraphQLFieldException("INVALID_CURSOR_ARGUMENTS", $"`{cursor}` does not appear to be a valid cursor.");
    }
}
