using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Lumo.Sandbox.Tests.Drift;

/// <summary>
/// A Lumo API that drifted from the document, played by WireMock.Net under a base path (as the vendor's mock is):
/// each read answers one kind of drift, so each must show up as exactly one finding (two for a rename).
/// </summary>
internal static class DriftedUpstream
{
    public const string BasePath = "/_mock/apis";
    public const string OrderId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    public const string ApiKey = "lb2b_0123456789abcdef0123456789abcdef";
    public const string IssuedKey = "lb2b_fedcba9876543210fedcba9876543210";

    private const string Order = """
        {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","amountUsdt":52.63,"amountRub":5000.00,"status":"success",
         "paymentUntil":"2026-01-01T12:05:10Z","merchantName":"Demo Merchant","externalOrderId":"order-10001",
         "completedAt":"2026-01-01T12:00:13Z","failureReason":null,"createdAt":"2026-01-01T12:00:10Z"}
        """;

    public static WireMockServer Start(bool slowDisputes = true)
    {
        var server = WireMockServer.Start();
        // An amount as a string.
        Json(server, $"/orders/{OrderId}", 200, Order.Replace("\"amountUsdt\":52.63", "\"amountUsdt\":\"52.63\"", StringComparison.Ordinal));
        // A new order status value.
        Json(server, "/orders", 200, "{\"orders\":[" + Order.Replace("\"success\"", "\"refunded\"", StringComparison.Ordinal) + "],\"total\":1}");
        // A renamed field: frozenBalance is now frozenUsdt.
        Json(server, "/wallets/balance", 200, """{"address":"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf","usdtBalance":9947.37,"trxBalance":100.00,"frozenUsdt":52.63}""");
        // A missing required field (updatedAt).
        Json(server, "/rates/current", 200, """{"currencyPair":"USDT/RUB","baseRate":95.00,"rate":95.00,"effectiveRate":95.00,"qrRateOffsetBps":0}""");
        // An extra property.
        Json(server, "/auth/company/profile", 200, """
            {"id":"3f1c2a9e-6b7d-4c1e-9a2f-8d5b0e7c4a11","name":"Demo Company","email":"demo@lumo.test","isActive":true,
             "contactEmail":"ops@lumo.test","contactTelegram":"@demo_ops","webhookUrl":null,
             "depositForwardAddress":null,"tier":"gold"}
            """);
        // An undocumented status, in the error shape.
        Json(server, "/user-wallets/blocked", 422, """{"statusCode":422,"message":"Unprocessable","error":"Unprocessable Entity"}""");
        // An HTML error page from a gateway, on a documented status.
        server.Given(Request.Create().WithPath(BasePath + "/user-wallets").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody("<html><body>Service Unavailable</body></html>"));
        // A login that issues a new key and has an extra property: the key must not reach the report.
        server.Given(Request.Create().WithPath(BasePath + "/auth/company/login").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(
                "{\"company\":{\"id\":\"3f1c2a9e-6b7d-4c1e-9a2f-8d5b0e7c4a11\",\"name\":\"Demo\",\"email\":\"demo@lumo.test\"},\"apiKey\":\"" + IssuedKey + "\",\"expiresIn\":3600}"));
        // A conforming answer, gzip-compressed.
        server.Given(Request.Create().WithPath(BasePath + "/wallets/deposits").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("Content-Encoding", "gzip").WithBody(Gzip(DepositsJson)));
        // A path the document lacks.
        Json(server, "/v2/orders", 200, """{"orders":[]}""");
        // Slow: answers after the proxy's timeout.
        if (slowDisputes)
        {
            server.Given(Request.Create().WithPath(BasePath + "/disputes").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"disputes":[],"total":0}""").WithDelay(TimeSpan.FromSeconds(5)));
        }

        return server;
    }

    public const string DepositsJson = """{"deposits":[],"total":0}""";

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    public static Uri BaseUrl(WireMockServer server) => new(server.Url!.TrimEnd('/') + BasePath);

    private static void Json(WireMockServer server, string path, int status, string body) =>
        server.Given(Request.Create().WithPath(BasePath + path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body));
}
