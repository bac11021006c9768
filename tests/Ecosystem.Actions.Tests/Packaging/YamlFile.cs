using YamlDotNet.RepresentationModel;

namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>A repository YAML file read as a tree, with the few look-ups the packaging tests need.</summary>
internal sealed record YamlFile(string RelativePath, YamlMappingNode Root)
{
    public static YamlFile Load(string relativePath)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(RepositoryRoot.File(relativePath.Split('/'))))
        {
            stream.Load(reader);
        }

        return new YamlFile(relativePath, (YamlMappingNode)stream.Documents.Single().RootNode);
    }

    public static YamlMappingNode? Mapping(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    public static string? Scalar(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (child as YamlScalarNode)?.Value : null;

    public static IReadOnlyList<string> Sequence(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? string.Empty).ToList()
            : [];

    public static IReadOnlyList<string> Keys(YamlMappingNode? mapping) =>
        mapping?.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value ?? string.Empty).ToList() ?? [];

    /// <summary>Every step of every job, in file order.</summary>
    public IEnumerable<YamlMappingNode> Steps() =>
        (Mapping(Root, "jobs")?.Children.Values ?? [])
            .Select(job => job as YamlMappingNode)
            .Where(job => job is not null)
            .SelectMany(job => job!.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) && steps is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlMappingNode>()
                : []);
}
