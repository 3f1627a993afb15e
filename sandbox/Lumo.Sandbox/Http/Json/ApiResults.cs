using System.Text.Json.Serialization.Metadata;

namespace Lumo.Sandbox.Http.Json;

/// <summary>Typed JSON results written with the API's wire settings (see <see cref="WireJson"/>).</summary>
internal static class ApiResults
{
    /// <summary>200 with <paramref name="value"/>; <paramref name="type"/> names the source-generated type it must have.</summary>
    public static IResult Ok<T>(T value, JsonTypeInfo<T> type) => Json(value, type, StatusCodes.Status200OK);

    /// <summary>201 with <paramref name="value"/>.</summary>
    public static IResult Created<T>(T value, JsonTypeInfo<T> type) => Json(value, type, StatusCodes.Status201Created);

    private static IResult Json<T>(T value, JsonTypeInfo<T> type, int status)
    {
        _ = type; // the caller's proof that T is source-generated; the wire variant of it is used
        return TypedResults.Json(value, WireJson.For<T>(), statusCode: status);
    }
}
