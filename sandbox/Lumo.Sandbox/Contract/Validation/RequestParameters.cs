using System.Globalization;
using Microsoft.Extensions.Primitives;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// The raw parameter values of a request, read straight from ASP.NET Core's collections
/// (route values and headers are case-insensitive there; so is the query string).
/// </summary>
internal readonly struct RequestParameters
{
    private readonly RouteValueDictionary _routeValues;
    private readonly IQueryCollection _query;
    private readonly IHeaderDictionary _headers;

    public RequestParameters(RouteValueDictionary routeValues, IQueryCollection query, IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(routeValues);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(headers);
        _routeValues = routeValues;
        _query = query;
        _headers = headers;
    }

    /// <summary>The values of a parameter; empty when it is absent. Cookie parameters are never read.</summary>
    public StringValues Get(ParameterLocation location, string name) => location switch
    {
        ParameterLocation.Path when _routeValues.TryGetValue(name, out var value) && value is not null =>
            new StringValues(value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)),
        ParameterLocation.Query when _query.TryGetValue(name, out var values) => values,
        ParameterLocation.Header when _headers.TryGetValue(name, out var values) => values,
        _ => StringValues.Empty,
    };
}
