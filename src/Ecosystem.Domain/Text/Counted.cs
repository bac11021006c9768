using System.Globalization;

namespace Ecosystem.Domain.Text;

/// <summary>"1 application", "3 applications", never "application(s)"; templates call it as the filter <c>count</c>.</summary>
public static class Counted
{
    /// <summary><paramref name="many"/> is by default <paramref name="one"/> + "s".</summary>
    public static string Of(long n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
}
