using System.Text.Json.Nodes;
using Lumo.Sandbox.Engine.Clock;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class ScenarioDefaultsTests
{
    [Test]
    public void Top_level_defaults()
    {
        var scenario = ScenarioText.Load(ScenarioText.Minimal);

        Assert.That(scenario.Seed, Is.EqualTo(1));
        Assert.That(scenario.Description, Is.Null);
        Assert.That(scenario.Clock.Mode, Is.EqualTo(ClockMode.Real));
        Assert.That(scenario.Clock.Start, Is.Null);
        Assert.That(scenario.Rate.UsdtRub, Is.EqualTo(95.00m));
        Assert.That(scenario.Rate.Sequence, Is.Empty);
        Assert.That(scenario.Rules, Is.Empty);
        Assert.That(scenario.Deposits, Is.Empty);
    }

    [Test]
    public void Timing_defaults()
    {
        var timing = ScenarioText.Load(ScenarioText.Minimal).Timing;

        Assert.That(timing.QuoteTtl, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(timing.PaymentWindow, Is.EqualTo(TimeSpan.FromSeconds(300)));
        Assert.That(timing.IdempotencyKeyTtl, Is.EqualTo(TimeSpan.FromSeconds(86400)));
        Assert.That(timing.ConfirmationInterval, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(timing.ConfirmationsRequired, Is.EqualTo(19));
    }

    [Test]
    public void Partial_timing_keeps_the_other_defaults()
    {
        var timing = ScenarioText.Load(ScenarioText.With(d => d["timing"] = new JsonObject { ["quoteTtlSeconds"] = 2.5 })).Timing;

        Assert.That(timing.QuoteTtl, Is.EqualTo(TimeSpan.FromMilliseconds(2500)));
        Assert.That(timing.PaymentWindow, Is.EqualTo(TimeSpan.FromSeconds(300)));
        Assert.That(timing.ConfirmationsRequired, Is.EqualTo(19));
    }

    [Test]
    public void Company_defaults()
    {
        var company = ScenarioText.Load(ScenarioText.Minimal).Companies.Single();

        Assert.That(company.Id, Is.Null);
        Assert.That(company.ApiKey, Is.Null);
        Assert.That(company.WebhookSecret, Is.Null);
        Assert.That(company.IsActive, Is.True);
        Assert.That(company.UsdtBalance, Is.Zero);
        Assert.That(company.TrxBalance, Is.Zero);
        Assert.That(company.QrRateOffsetBps, Is.Zero);
        Assert.That(company.ContactEmail, Is.Null);
        Assert.That(company.WebhookUrl, Is.Null);
        Assert.That(company.DepositForwardAddress, Is.Null);
        Assert.That(company.UserWallets, Is.Empty);
    }

    [Test]
    public void Timeline_defaults()
    {
        var defaults = ScenarioText.Load(ScenarioText.Minimal).Defaults;

        Assert.That(defaults.Order, Is.EqualTo(new[] { new OrderStep { After = TimeSpan.FromSeconds(3), Status = OrderStepStatus.Success } }));
        Assert.That(defaults.Dispute, Is.EqualTo(new[]
        {
            new DisputeStep { After = TimeSpan.FromSeconds(60), Status = DisputeStepStatus.InReview },
            new DisputeStep { After = TimeSpan.FromSeconds(600), Status = DisputeStepStatus.Resolved, Resolution = DisputeResolution.Refund },
        }));
    }

    [Test]
    public void An_empty_order_default_means_never_paid_and_keeps_the_dispute_default()
    {
        var defaults = ScenarioText.Load(ScenarioText.With(d => d["defaults"] = JsonNode.Parse("""{ "order": [] }"""))).Defaults;

        Assert.That(defaults.Order, Is.Empty);
        Assert.That(defaults.Dispute, Is.EqualTo(ScenarioDefaults.DefaultDisputeTimeline));
    }

    [Test]
    public void Rule_step_fault_and_deposit_defaults()
    {
        var scenario = ScenarioText.Load(ScenarioText.With(d =>
        {
            d["rules"] = JsonNode.Parse("""
                [
                  { "name": "fail", "then": { "order": [ { "afterSeconds": 1, "status": "failed" } ] } },
                  { "name": "503", "when": { "operation": "getOrder" }, "then": { "fault": { "status": 503 } } }
                ]
                """);
            d["deposits"] = JsonNode.Parse("""[ { "company": "A@LUMO.TEST", "amountUsdt": 5 } ]""");
        }));

        var failed = scenario.Rules[0].Then.Order!.Single();
        var fault = scenario.Rules[1].Then.Fault!;
        var deposit = scenario.Deposits.Single();
        Assert.That(scenario.Rules[0].When, Is.EqualTo(new RuleMatch()));
        Assert.That(failed.FailureReason, Is.EqualTo("payment_rejected"));
        Assert.That(fault.Message, Is.EqualTo("Service Unavailable"));
        Assert.That(fault.Delay, Is.EqualTo(TimeSpan.Zero));
        Assert.That(fault.RetryAfter, Is.Null);
        Assert.That(fault.DropConnection, Is.False);
        Assert.That(fault.AfterHandling, Is.False);
        Assert.That(fault.Times, Is.Null);
        Assert.That(deposit.After, Is.EqualTo(TimeSpan.Zero));
        Assert.That(deposit.Fail, Is.False);
        Assert.That(scenario.FindCompanyByEmail(deposit.Company)?.Name, Is.EqualTo("A"));
    }

    [Test]
    public void Values_are_read_with_their_units()
    {
        var scenario = ScenarioText.Load(ScenarioText.With(d =>
        {
            d["clock"] = JsonNode.Parse("""{ "mode": "virtual", "start": "2026-01-01T00:00:00Z" }""");
            d["rate"] = JsonNode.Parse("""{ "usdtRub": 95.5, "sequence": [ { "afterSeconds": 60, "usdtRub": 96.10 } ] }""");
            d["rules"] = JsonNode.Parse("""
                [ { "name": "slow", "when": { "operation": "getOrder", "amountRub": { "min": 1, "max": 100 } },
                    "then": { "fault": { "delayMs": 1500, "retryAfterSeconds": 2 } } } ]
                """);
        }));

        Assert.That(scenario.Clock, Is.EqualTo(new ScenarioClock { Mode = ClockMode.Virtual, Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) }));
        Assert.That(scenario.Rate.UsdtRub, Is.EqualTo(95.5m));
        Assert.That(scenario.Rate.Sequence, Is.EqualTo(new[] { new RateStep { After = TimeSpan.FromSeconds(60), UsdtRub = 96.10m } }));
        Assert.That(scenario.Rules[0].When.AmountRub, Is.EqualTo(new AmountMatch(1m, 100m)));
        Assert.That(scenario.Rules[0].Then.Fault!.Delay, Is.EqualTo(TimeSpan.FromMilliseconds(1500)));
        Assert.That(scenario.Rules[0].Then.Fault!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void Loaded_scenarios_are_value_equal_and_immutable()
    {
        var first = ScenarioText.Load(ScenarioText.Minimal);
        var second = ScenarioText.Load(ScenarioText.Minimal);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
        Assert.That(first.Companies, Is.Not.InstanceOf<IList<ScenarioCompany>>());
        Assert.That(first with { Seed = 7 }, Is.Not.EqualTo(first));
    }

    [Test]
    public void Record_initializers_agree_with_the_schema_defaults()
    {
        // The loader fills defaults from the schema; code that builds records gets the initializers. Same values.
        var loaded = ScenarioText.Load("""
            {
              "name": "minimal",
              "companies": [ { "name": "A", "email": "a@lumo.test", "password": "p", "userWallets": [ { "externalId": "u1" } ] } ],
              "rules": [ { "name": "r", "when": { "operation": "getOrder" }, "then": { "fault": { "status": 503 } } } ],
              "deposits": [ { "company": "a@lumo.test", "amountUsdt": 1 } ]
            }
            """);

        var built = new Scenario
        {
            Name = "minimal",
            Companies = [new ScenarioCompany { Name = "A", Email = "a@lumo.test", Password = "p", UserWallets = [new ScenarioUserWallet { ExternalId = "u1" }] }],
            Rules = [new ScenarioRule { Name = "r", When = new RuleMatch { Operation = "getOrder" }, Then = new RuleOutcome { Fault = new FaultSpec { Status = 503 } } }],
            Deposits = [new ScheduledDeposit { Company = "a@lumo.test", AmountUsdt = 1 }],
        };

        Assert.That(loaded, Is.EqualTo(built));
    }
}
