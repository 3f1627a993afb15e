using System.Net.Http.Json;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Http;

public sealed class AuthTests : SandboxTestBase
{
    [Test]
    public async Task The_key_is_accepted_in_the_header_as_a_bearer_token_and_in_the_query()
    {
        using var bare = Client();

        using var header = new HttpRequestMessage(HttpMethod.Get, "wallets/balance");
        header.Headers.Add("X-API-Key", Company.ApiKey);
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "wallets/balance");
        bearer.Headers.Authorization = new("Bearer", Company.ApiKey);

        await (await bare.SendAsync(header)).JsonAsync(200);
        await (await bare.SendAsync(bearer)).JsonAsync(200);
        await bare.GetJsonAsync($"wallets/balance?api_key={Company.ApiKey}");
    }

    [Test]
    public async Task A_missing_key_is_401()
    {
        var error = await Client().GetJsonAsync("wallets/balance", 401);

        Assert.That(error.GetProperty("statusCode").GetInt32(), Is.EqualTo(401));
        Assert.That(error.Str("error"), Is.EqualTo("Unauthorized"));
        Assert.That(error.Str("message"), Does.Contain("API key is required"));
    }

    [TestCase("lb2b_00000000000000000000000000000000")]
    [TestCase("not-a-key")]
    public async Task An_unknown_key_is_401(string key)
    {
        var error = await Client(key).GetJsonAsync("orders", 401);

        Assert.That(error.Str("message"), Is.EqualTo("Invalid API key"));
    }

    [Test]
    public async Task An_inactive_company_is_403()
    {
        var inactive = await Sandbox.CreateCompanyAsync(new Lumo.Sandbox.Testing.NewSandboxCompany { IsActive = false });

        var error = await Client(inactive.ApiKey).GetJsonAsync("wallets/balance", 403);

        Assert.That(error.Str("message"), Is.EqualTo("Company is inactive"));
        Assert.That(error.Str("error"), Is.EqualTo("Forbidden"));
    }

    [Test]
    public async Task Login_issues_a_fresh_key_and_revokes_the_old_one()
    {
        using var response = await Client().PostAsJsonAsync("auth/company/login", new { email = Company.Email, password = Company.Password });
        var login = await response.JsonAsync(201);
        var newKey = login.Str("apiKey");

        Assert.That(newKey, Does.Match("^lb2b_[0-9a-f]{32}$").And.Not.EqualTo(Company.ApiKey));
        Assert.That(login.GetProperty("company").Id(), Is.EqualTo(Company.Id));
        await Client(Company.ApiKey).GetJsonAsync("wallets/balance", 401);
        await Client(newKey).GetJsonAsync("wallets/balance", 200);
    }

    [Test]
    public async Task Login_with_a_wrong_password_is_401()
    {
        using var response = await Client().PostAsJsonAsync("auth/company/login", new { email = Company.Email, password = "wrong" });

        await response.JsonAsync(401);
        await Client(Company.ApiKey).GetJsonAsync("wallets/balance", 200);
    }

    [Test]
    public async Task Regenerate_key_rotates_it()
    {
        using var response = await Api.PostAsync("auth/company/regenerate-key", null);
        var rotated = (await response.JsonAsync(201)).Str("apiKey");

        await Client(Company.ApiKey).GetJsonAsync("auth/company/profile", 401);
        var profile = await Client(rotated).GetJsonAsync("auth/company/profile");
        Assert.That(profile.Id(), Is.EqualTo(Company.Id));
    }

    [Test]
    public async Task Profile_patch_changes_only_what_is_sent_and_persists()
    {
        using var first = await Api.PatchAsJsonAsync("auth/company/profile", new { contactTelegram = "@lumo_dev", webhookUrl = "https://example.test/hooks" });
        await first.JsonAsync(200);
        using var second = await Api.PatchAsJsonAsync("auth/company/profile", new { webhookUrl = (string?)null });
        await second.JsonAsync(200);

        var profile = await Api.GetJsonAsync("auth/company/profile");
        Assert.That(profile.Str("contactTelegram"), Is.EqualTo("@lumo_dev"));
        Assert.That(profile.GetProperty("webhookUrl").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(profile.Str("email"), Is.EqualTo(Company.Email));
        Assert.That(profile.GetProperty("isActive").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Another_companys_order_is_404()
    {
        var order = await Api.OrderAsync(1000m);
        var other = await Sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        var stranger = Client(other.ApiKey);

        var error = await stranger.GetJsonAsync($"orders/{order.Id()}", 404);
        using var accept = await stranger.AcceptAsync(order.Id());

        Assert.That(error.Str("error"), Is.EqualTo("Not Found"));
        await accept.JsonAsync(404);
        Assert.That((await stranger.GetJsonAsync("orders")).GetProperty("total").GetInt32(), Is.Zero);
    }
}
