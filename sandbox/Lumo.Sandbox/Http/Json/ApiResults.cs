using System.Text.Json.Serialization.Metadata;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Json;

/// <summary>
/// Typed JSON results written with the API's wire settings (see <see cref="WireJson"/>) by
/// <see cref="JsonBodyResult{T}"/>: one pass into a per-thread buffer, sent with its Content-Length.
/// </summary>
internal static class ApiResults
{
    /// <summary>200 with <paramref name="value"/>, serialized with the wire variant of its source-generated <paramref name="type"/>.</summary>
    public static IResult Ok<T>(T value, JsonTypeInfo<T> type) => Json(value, type, StatusCodes.Status200OK);

    /// <summary>201 with <paramref name="value"/>.</summary>
    public static IResult Created<T>(T value, JsonTypeInfo<T> type) => Json(value, type, StatusCodes.Status201Created);

    private static JsonBodyResult<T> Json<T>(T value, JsonTypeInfo<T> type, int status) => new(value, WireJson.For(type), status);
}
