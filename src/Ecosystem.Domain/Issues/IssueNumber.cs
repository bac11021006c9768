using System.Globalization;

namespace Ecosystem.Domain.Issues;

/// <summary>An issue number as people write it in inputs and configuration: <c>42</c> or <c>#42</c>.</summary>
public static class IssueNumber
{
    public static bool TryRead(string text, out int number) =>
        int.TryParse(text.StartsWith('#') ? text.AsSpan(1) : text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
}
