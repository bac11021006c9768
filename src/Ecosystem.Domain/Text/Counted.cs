using System.Globalization;

namespace Ecosystem.Domain.Text;

/// <summary>
/// A number with its noun, as a reader says it: "1 application", "0 applications", "3 applications", never
/// "application(s)". Templates call it as the filter <c>count</c>: <c>{{ n | count "application" }}</c>.
/// </summary>
public static class Counted
{
    /// <summary><paramref name="many"/> is by default <paramref name="one"/> + "s".</summary>
    public static string Of(long n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
}
