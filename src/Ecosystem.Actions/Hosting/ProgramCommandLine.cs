using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Ecosystem.Actions.Hosting;

/// <summary>
/// The program's command line, parsed by System.CommandLine: one subcommand per <see cref="ICommand"/> with its
/// options, and the shared options: <c>--dry-run</c> on every command, <c>--config</c> and <c>--set</c> on those that read it.
/// </summary>
public sealed class ProgramCommandLine
{
    private const string ProgramName = "Ecosystem.Actions";

    private const string Description = "The PyTorch Foundation's Ecosystem application process on GitHub.";

    private readonly CommandCatalog _catalog;
    private readonly Command _root;

    /// <param name="catalog">The commands.</param>
    /// <param name="args">The arguments to parse. A plain run of a command (its name first, no help or version asked
    /// anywhere) gets a root without <c>--help</c> and <c>--version</c>: building those reads System.CommandLine's
    /// localized resources, about 3 ms of every start. Help, when a problem needs it, is built then.</param>
    public ProgramCommandLine(CommandCatalog catalog, IReadOnlyList<string>? args = null)
    {
        _catalog = catalog;
        var plainRun = args is [var name, ..] && catalog.Find(name) is not null
            && !args.Any(arg => arg is "help" or "--help" or "-h" or "-?" or "/h" or "/?" or "--version" || arg.StartsWith('[') || arg.StartsWith('@'));
        _root = plainRun ? new Command(ProgramName, Description) : new RootCommand(Description) { HelpName = ProgramName };
        if (_root.Options.OfType<HelpOption>().FirstOrDefault()?.Action is HelpAction help)
        {
            // Help is printed whole: a runner's log or a redirected terminal has no width to wrap to.
            help.MaxWidth = 10_000;
        }

        foreach (var command in catalog.Commands)
        {
            var subcommand = new Command(command.Name, command.Summary);
            foreach (var option in (IEnumerable<Option>)[.. command.Options, DryRun, .. command.ReadsConfiguration ? [Config, Set] : (Option[])[]])
            {
                subcommand.Options.Add(option);
            }

            _root.Subcommands.Add(subcommand);
        }
    }

    public Option<string> Config { get; } = new("--config") { HelpName = "FILE", Description = "Configuration file (input: config)." };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print the changes instead of making them (input: dry-run)." };

    public Option<string[]> Set { get; } = new("--set")
    {
        HelpName = "KEY.PATH=VALUE",
        Description = "Override one configuration value; repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>
    /// Parses <paramref name="args"/>; <c>help</c> and <c>help COMMAND</c> are read as <c>--help</c> and <c>COMMAND --help</c>.
    /// </summary>
    public ParseResult Parse(string[] args)
    {
        string[] read = args is ["help", .. var rest] ? [.. rest.Take(1), "--help"] : args;
        return _root.Parse(read);
    }

    public ICommand? Selected(ParseResult result) =>
        result.CommandResult.Command == _root ? null : _catalog.Find(result.CommandResult.Command.Name);

    public string? Problem(ParseResult result)
    {
        var command = result.CommandResult.Command;
        if (command == _root && result.UnmatchedTokens is [var unknown, ..] && !unknown.StartsWith('-'))
        {
            return $"Unknown command '{unknown}'.";
        }

        if (result.Errors.Count > 0)
        {
            return string.Join(" ", result.Errors.Select(error => error.Message));
        }

        // System.CommandLine takes "--issue=" as the value "" and "--config --dry-run" as the value "--dry-run";
        // neither is a value here.
        var options = command.Options.Concat(_root.Options.Where(option => option.Recursive)).ToList();
        var missing = result.CommandResult.Children
            .OfType<OptionResult>()
            .FirstOrDefault(option => option.Tokens.Any(token => token.Value.Length == 0
                || options.Any(known => known.Name == token.Value || known.Aliases.Contains(token.Value))));
        return missing is null ? null : $"Option {missing.Option.Name} needs a value: {missing.Option.Name} {missing.Option.HelpName}.";
    }

    public string Help(ParseResult? result)
    {
        string[] asked = result?.CommandResult.Command is { } named && named != _root ? [named.Name, "--help"] : ["--help"];
        // A plain run's root has no help: the whole command line is built for it.
        var root = _root is RootCommand ? _root : new ProgramCommandLine(_catalog)._root;
        using var text = new StringWriter();
        root.Parse(asked).Invoke(new InvocationConfiguration { Output = text });
        return text.ToString();
    }
}
