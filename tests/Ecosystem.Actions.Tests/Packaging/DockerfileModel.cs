using System.Text;

namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>The Dockerfile read into stages: enough of the format to check and replay this project's Dockerfile.</summary>
internal sealed class DockerfileModel
{
    private DockerfileModel(IReadOnlyList<DockerStage> stages) => Stages = stages;

    public IReadOnlyList<DockerStage> Stages { get; }

    public DockerStage Final => Stages[^1];

    public IEnumerable<DockerInstruction> All(string keyword) => Stages.SelectMany(stage => stage.All(keyword));

    public DockerStage Stage(string name) =>
        Stages.SingleOrDefault(stage => stage.Name == name)
        ?? throw new AssertFailedException($"Dockerfile has no stage named '{name}'.");

    public static DockerfileModel Load(string path) => Parse(File.ReadAllLines(path));

    public static DockerfileModel Parse(IReadOnlyList<string> lines)
    {
        var stages = new List<DockerStage>();
        string? baseImage = null;
        string? name = null;
        var instructions = new List<DockerInstruction>();
        foreach (var instruction in Instructions(lines))
        {
            if (instruction.Keyword == "FROM")
            {
                if (baseImage is not null)
                {
                    stages.Add(new DockerStage(baseImage, name, instructions));
                }

                var words = instruction.Words;
                baseImage = words[0];
                name = words.Count == 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                instructions = [];
            }
            else if (baseImage is null)
            {
                throw new AssertFailedException($"Dockerfile line {instruction.Line}: {instruction.Keyword} before the first FROM.");
            }
            else
            {
                instructions.Add(instruction);
            }
        }

        if (baseImage is null)
        {
            throw new AssertFailedException("Dockerfile has no FROM instruction.");
        }

        stages.Add(new DockerStage(baseImage, name, instructions));
        return new DockerfileModel(stages);
    }

    private static IEnumerable<DockerInstruction> Instructions(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        var start = 0;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (text.Length == 0)
            {
                start = index + 1;
            }

            var continues = line.EndsWith('\\');
            text.Append(continues ? line[..^1].TrimEnd() : line).Append(' ');
            if (continues)
            {
                continue;
            }

            var instruction = text.ToString().Trim();
            text.Clear();
            var space = instruction.IndexOf(' ');
            yield return space < 0
                ? new DockerInstruction(instruction.ToUpperInvariant(), string.Empty, start)
                : new DockerInstruction(instruction[..space].ToUpperInvariant(), instruction[(space + 1)..].Trim(), start);
        }
    }
}
