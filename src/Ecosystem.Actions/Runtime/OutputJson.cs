using System.Text.Json;
using System.Text.Json.Serialization;
using Ecosystem.Domain.Scheduling;

namespace Ecosystem.Actions.Runtime;

/// <summary>
/// The JSON of the commands' outputs, with its metadata generated at build time: the image is trimmed, and a trimmed
/// program has no reflection-based serialization. A value of a type not listed here fails loudly, naming the type.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(QueueForecast))]
[JsonSerializable(typeof(ReviewerAssignment[]))]
internal sealed partial class OutputJson : JsonSerializerContext;
