using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios.Json;

/// <summary>
/// Source-generated (reflection-free) metadata for the scenario types. Reading is strict camelCase; writing omits
/// nulls so that a serialized <see cref="Scenario"/> (defaults filled in) validates against the schema again.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [typeof(SecondsConverter)])]
[JsonSerializable(typeof(Scenario))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext
{
}
