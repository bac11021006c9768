using System.Reflection;
using Ecosystem.Actions.Configuration;
using Microsoft.Extensions.Configuration;

namespace Ecosystem.Actions.Tests.Configuration;

[TestClass]
public sealed class ConfigurationDocumentationTests
{
    [TestMethod]
    public void Documentation_describes_every_key()
    {
        var documentation = File.ReadAllText(Path.Combine(ConfigurationWorkspace.RepositoryRoot, "README.md"));

        var missing = KeyPaths(typeof(EcosystemOptions), "").Where(path => !documentation.Contains($"| `{path}` |")).ToList();

        Assert.IsEmpty(missing, "Not in the README's Configuration section: " + string.Join(", ", missing));
    }

    [TestMethod]
    public void Repository_configuration_shows_every_key()
    {
        var yaml = File.ReadAllText(Path.Combine(ConfigurationWorkspace.RepositoryRoot, ".github", "ecosystem.yml"));
        using var workspace = new ConfigurationWorkspace(yaml);
        var given = new ConfigurationBuilder().AddYamlFile(Path.Combine(workspace.Root, EcosystemConfiguration.DefaultPath)).Build();

        var missing = KeyPaths(typeof(EcosystemOptions), "")
            .Where(path => !given.GetSection(path.Replace('.', ':')).Exists() && !yaml.Contains(path.Split('.')[^1] + ": []"))
            .ToList();

        Assert.IsEmpty(missing, "Not in .github/ecosystem.yml: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> KeyPaths(Type type, string prefix)
    {
        foreach (var property in type.GetProperties().Where(property => property.SetMethod is not null))
        {
            var path = prefix + property.GetCustomAttribute<ConfigurationKeyNameAttribute>()!.Name;
            var isSection = property.PropertyType.IsClass && property.PropertyType != typeof(string) && !property.PropertyType.IsInterface;
            foreach (var key in isSection ? KeyPaths(property.PropertyType, path + ".") : [path])
            {
                yield return key;
            }
        }
    }
}
