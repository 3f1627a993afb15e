using System.Globalization;
using System.Text.Json.Nodes;

namespace Lumo.Sandbox.Tests.Contract.Validation;

/// <summary>
/// Seeded JSON instances for a (translated) schema: mostly values that follow it, with a mutation now and then
/// at any depth (another type, null, a limit crossed by one, a required property dropped, an unknown one added).
/// </summary>
internal sealed class InstanceGenerator(Random random, JsonObject definitions)
{
    private const double MutationRate = 0.08;

    public JsonNode? Next(JsonNode? schema) => Value(schema, depth: 0);

    private JsonNode? Value(JsonNode? node, int depth)
    {
        if (node is not JsonObject schema || depth > 6)
        {
            return Anything(depth);
        }

        if (random.NextDouble() < MutationRate)
        {
            return Mutation(schema, depth);
        }

        if (schema["$ref"] is JsonValue reference)
        {
            return Value(definitions[reference.GetValue<string>()["#/$defs/".Length..]], depth + 1);
        }

        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema[combinator] is JsonArray branches && branches.Count > 0)
            {
                return Value(branches[random.Next(branches.Count)], depth + 1);
            }
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        var type = schema["type"] switch
        {
            JsonValue one => one.GetValue<string>(),
            JsonArray many => many[random.Next(many.Count)]?.GetValue<string>(),
            _ => null,
        };
        return type switch
        {
            "string" => Text(schema),
            "integer" => JsonValue.Create((long)Math.Round(Number(schema))),
            "number" => JsonValue.Create(Math.Round((decimal)Number(schema), random.Next(0, 4))),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "object" => Object(schema, depth),
            "array" => Array(schema, depth),
            "null" => null,
            _ => Anything(depth),
        };
    }

    private JsonNode? Mutation(JsonObject schema, int depth) => random.Next(6) switch
    {
        0 => null,
        1 => Anything(depth),
        2 when schema["minLength"] is JsonValue min => JsonValue.Create(new string('a', Math.Max(0, min.GetValue<int>() - 1))),
        2 when schema["maxLength"] is JsonValue max && max.GetValue<int>() < 5000 => JsonValue.Create(new string('a', max.GetValue<int>() + 1)),
        3 when schema["minimum"] is JsonValue min => JsonValue.Create(min.GetValue<decimal>() - (random.Next(2) == 0 ? 1m : 0.01m)),
        3 when schema["maximum"] is JsonValue max => JsonValue.Create(max.GetValue<decimal>() + (random.Next(2) == 0 ? 1m : 0.01m)),
        3 when schema["exclusiveMinimum"] is JsonValue min => JsonValue.Create(min.GetValue<decimal>()),
        4 => JsonValue.Create(random.Next(2) == 0 ? "" : " "),
        _ => JsonValue.Create(random.Next(-3, 3) + 0.5m),
    };

    private JsonNode? Anything(int depth) => random.Next(depth > 3 ? 5 : 7) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-5, 100)),
        2 => JsonValue.Create(1.25m),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => JsonValue.Create(Word()),
        5 => new JsonObject { [Word()] = Anything(depth + 1) },
        _ => new JsonArray(Anything(depth + 1)),
    };

    private JsonValue Text(JsonObject schema)
    {
        var format = schema["format"]?.GetValue<string>();
        var text = format switch
        {
            "uuid" => random.Next(10) == 0 ? Guid.NewGuid().ToString("N") : new Guid(Bytes(16)).ToString(),
            "email" => random.Next(10) == 0 ? "no-at-sign" : $"{Word()}@{Word()}.test",
            "date-time" => random.Next(10) == 0 ? "2026-13-01T00:00:00Z" : new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.Next(0, 1_000_000)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            "uri" => random.Next(10) == 0 ? "not a uri" : $"https://{Word()}.test/{Word()}",
            _ => null,
        };
        if (text is null)
        {
            var min = schema["minLength"]?.GetValue<int>() ?? 0;
            var max = Math.Min(schema["maxLength"]?.GetValue<int>() ?? 40, min + 40);
            var length = random.Next(2) == 0 ? (random.Next(2) == 0 ? min : max) : random.Next(min, max + 1);
            text = new string([.. Enumerable.Range(0, length).Select(_ => "abcxyzABC019_-. é"[random.Next(17)])]);
        }

        return JsonValue.Create(text);
    }

    private double Number(JsonObject schema)
    {
        var min = schema["minimum"]?.GetValue<double>() ?? schema["exclusiveMinimum"]?.GetValue<double>() ?? -1000;
        var max = schema["maximum"]?.GetValue<double>() ?? schema["exclusiveMaximum"]?.GetValue<double>() ?? 100_000;
        return random.Next(4) switch
        {
            0 => min,
            1 => max,
            _ => min + (random.NextDouble() * (Math.Min(max, min + 1_000_000) - min)),
        };
    }

    private JsonObject Object(JsonObject schema, int depth)
    {
        var result = new JsonObject();
        var required = schema["required"] is JsonArray names ? names.Select(n => n!.GetValue<string>()).ToHashSet() : [];
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, child) in properties)
            {
                var include = required.Contains(name) ? random.NextDouble() > 0.05 : random.Next(2) == 0;
                if (include)
                {
                    result[name] = Value(child, depth + 1);
                }
            }
        }

        if (random.NextDouble() < 0.05)
        {
            result["unexpected" + random.Next(10)] = Anything(depth + 1);
        }

        return result;
    }

    private JsonArray Array(JsonObject schema, int depth)
    {
        var min = schema["minItems"]?.GetValue<int>() ?? 0;
        var max = Math.Min(schema["maxItems"]?.GetValue<int>() ?? 4, min + 4);
        var count = random.Next(Math.Max(0, min - 1), max + 2);
        return new JsonArray([.. Enumerable.Range(0, count).Select(_ => Value(schema["items"], depth + 1))]);
    }

    private string Word() => new([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => (char)('a' + random.Next(26)))]);

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
