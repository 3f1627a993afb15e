using System.Net.Http.Json;
using System.Text;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Http;

public sealed class ControlApiTests : SandboxTestBase
{
    [Test]
    public async Task Health_is_ok()
    {
        var health = await Client().GetJsonAsync("_sandbox/health");

        Assert.That(health.Str("status"), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Complete_and_fail_drive_open_orders_and_refuse_finished_ones()
    {
        var paid = await Api.OrderAsync(100m, "a");
        var rejected = await Api.OrderAsync(200m, "b");

        var completed = await Sandbox.Orders.CompleteAsync(paid.Id());
        var failed = await Sandbox.Orders.FailAsync(rejected.Id(), "card_declined");

        Assert.That(completed.Status, Is.EqualTo("success"));
        Assert.That(completed.Id, Is.EqualTo(paid.Id()));
        Assert.That(completed.CompanyId, Is.EqualTo(Company.Id));
        Assert.That(completed.CompletedAt, Is.Not.Null);
        Assert.That(failed.Status, Is.EqualTo("failed"));
        Assert.That(failed.FailureReason, Is.EqualTo("card_declined"));
        using var again = await Client().PostAsync(new Uri($"_sandbox/orders/{paid.Id()}/complete", UriKind.Relative), null);
        Assert.That((await again.JsonAsync(409)).Str("error"), Is.EqualTo("Conflict"));
        var balance = await Api.GetJsonAsync("wallets/balance");
        Assert.That(balance.Dec("usdtBalance"), Is.EqualTo(InitialUsdt - paid.Dec("amountUsdt")));
        Assert.That(balance.Dec("frozenBalance"), Is.Zero);

        // The scheduled success 3 s later finds the order finished and leaves it alone.
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));
        Assert.That((await Api.GetJsonAsync($"orders/{rejected.Id()}")).Str("status"), Is.EqualTo("failed"));
    }

    [Test]
    public async Task Orders_made_at_one_virtual_instant_list_newest_first_in_the_order_they_were_made()
    {
        var made = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            made.Add((await Api.OrderAsync(100m + i, $"same-instant-{i}")).Id());
        }

        var listed = await Sandbox.Orders.ListAsync(Company.Id, limit: 40);

        Assert.That(listed.Select(o => o.CreatedAt).Distinct().Count(), Is.EqualTo(1), "the clock did not move");
        Assert.That(listed.Select(o => o.Id), Is.EqualTo(Enumerable.Reverse(made)));
    }

    [Test]
    public async Task Completing_an_unknown_order_is_404()
    {
        using var response = await Client().PostAsync(new Uri($"_sandbox/orders/{Guid.NewGuid()}/complete", UriKind.Relative), null);

        await response.JsonAsync(404);
    }

    [Test]
    public async Task The_journal_records_requests_newest_first_with_keys_redacted()
    {
        await Api.QuoteAsync(100m, "journal-test");
        await Client().GetJsonAsync($"wallets/balance?api_key={Company.ApiKey}");

        var prepares = await Sandbox.Requests.FindAsync(method: "POST", path: "/orders/*");
        var balances = await Sandbox.Requests.FindAsync(path: "/wallets/balance");

        var mine = prepares.First(r => r.CompanyId == Company.Id);
        Assert.That(mine.OperationId, Is.EqualTo("prepareOrder"));
        Assert.That(mine.Status, Is.EqualTo(201));
        Assert.That(mine.Body, Does.Contain("journal-test"));
        var balance = balances.First(r => r.CompanyId == Company.Id);
        Assert.That(balance.Query, Does.Not.Contain(Company.ApiKey).And.Contain("api_key=[redacted]"));
    }

    [Test]
    public async Task The_journal_records_the_status_the_client_got_for_refused_requests()
    {
        var path = $"/orders/not-a-uuid-{Guid.NewGuid():N}";
        await Api.GetJsonAsync(path[1..], 400);

        var recorded = (await Sandbox.Requests.FindAsync(path: path)).Single();

        Assert.That(recorded.Status, Is.EqualTo(400));
        Assert.That(recorded.OperationId, Is.EqualTo("getOrder"));
    }

    [Test]
    public async Task A_call_is_in_the_journal_as_soon_as_its_answer_arrives()
    {
        for (var i = 1; i <= 50; i++)
        {
            await Api.GetJsonAsync($"orders?limit={i}");

            var found = await Sandbox.Requests.FindAsync(path: "/orders");

            Assert.That(found.First(r => r.CompanyId == Company.Id).Query, Is.EqualTo($"limit={i}"));
        }
    }

    [Test]
    public async Task Login_passwords_never_reach_the_journal()
    {
        using var login = await Client().PostAsJsonAsync("auth/company/login", new { email = Company.Email, password = Company.Password });
        await login.JsonAsync(201);

        var recorded = (await Sandbox.Requests.FindAsync(path: "/auth/company/login")).First(r => r.Body?.Contains(Company.Email, StringComparison.Ordinal) == true);

        Assert.That(recorded.Body, Does.Not.Contain(Company.Password).And.Contain("[redacted]"));
    }

    [Test]
    public async Task The_clock_reports_its_mode_and_advances()
    {
        var before = await Sandbox.Clock.GetAsync();

        var after = await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(90));

        Assert.That(before.Mode, Is.EqualTo(SandboxClockMode.Virtual));
        Assert.That(after.Now, Is.EqualTo(before.Now.AddSeconds(90)));
    }

    [Test]
    public async Task Created_companies_are_listed_with_their_balances()
    {
        var list = await Client().GetJsonAsync("_sandbox/companies");

        var mine = list.GetProperty("companies").EnumerateArray().Single(c => c.Id() == Company.Id);
        Assert.That(mine.Dec("usdtBalance"), Is.EqualTo(InitialUsdt));
        Assert.That(mine.Str("apiKey"), Is.EqualTo(Company.ApiKey));
    }
}

