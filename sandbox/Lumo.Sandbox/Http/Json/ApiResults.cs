using System.Text.Json.Serialization.Metadata;

namespace Lumo.Sandbox.Http.Json;

/// <summary>Typed JSON results with the source-generated metadata, written by <see cref="JsonBodyResult{T}"/>.</summary>
internal static class ApiResults
{
    public static IResult Ok<T>(T value, JsonTypeInfo<T> type) => new JsonBodyResult<T>(value, type, StatusCodes.Status200OK);

    public static IResult Created<T>(T value, JsonTypeInfo<T> type) => new JsonBodyResult<T>(value, type, StatusCodes.Status201Created);
}
