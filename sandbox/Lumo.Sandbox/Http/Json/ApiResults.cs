using System.Text.Json.Serialization.Metadata;

namespace Lumo.Sandbox.Http.Json;

/// <summary>Typed JSON results with the source-generated metadata.</summary>
internal static class ApiResults
{
    public static IResult Ok<T>(T value, JsonTypeInfo<T> type) => TypedResults.Json(value, type);

    public static IResult Created<T>(T value, JsonTypeInfo<T> type) => TypedResults.Json(value, type, statusCode: StatusCodes.Status201Created);
}
