using System.Reflection;
using System.Text;

namespace Ecosystem.Actions.Configuration;

/// <summary>One key of the configuration schema: its kebab-case key, dotted path, shape and the option property it binds to.</summary>
internal sealed record Setting(string Key, string Path, SettingKind Kind, PropertyInfo? Property, IReadOnlyList<Setting> Children)
{
    public bool IsList => Kind is SettingKind.TextList or SettingKind.DateList;

    public Setting? Child(string key) =>
        Children.FirstOrDefault(child => string.Equals(child.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The kebab-case values of a <see cref="SettingKind.Choice"/> key, in declaration order.</summary>
    public IReadOnlyList<string> Choices =>
        Kind == SettingKind.Choice && Property is not null
            ? [.. Enum.GetNames(Property.PropertyType).Select(Kebab)]
            : [];

    private static string Kebab(string name)
    {
        var kebab = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }
            kebab.Append(char.ToLowerInvariant(c));
        }
        return kebab.ToString();
    }
}
