namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>
/// Replays the Dockerfile's build without a Docker engine: every stage gets a folder standing for its file system,
/// COPY copies from the repository (the build context) or from an earlier stage, RUN runs the same `dotnet` command
/// with container paths mapped into the stage's folder. So the image is built by exactly the lines the tests run.
/// </summary>
internal sealed class ImageBuildReplay(string root, TimeSpan commandTimeout)
{
    // .dockerignore keeps these out of the context; a local build's leftovers must not leak into the replay either.
    private static readonly string[] IgnoredFolders = ["bin", "obj", "node_modules"];

    private readonly Dictionary<string, string> stageRoots = [];

    // A docker build starts with no package cache: restore into an empty folder, so a restore that misses a package
    // the publish needs (the ReadyToRun compiler pack, a runtime pack) fails here exactly as it fails in the image.
    private readonly Dictionary<string, string> environment = new()
    {
        ["NUGET_PACKAGES"] = Directory.CreateDirectory(Path.Combine(root, "nuget-packages")).FullName,
    };

    public string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>The host folder standing for <paramref name="containerPath"/> in the file system of the named stage.</summary>
    public string HostPath(string stage, string containerPath) =>
        Path.Combine(stageRoots[stage], containerPath.TrimStart('/'));

    public async Task RunAsync(DockerStage stage)
    {
        var name = stage.Name ?? $"stage{stageRoots.Count}";
        stageRoots[name] = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        var workingDirectory = "/";
        foreach (var instruction in stage.Instructions)
        {
            switch (instruction.Keyword)
            {
                case "WORKDIR":
                    workingDirectory = Resolve(workingDirectory, instruction.Arguments);
                    Directory.CreateDirectory(HostPath(name, workingDirectory));
                    break;
                case "COPY":
                    Copy(name, workingDirectory, instruction);
                    break;
                case "RUN":
                    await RunCommandAsync(name, workingDirectory, instruction);
                    break;
                case "LABEL" or "ENTRYPOINT" or "CMD":
                    break;
                default:
                    throw new AssertFailedException(
                        $"Dockerfile line {instruction.Line}: the replay does not know {instruction.Keyword}; teach ImageBuildReplay what it does.");
            }
        }
    }

    private void Copy(string stage, string workingDirectory, DockerInstruction instruction)
    {
        var words = instruction.Words.ToList();
        string? fromStage = null;
        if (words[0].StartsWith("--from=", StringComparison.Ordinal))
        {
            fromStage = words[0]["--from=".Length..];
            words.RemoveAt(0);
        }

        if (words.Any(word => word.StartsWith("--", StringComparison.Ordinal)))
        {
            throw new AssertFailedException($"Dockerfile line {instruction.Line}: the replay knows only COPY's --from flag.");
        }

        var destination = Resolve(workingDirectory, words[^1]);
        var intoFolder = words[^1].EndsWith('/') || words.Count > 2;
        foreach (var source in words[..^1])
        {
            var from = fromStage is null ? Path.Combine(RepositoryRoot.Path, source) : HostPath(fromStage, source);
            var to = HostPath(stage, destination);
            if (Directory.Exists(from))
            {
                CopyFolder(from, to);
            }
            else if (File.Exists(from))
            {
                var target = intoFolder ? Path.Combine(to, Path.GetFileName(from)) : to;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(from, target, overwrite: true);
            }
            else
            {
                throw new AssertFailedException($"Dockerfile line {instruction.Line}: COPY source '{source}' does not exist.");
            }
        }
    }

    private async Task RunCommandAsync(string stage, string workingDirectory, DockerInstruction instruction)
    {
        var words = instruction.Words;
        if (words[0] != "dotnet")
        {
            throw new AssertFailedException($"Dockerfile line {instruction.Line}: the replay runs only dotnet commands, not '{words[0]}'.");
        }

        var arguments = words.Skip(1).Select(word => word.StartsWith('/') ? HostPath(stage, word) : word).ToList();
        var result = await ChildProcess.RunAsync(Dotnet, arguments, HostPath(stage, workingDirectory), commandTimeout, environment: environment);
        Assert.AreEqual(0, result.ExitCode, $"Dockerfile line {instruction.Line} failed: {result}");
    }

    private static string Resolve(string workingDirectory, string path) =>
        path.StartsWith('/') ? path : $"{workingDirectory.TrimEnd('/')}/{path}";

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(folder => !IgnoredFolders.Contains(Path.GetFileName(folder))))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
