namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>A build stage: its base image, its name (after AS, if any) and its instructions after FROM.</summary>
internal sealed record DockerStage(string BaseImage, string? Name, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<DockerInstruction> All(string keyword) =>
        Instructions.Where(instruction => instruction.Keyword == keyword);
}
