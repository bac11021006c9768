namespace Ecosystem.Actions.Hosting;

/// <summary>The options given after the command name, checked against the command's and the shared definitions.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _values;

    private CommandLine(Dictionary<string, List<string>> values, bool helpRequested)
    {
        _values = values;
        HelpRequested = helpRequested;
    }

    /// <summary><c>-h</c> or <c>--help</c> was among the options.</summary>
    public bool HelpRequested { get; }

    /// <summary>Whether the option was given (for a flag: set).</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The option's value, or null when not given.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var values) ? values[^1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var values) ? values : [];

    /// <summary>Parses <paramref name="arguments"/> (the ones after the command name) for <paramref name="command"/>.</summary>
    public static CommandLine Parse(ICommand command, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(arguments);
        var definitions = command.Options.Concat(CommonOptions.Definitions).ToDictionary(option => option.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var help = false;

        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (argument is "-h" or "--help")
            {
                help = true;
                continue;
            }

            if (!argument.StartsWith("--", StringComparison.Ordinal) || argument.Length == 2)
            {
                throw new UsageException($"Unexpected argument '{argument}' for command '{command.Name}'.", command.Name);
            }

            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? argument[2..] : argument[2..separator];
            if (!definitions.TryGetValue(name, out var option))
            {
                throw new UsageException($"Unknown option '--{name}' for command '{command.Name}'.", command.Name);
            }

            string value;
            if (!option.TakesValue)
            {
                if (separator >= 0)
                {
                    throw new UsageException($"Option {option.Flag} is a switch and takes no value (got '{argument}').", command.Name);
                }

                value = "true";
            }
            else if (separator >= 0)
            {
                value = argument[(separator + 1)..];
            }
            else if (index + 1 < arguments.Count && !arguments[index + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = arguments[++index];
            }
            else
            {
                throw new UsageException($"Option {option.Flag} needs a value: {option.Flag} {option.ValueName}.", command.Name);
            }

            if (option.TakesValue && value.Length == 0)
            {
                throw new UsageException($"Option {option.Flag} needs a value: {option.Flag} {option.ValueName}.", command.Name);
            }

            if (values.TryGetValue(name, out var existing))
            {
                if (!option.Repeatable)
                {
                    throw new UsageException($"Option {option.Flag} is given more than once.", command.Name);
                }

                existing.Add(value);
            }
            else
            {
                values[name] = [value];
            }
        }

        return new CommandLine(values, help);
    }
}
