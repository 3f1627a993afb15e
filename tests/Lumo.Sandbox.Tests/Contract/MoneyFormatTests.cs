using System.Net.Http.Json;
using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Contract;

/// <summary>Money is written with two decimals on every path: public API, control API, after a reset.</summary>
public sealed class MoneyFormatTests : SandboxTestBase
{
    [Test]
    public void Every_number_in_the_document_is_money_unless_named_otherwise()
    {
        var numbers = OpenApiDocumentLoader.Load(null).Document.Components.Schemas
            .SelectMany(s => s.Value.Properties.Where(p => p.Value.Type == "number").Select(p => p.Key))
            .Distinct()
            .Where(name => !MoneyFormat.NotMoney.Contains(name));

        Assert.That(numbers, Is.SupersetOf(new[] { "usdtBalance", "frozenBalance", "trxBalance", "amountUsdt", "amountRub", "rate", "refundAmount" }));
        Assert.That(numbers, Has.None.EqualTo("durationMs").And.None.EqualTo("seconds"));
    }

    [Test]
    public async Task Whole_amounts_are_written_with_two_decimals_in_the_public_and_the_control_api()
    {
        var created = await Sandbox.CreateCompanyAsync(usdtBalance: 25m, trxBalance: 0m);
        using var client = Sandbox.CreateClient(created.ApiKey);

        var balance = await client.GetStringAsync(new Uri("wallets/balance", UriKind.Relative));
        var companies = await Api.GetStringAsync(new Uri("_sandbox/companies", UriKind.Relative));

        Assert.That(balance, Does.Contain("\"usdtBalance\":25.00").And.Contain("\"frozenBalance\":0.00").And.Contain("\"trxBalance\":0.00"));
        Assert.That(companies, Does.Contain("\"usdtBalance\":25.00"));
    }

    [Test]
    public void A_response_with_money_written_otherwise_is_named()
    {
        var schema = OpenApiDocumentLoader.Load(null).Document.Components.Schemas["WalletBalance"];
        using var body = JsonDocument.Parse("""{"address":"T","usdtBalance":100.00,"trxBalance":1.5,"frozenBalance":0}""");
        var errors = new List<string>();

        MoneyFormat.Check(schema, body.RootElement, "body", errors);

        Assert.That(errors, Is.EqualTo(new[]
        {
            "body.trxBalance is 1.5: money is written with two decimals",
            "body.frozenBalance is 0: money is written with two decimals",
        }));
    }

    [Test]
    public async Task A_seeded_partial_refund_and_a_deposit_keep_two_decimals()
    {
        using var deposit = await Api.PostAsJsonAsync("_sandbox/deposits", new { companyId = Company.Id, amountUsdt = 7 });
        var text = await deposit.Content.ReadAsStringAsync();

        Assert.That(text, Does.Contain("\"amountUsdt\":7.00"));
    }
}
