using System.CommandLine;

namespace Ecosystem.Actions.Hosting;

/// <summary>One command of the program (<c>validate</c>, <c>schedule</c>, <c>tally</c>, <c>guard</c>).</summary>
public interface ICommand
{
    /// <summary>The first argument that selects the command.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>
    /// The command's own <c>--name VALUE</c> options; the shared ones (<see cref="ProgramCommandLine"/>) come on top.
    /// Each falls back to the action input of the same name (<c>--issue</c>: <c>INPUT_ISSUE</c>).
    /// </summary>
    IReadOnlyList<Option<string>> Options { get; }

    /// <summary>Whether the command reads <c>.github/ecosystem.yml</c>; one that does not (<c>init</c>) runs on defaults.</summary>
    bool ReadsConfiguration => true;

    /// <summary>
    /// Work the command needs whatever its options and configuration say (validate checks a specimen application, so
    /// that the form reader, the checks and the report template are ready). The program starts it on another core as
    /// soon as the first argument names the command, while it parses the command line and reads the configuration: a
    /// short-lived action spends most of its time starting up. What it finds is discarded; a failure here is met again
    /// where the work is needed.
    /// </summary>
    void Prepare()
    {
    }

    /// <summary>Runs the command and returns its exit code (0 success, 1 failure); it stops on <see cref="CommandContext.Cancellation"/>.</summary>
    Task<int> RunAsync(CommandContext context);
}
