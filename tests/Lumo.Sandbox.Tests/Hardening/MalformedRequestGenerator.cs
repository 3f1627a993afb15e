using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// Seeded malformed requests for every operation of the document. Each carries a defect the server must refuse
/// before anything changes: unparseable bodies, bodies or parameters the operation's own validator rejects, a bad
/// key, an id of nobody, a method the path lacks. A defect that might still route somewhere valid (odd paths, an
/// odd header) is paired with a broken body, so no generated request can be an accidental valid call.
/// </summary>
internal sealed partial class MalformedRequestGenerator(OperationCatalog catalog, FuzzTargets targets, int seed)
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] BadIds =
    [
        "not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g", "null", "undefined", "' OR 1=1 --", "<script>",
        "заказ", "%20", "..", "%2e%2e", "a%2Fb", "🙂", new string('7', 300), "-1", "0x10", "true",
    ];

    private static readonly Dictionary<string, string[]> BadQueryValues = new(StringComparer.Ordinal)
    {
        ["limit"] = ["-1", "0", "99999999999", "abc", "1.5", "", "1e2", "NaN", "5&limit=abc", "abc&limit=5"],
        ["offset"] = ["-1", "NaN", "abc", "1.5", "99999999999999999999", ""],
        ["status"] = ["unknown", "SUCCESS", "", "success,failed", "%00"],
        ["companyId"] = ["not-a-uuid", "123", ""],
        ["externalId"] = [new string('e', 300), ""],
        ["method"] = ["FOO", ""],
    };

    private readonly Random _random = new(seed);

    public List<MalformedRequest> Generate(int count)
    {
        var operations = catalog.Operations.OrderBy(o => o.OperationId, StringComparer.Ordinal).ToList();
        var requests = new List<MalformedRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var operation = operations[i % operations.Count];
            requests.Add(i % 1000 == 7 ? OverLimit(operation) : One(operation));
        }

        return requests;
    }

    private MalformedRequest One(OperationDescriptor op)
    {
        var kinds = new List<Func<OperationDescriptor, MalformedRequest>> { BrokenJson, NotUtf8, Deep, WrongContentType, OddPath, WrongMethod, OverlongHeader };
        if (op.Validator.Body is not null)
        {
            kinds.AddRange([SchemaBody, SchemaBody, SchemaBody]);
        }

        if (op.Security == OperationSecurity.ApiKey)
        {
            kinds.AddRange([BadAuth, BadAuth]);
        }

        if (op.PathTemplate.Contains('{', StringComparison.Ordinal))
        {
            kinds.AddRange([BadId, BadId]);
        }

        if (op.Validator.Parameters.Any(p => p.Location == Microsoft.OpenApi.Models.ParameterLocation.Query && BadQueryValues.ContainsKey(p.Name)))
        {
            kinds.AddRange([BadQuery, BadQuery]);
        }

        return kinds[_random.Next(kinds.Count)](op);
    }

    private MalformedRequest New(OperationDescriptor op, string defect, string? path = null, bool withKey = true, string? method = null)
    {
        var request = new MalformedRequest(op.OperationId, defect, method ?? op.Method, path ?? RealPath(op));
        if (withKey && op.Security == OperationSecurity.ApiKey)
        {
            request.Headers.Add(new("X-API-Key", targets.ApiKey));
        }

        return request;
    }

    private MalformedRequest WithBody(MalformedRequest request, byte[] body, string contentType = "application/json")
    {
        request.Body = body;
        request.ContentType = contentType;
        return request;
    }

    private MalformedRequest BrokenJson(OperationDescriptor op) => WithBody(New(op, "broken-json"), MalformedBodies.Broken(_random));

    private MalformedRequest NotUtf8(OperationDescriptor op) => WithBody(New(op, "invalid-utf8"), MalformedBodies.NotUtf8(_random));

    private MalformedRequest Deep(OperationDescriptor op) => WithBody(New(op, "deep-nesting"), MalformedBodies.Deep(_random));

    private MalformedRequest OverLimit(OperationDescriptor op)
    {
        var request = WithBody(New(op, "over-1MiB"), MalformedBodies.OverLimit());
        request.ExpectContinue = true;
        return request;
    }

    private MalformedRequest WrongContentType(OperationDescriptor op) =>
        WithBody(New(op, "wrong-content-type"), Encoding.UTF8.GetBytes("{}"), MalformedBodies.WrongContentType(_random));

    /// <summary>A path the route table should not know; paired with a broken body in case it does.</summary>
    private MalformedRequest OddPath(OperationDescriptor op)
    {
        var path = RealPath(op);
        var odd = _random.Next(8) switch
        {
            0 => "/" + path,
            1 => path.Replace("/", "//", StringComparison.Ordinal),
            2 => path + "/..%2f..%2f_sandbox%2freset",
            3 => path + "/заказы/🙂",
            4 => path.Replace("/", "%2F", StringComparison.Ordinal),
            5 => path + "/" + new string('a', 2000),
            6 => "%2e%2e/" + path,
            _ => path + "/./x/",
        };
        return WithBody(New(op, "odd-path", odd), MalformedBodies.Broken(_random));
    }

    private MalformedRequest WrongMethod(OperationDescriptor op)
    {
        var defined = catalog.Operations.Where(o => o.PathTemplate == op.PathTemplate).Select(o => o.Method).ToHashSet();
        var others = Methods.Where(m => !defined.Contains(m)).ToList();
        return others.Count == 0 ? BrokenJson(op) : New(op, "wrong-method", method: others[_random.Next(others.Count)]);
    }

    private MalformedRequest OverlongHeader(OperationDescriptor op)
    {
        if (op.OperationId == "acceptOrder" && _random.Next(2) == 0)
        {
            var key = new string('k', 256 + _random.Next(16 * 1024));
            var errors = new List<string>();
            var headers = new HeaderDictionary { ["Idempotency-Key"] = key };
            op.Validator.ValidateParameters(new RequestParameters(new RouteValueDictionary { ["id"] = targets.QuoteId.ToString() }, new QueryCollection(), headers), errors);
            var request = New(op, "long-idempotency-key");
            request.Headers.Add(new("Idempotency-Key", key));
            return errors.Count > 0 ? request : WithBody(request, MalformedBodies.Broken(_random));
        }

        if (op.Security == OperationSecurity.ApiKey)
        {
            var request = New(op, "16KB-api-key", withKey: false);
            request.Headers.Add(new("X-API-Key", "lb2b_" + new string('a', 16 * 1024)));
            return request;
        }

        var odd = WithBody(New(op, "16KB-header"), MalformedBodies.Broken(_random));
        odd.Headers.Add(new("X-Fuzz", new string('h', 16 * 1024)));
        return odd;
    }

    private MalformedRequest BadAuth(OperationDescriptor op)
    {
        var request = New(op, "bad-auth", withKey: false);
        (string Name, string Value)? header = _random.Next(8) switch
        {
            0 => null,
            1 => ("X-API-Key", ""),
            2 => ("X-API-Key", "lb2b_" + new string('g', 32)),
            3 => ("X-API-Key", $"lb2b_{_random.NextInt64():x16}{_random.NextInt64():x16}"),
            4 => ("Authorization", "Bearer"),
            5 => ("Authorization", "Bearer not-a-key"),
            6 => ("X-API-Key", FuzzTargets.InactiveKey),
            _ => ("X-API-Key", targets.ApiKey.ToUpperInvariant()),
        };
        if (header is { } h)
        {
            request.Headers.Add(new(h.Name, h.Value));
        }

        return request;
    }

    private MalformedRequest BadId(OperationDescriptor op)
    {
        var nobody = _random.Next(3) == 0;
        var id = nobody ? SeededGuid().ToString() : BadIds[_random.Next(BadIds.Length)];
        var request = New(op, nobody ? "id-of-nobody" : "bad-id", PathRegex().Replace(op.PathTemplate, id).TrimStart('/'));
        var errors = new List<string>();
        op.Validator.ValidateParameters(Parameters(id, ""), errors);
        // Only an id the validator refuses, or a well-formed id that belongs to nobody, is a defect on its own.
        return nobody || (errors.Count > 0 && !id.Contains('.', StringComparison.Ordinal) && !id.Contains('%', StringComparison.Ordinal))
            ? request
            : WithBody(request, MalformedBodies.Broken(_random));
    }

    private MalformedRequest BadQuery(OperationDescriptor op)
    {
        var names = op.Validator.Parameters.Where(p => p.Location == Microsoft.OpenApi.Models.ParameterLocation.Query && BadQueryValues.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        var name = names[_random.Next(names.Count)];
        var values = BadQueryValues[name];
        var query = $"{name}={values[_random.Next(values.Length)]}";
        var request = New(op, "bad-query", $"{RealPath(op)}?{query}");
        var errors = new List<string>();
        op.Validator.ValidateParameters(Parameters(targets.IdFor(op.PathTemplate).ToString(), query), errors);
        return errors.Count > 0 ? request : WithBody(request, MalformedBodies.Broken(_random));
    }

    /// <summary>A body of the operation's own shape with one defect; used only when the validator refuses it.</summary>
    private MalformedRequest SchemaBody(OperationDescriptor op)
    {
        var body = SchemaBodies.Generate(op, _random);
        var errors = new List<string>();
        using (var document = JsonDocument.Parse(body.Json))
        {
            op.Validator.ValidateBody(document.RootElement, errors);
        }

        return errors.Count > 0
            ? WithBody(New(op, $"schema:{body.Defect}"), Encoding.UTF8.GetBytes(body.Json))
            : BrokenJson(op);
    }

    private Guid SeededGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private string RealPath(OperationDescriptor op) =>
        PathRegex().Replace(op.PathTemplate, targets.IdFor(op.PathTemplate).ToString()).TrimStart('/');

    private static RequestParameters Parameters(string id, string query) =>
        new(new RouteValueDictionary { ["id"] = id }, new QueryCollection(QueryHelpers.ParseQuery(query)), new HeaderDictionary());

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex PathRegex();
}
