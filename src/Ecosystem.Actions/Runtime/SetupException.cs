namespace Ecosystem.Actions.Runtime;

/// <summary>The workflow's event context is missing or malformed; the message names the variable, file or field.</summary>
public sealed class EventContextException(string message, Exception? inner = null) : Exception(message, inner);
