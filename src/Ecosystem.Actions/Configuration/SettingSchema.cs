using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Configuration;

/// <summary>
/// The tree of known keys, read from the option classes so that keys, shapes and defaults live in one place.
/// </summary>
internal static class SettingSchema
{
    public static Setting Root { get; } = new("", "", SettingKind.Section, null, ChildrenOf(typeof(EcosystemOptions), ""));

    /// <summary>How many leading segments name a list, when the segments lead into one; otherwise 0.</summary>
    public static int ListPrefixLength(IReadOnlyList<string> segments)
    {
        var setting = Root;
        for (var i = 0; i < segments.Count; i++)
        {
            setting = setting.Kind == SettingKind.Section ? setting.Child(segments[i]) : null;
            if (setting is null)
            {
                return 0;
            }
            if (setting.IsList)
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static IReadOnlyList<Setting> ChildrenOf(Type type, string parentPath) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is not null)
            .Select(property => Describe(property, parentPath))];

    private static Setting Describe(PropertyInfo property, string parentPath)
    {
        var key = property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} needs a [ConfigurationKeyName] with its kebab-case key.");
        var path = parentPath.Length == 0 ? key : $"{parentPath}.{key}";
        var type = property.PropertyType;
        var kind = type switch
        {
            _ when type == typeof(string) => SettingKind.Text,
            _ when type == typeof(int) => SettingKind.WholeNumber,
            _ when type == typeof(bool) => SettingKind.Flag,
            _ when type == typeof(DateOnly) => SettingKind.Date,
            _ when type.IsEnum => SettingKind.Choice,
            _ when type == typeof(IReadOnlyList<string>) => SettingKind.TextList,
            _ when type == typeof(IReadOnlyList<DateOnly>) => SettingKind.DateList,
            _ when type == typeof(IReadOnlyDictionary<string, string>) => SettingKind.TextMap,
            _ when type.IsClass => SettingKind.Section,
            _ => throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} has a type the configuration cannot describe."),
        };
        return new Setting(key, path, kind, property, kind == SettingKind.Section ? ChildrenOf(type, path) : []);
    }
}