/// <summary>Reset and scenario replacement change the whole sandbox, so they get one of their own per test.</summary>
public sealed class ScenarioControlTests
{
    [Test]
    public async Task Reset_restores_the_scenario_clock_and_removes_runtime_tenants()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());
        var start = await sandbox.Clock.GetAsync();
        var company = await sandbox.CreateCompanyAsync();
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromMinutes(5));

        await sandbox.ResetAsync();

        using var api = sandbox.CreateClient(company.ApiKey);
        using var response = await api.GetAsync(new Uri("wallets/balance", UriKind.Relative));
        Assert.That((int)response.StatusCode, Is.EqualTo(401));
        Assert.That((await sandbox.Clock.GetAsync()).Now, Is.EqualTo(start.Now));
        using var demo = sandbox.CreateClient("lb2b_0123456789abcdef0123456789abcdef");
        Assert.That((int)(await demo.GetAsync(new Uri("wallets/balance", UriKind.Relative))).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task An_invalid_scenario_is_refused_with_every_problem_and_the_old_one_stays()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());
        var before = await sandbox.ControlClient.GetStringAsync(new Uri("_sandbox/scenario", UriKind.Relative));

        using var response = await sandbox.ControlClient.PutAsync(
            new Uri("_sandbox/scenario", UriKind.Relative),
            new StringContent("""{"name": "", "companies": [{"name": "x", "email": "bad", "password": "p"}], "bogus": 1}""", Encoding.UTF8, "application/json"));

        var error = await response.JsonAsync(400);
        var messages = error.GetProperty("message").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.That(messages, Has.Some.Contains("$.companies[0].email"));
        Assert.That(messages, Has.Some.Contains("bogus"));
        Assert.That(await sandbox.ControlClient.GetStringAsync(new Uri("_sandbox/scenario", UriKind.Relative)), Is.EqualTo(before));
    }

    [Test]
    public async Task A_valid_scenario_replaces_the_companies()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());

        await sandbox.LoadScenarioAsync("""
            {"name": "tiny", "companies": [{"name": "Tiny", "email": "tiny@lumo.test", "password": "p", "apiKey": "lb2b_11111111111111111111111111111111", "usdtBalance": 7}]}
            """);

        using var tiny = sandbox.CreateClient("lb2b_11111111111111111111111111111111");
        using var demo = sandbox.CreateClient("lb2b_0123456789abcdef0123456789abcdef");
        var balance = await (await tiny.GetAsync(new Uri("wallets/balance", UriKind.Relative))).JsonAsync(200);
        Assert.That(balance.Dec("usdtBalance"), Is.EqualTo(7m));
        Assert.That((int)(await demo.GetAsync(new Uri("wallets/balance", UriKind.Relative))).StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task The_admin_token_guards_the_control_api_when_set()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock().WithAdminToken("s3cret"));
        using var anonymous = new HttpClient { BaseAddress = sandbox.BaseAddress };

        using var refused = await anonymous.GetAsync(new Uri("_sandbox/clock", UriKind.Relative));
        using var health = await anonymous.GetAsync(new Uri("_sandbox/health", UriKind.Relative));

        Assert.That((int)refused.StatusCode, Is.EqualTo(401));
        Assert.That((int)health.StatusCode, Is.EqualTo(200));
        Assert.That((await sandbox.Clock.GetAsync()).Mode, Is.EqualTo(SandboxClockMode.Virtual));
    }
}
