namespace Ecosystem.Actions.Runtime;

/// <summary>The job is set up wrongly: an input, a <c>GITHUB_*</c> variable, the event payload or the application form is
/// missing or malformed, and the message names which. Nothing was attempted; the host exits with 2.</summary>
public sealed class SetupException(string message, Exception? inner = null) : Exception(message, inner);
