using System.CommandLine;
using Ecosystem.Actions.Adoption;
using Ecosystem.Actions.Configuration;
using Ecosystem.Actions.Hosting;

namespace Ecosystem.Actions.Commands;

/// <summary><c>init</c>: never overwrites a file: what exists is listed as skipped, so a second run writes nothing.</summary>
public sealed class InitCommand : ICommand
{
    public string Name => "init";

    public string Summary => "Set a repository up: write the workflow, a commented configuration and the application form, never overwriting a file.";

    public IReadOnlyList<Option<string>> Options { get; } =
        [new("--output") { HelpName = "DIR", Description = "The repository folder to write into; default: the workspace (input: output)." }];

    public bool ReadsConfiguration => false;

    public Task<int> RunAsync(CommandContext context)
    {
        var root = Path.GetFullPath(context.GetOption("output") ?? ".", context.Workspace);
        // A configuration naming its own form (README: delete the PyTorch form): a second form would be in the issue chooser.
        var config = EcosystemConfiguration.Load(null, new Dictionary<string, string?>(), [], root).Options ?? new();
        var files = AdoptionFiles.ForRepository(config.Intake);
        // Every folder a file goes in (.github, its workflows and ISSUE_TEMPLATE), checked before anything is written.
        if (files.Select(f => Path.GetDirectoryName(Path.Combine(root, f.Path)) ?? root).Prepend(root).FirstOrDefault(File.Exists) is { } file)
        {
            throw new UsageException($"{file} is a file where init writes a folder; move it, or name the repository's folder with --output.");
        }

        List<string> written = [], skipped = [];
        foreach (var (path, text) in files)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var (target, form) = (Path.Combine(root, path), path == EcosystemOptions.DefaultApplicationTemplate ? config.ApplicationTemplate : path);
            var exists = form != path || Path.Exists(target);
            if (!exists && !context.DryRun)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target) ?? root);
                // CreateNew: a file that appeared since the check is not overwritten either.
                using var writer = new StreamWriter(new FileStream(target, FileMode.CreateNew, FileAccess.Write));
                writer.Write(text);
            }
            (exists ? skipped : written).Add(path);
            var said = form != path ? $"{EcosystemConfiguration.DefaultPath} names the form {form}"
                : File.Exists(target) && File.ReadAllText(target) is var had && had.Length < text.Length && text[..had.Length] == had
                ? "it is only the start of the file init writes, as an init stopped while writing leaves it; delete it and run init again."
                : "it exists and is left as it is";
            context.Runtime.Info(exists ? $"skipped {path}: {said}" : $"{(context.DryRun ? "would write" : "wrote")} {path}");
        }

        context.Runtime.Info(written.Count == 0 || context.DryRun
            ? $"Nothing written in {root}: {(context.DryRun ? "a dry run" : "every file exists")}."
            : $"Next: edit {EcosystemConfiguration.DefaultPath} (foundation, board, sessions, people), add the token or GitHub App (README: Adopt it "
                + $"in your repository), create the label '{config.Labels.New}' in the repository (a form sets only labels that exist), and commit.");
        context.Runtime.SetOutput("written", written);
        context.Runtime.SetOutput("skipped", skipped);
        return Task.FromResult(ExitCodes.Success);
    }
}
