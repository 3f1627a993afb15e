using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Fixture;

/// <summary>WireMock-style verification of what the client sent, and the journal's filters behind it.</summary>
public sealed class RequestVerificationTests : SandboxTestBase
{
    [Test]
    public async Task Verify_counts_one_companys_calls_of_an_operation()
    {
        var other = await Sandbox.CreateCompanyAsync();
        using var otherApi = Client(other.ApiKey);
        await Api.OrderAsync(100m, "verify-1");
        await otherApi.OrderAsync(100m, "verify-2");
        await otherApi.OrderAsync(100m, "verify-3");

        await Sandbox.Requests.VerifyAsync("acceptOrder", Times.Once, Company.Id);
        await Sandbox.Requests.VerifyAsync("acceptOrder", Times.Exactly(2), other.Id);
        await Sandbox.Requests.VerifyAsync("acceptOrder", Times.AtLeast(3));
        await Sandbox.Requests.VerifyAsync("createDispute", Times.Never, Company.Id);
        await Sandbox.Requests.VerifyAsync(HttpMethod.Post, "/orders/accept/{id}", Times.Once, Company.Id);
    }

    [Test]
    public async Task Times_are_checked_on_both_sides_of_their_limit()
    {
        await Api.OrderAsync(100m, "limits-1");
        await Api.OrderAsync(100m, "limits-2");

        await Sandbox.Requests.VerifyAsync("prepareOrder", Times.AtLeast(2), Company.Id);
        await Sandbox.Requests.VerifyAsync("prepareOrder", Times.AtMost(2), Company.Id);
        Assert.That(() => Sandbox.Requests.VerifyAsync("prepareOrder", Times.AtLeast(3), Company.Id), Throws.InstanceOf<SandboxVerificationException>());
        Assert.That(() => Sandbox.Requests.VerifyAsync("prepareOrder", Times.AtMost(1), Company.Id), Throws.InstanceOf<SandboxVerificationException>());
        Assert.That(() => Sandbox.Requests.VerifyAsync("prepareOrder", Times.Once, Company.Id), Throws.InstanceOf<SandboxVerificationException>());
    }

    [Test]
    public async Task The_predicate_sees_headers_body_query_and_status()
    {
        var quote = (await Api.QuoteAsync(100m, "predicate-1")).Id();
        using (var accepted = await Api.AcceptAsync(quote, "key-predicate-1"))
        {
            await accepted.JsonAsync(201);
        }

        await Api.GetJsonAsync("orders?limit=5");

        await Sandbox.Requests.VerifyAsync("acceptOrder", Times.Once, Company.Id, r => r.Header("Idempotency-Key") == "key-predicate-1" && r.Status == 201);
        await Sandbox.Requests.VerifyAsync("prepareOrder", Times.Once, Company.Id, r => r.Body!.Contains("predicate-1", StringComparison.Ordinal));
        await Sandbox.Requests.VerifyAsync("listOrders", Times.Once, Company.Id, r => r.Query == "limit=5");
        await Sandbox.Requests.VerifyAsync("acceptOrder", Times.Never, Company.Id, r => r.Header("Idempotency-Key") is null);
        var recorded = (await Sandbox.Requests.FindAsync(new RequestFilter { OperationId = "acceptOrder", CompanyId = Company.Id })).Single();
        Assert.That(recorded.Header("X-API-Key"), Is.EqualTo("[redacted]"), "keys never reach the journal");
    }

    [Test]
    public async Task A_failed_verification_lists_what_the_company_called_instead_newest_first()
    {
        var quote = (await Api.QuoteAsync(100m, "near-miss-1")).Id();
        await Api.GetJsonAsync($"orders/{quote}", 404);

        var failure = Assert.ThrowsAsync<SandboxVerificationException>(() => Sandbox.Requests.VerifyAsync("acceptOrder", Times.Once, Company.Id))!;

        Assert.That(failure.Message, Does.Contain("Expected acceptOrder to be called exactly once for company " + Company.Id + ", but it was called 0 times"));
        var lines = failure.Message.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines[0], Does.Contain($"GET /orders/{quote} -> 404 (getOrder)"));
        Assert.That(lines[1], Does.Contain("POST /orders/prepare -> 201 (prepareOrder)"));
    }

    [Test]
    public async Task The_journal_filters_by_operation_company_status_method_and_since()
    {
        await Api.QuoteAsync(100m, "filters-1");
        await Api.GetJsonAsync($"orders/{Guid.NewGuid()}", 404);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(5));
        var later = (await Sandbox.Clock.GetAsync()).Now;
        await Api.GetJsonAsync("orders");

        var mine = new RequestFilter { CompanyId = Company.Id };
        Assert.That(await Sandbox.Requests.FindAsync(mine), Has.Count.EqualTo(3));
        Assert.That((await Sandbox.Requests.FindAsync(mine with { Status = 404 })).Single().OperationId, Is.EqualTo("getOrder"));
        Assert.That((await Sandbox.Requests.FindAsync(mine with { Method = "POST" })).Single().OperationId, Is.EqualTo("prepareOrder"));
        Assert.That((await Sandbox.Requests.FindAsync(mine with { OperationId = "listOrders" })).Single().Status, Is.EqualTo(200));
        Assert.That((await Sandbox.Requests.FindAsync(mine with { Since = later })).Single().OperationId, Is.EqualTo("listOrders"));
        Assert.That(await Sandbox.Requests.FindAsync(mine with { Since = later.AddTicks(1) }), Is.Empty, "since is inclusive: exactly at the time, not after");
    }

    [Test]
    public async Task A_path_template_segment_matches_one_segment_only()
    {
        await Api.GetJsonAsync("orders");

        await Sandbox.Requests.VerifyAsync(HttpMethod.Get, "/orders", Times.Once, Company.Id);
        await Sandbox.Requests.VerifyAsync(HttpMethod.Get, "/orders/{id}", Times.Never, Company.Id);
    }
}
