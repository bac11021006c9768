using System.Text.Json.Serialization;

namespace Ecosystem.Domain.Voting;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(TallyState))]
internal sealed partial class TallyStateJson : JsonSerializerContext;
