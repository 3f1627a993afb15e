using System.Net.Http.Json;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Readiness;

/// <summary>Disputes and key rotation.</summary>
public sealed class AccountCaseTests : ReadinessTestBase
{
    [Test]
    public async Task Dispute_opened_and_its_outcome_read_are_observed_in_turn()
    {
        var order = await OrderIdAsync("disputed-1");
        await Sandbox.Orders.CompleteAsync(order);
        var dispute = (await Api.DisputeAsync(order)).Id();
        Assert.That((await CaseAsync("dispute-opened")).IsObserved, Is.True);
        Assert.That((await CaseAsync("dispute-outcome-read")).IsObserved, Is.False);

        await Sandbox.Disputes.RejectAsync(dispute, "No grounds");
        await Api.GetJsonAsync($"disputes/{dispute}");

        Assert.That((await CaseAsync("dispute-outcome-read")).Evidence.Single().OperationId, Is.EqualTo("getDispute"));
    }

    [Test]
    public async Task Dispute_outcome_read_is_observed_from_the_list_of_resolved_disputes()
    {
        var order = await OrderIdAsync("disputed-2");
        await Sandbox.Orders.CompleteAsync(order);
        var dispute = (await Api.DisputeAsync(order)).Id();
        await Sandbox.Disputes.ResolveAsync(dispute, DisputeResolution.Refund);

        await Api.GetJsonAsync("disputes");

        Assert.That((await CaseAsync("dispute-outcome-read")).Evidence.Single().OperationId, Is.EqualTo("listDisputes"));
    }

    [Test]
    public async Task Dispute_cases_stay_missing_for_a_refused_dispute_and_an_unresolved_read()
    {
        var pending = await OrderIdAsync("disputed-3");
        await Api.DisputeAsync(pending, expectedStatus: 409); // a pending order cannot be disputed
        Assert.That((await CaseAsync("dispute-opened")).IsObserved, Is.False);

        await Sandbox.Orders.CompleteAsync(pending);
        var dispute = (await Api.DisputeAsync(pending)).Id();
        await Sandbox.Disputes.ReviewAsync(dispute);
        await Api.GetJsonAsync($"disputes/{dispute}");

        Assert.That((await CaseAsync("dispute-outcome-read")).IsObserved, Is.False);
    }

    [Test]
    public async Task Key_rotated_is_observed_when_the_new_key_is_used_after_regenerate_key()
    {
        using var rotated = await Api.PostAsync(new Uri("auth/company/regenerate-key", UriKind.Relative), null);
        var key = (await rotated.JsonAsync(201)).Str("apiKey");
        Assert.That((await CaseAsync("key-rotated")).IsObserved, Is.False, "rotated, not used yet");

        using var renewed = Client(key);
        await renewed.GetJsonAsync("wallets/balance");

        var observed = await CaseAsync("key-rotated");
        Assert.That(observed.Evidence.Select(e => e.OperationId), Is.EqualTo(new[] { "regenerateApiKey", "getWalletBalance" }));
    }

    [Test]
    public async Task Key_rotated_is_observed_when_a_login_key_is_used()
    {
        var company = await Sandbox.CreateCompanyAsync(new NewSandboxCompany { Password = "login-password-1" });
        using var anonymous = Client();
        using var login = await anonymous.PostAsJsonAsync("auth/company/login", new { email = company.Email, password = "login-password-1" });
        var key = (await login.JsonAsync(201)).Str("apiKey");

        await Client(key).GetJsonAsync("orders");

        Assert.That((await Sandbox.Report.GetAsync(company.Id)).Case("key-rotated").IsObserved, Is.True);
    }

    [Test]
    public async Task Key_rotated_stays_missing_when_the_old_key_is_tried_after_the_rotation()
    {
        using var rotated = await Api.PostAsync(new Uri("auth/company/regenerate-key", UriKind.Relative), null);
        await rotated.JsonAsync(201);

        await Api.GetJsonAsync("wallets/balance", 401); // the old key is revoked

        Assert.That((await CaseAsync("key-rotated")).IsObserved, Is.False);
    }
}
