using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class ScenarioRulesTests
{
    private const string QrCode = "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&bank=100000000001&sum=50000&cur=RUB&crc=F4AB";

    private static readonly IReadOnlyList<OrderStep> Rejected =
        [new OrderStep { After = TimeSpan.FromSeconds(3), Status = OrderStepStatus.Failed, FailureReason = "payment_rejected" }];

    [TestCase("4001", true)]
    [TestCase("4001.00", true)]
    [TestCase("4001.01", false)]
    [TestCase("4000.99", false)]
    public void Exact_amount(string amount, bool matches)
    {
        var rules = Compile("""[ { "name": "r", "when": { "amountRub": 4001.00 }, "then": { "order": [ { "afterSeconds": 3, "status": "failed" } ] } } ]""");

        var timeline = rules.OrderTimelineFor(new RuleFacts { AmountRub = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }, new());

        Assert.That(timeline, Is.EqualTo(matches ? Rejected : ScenarioDefaults.DefaultOrderTimeline));
    }

    [TestCase(99.99, false)]
    [TestCase(100, true)]
    [TestCase(150.5, true)]
    [TestCase(200, true)]
    [TestCase(200.01, false)]
    public void Inclusive_range(decimal amount, bool matches)
    {
        var rules = Compile("""[ { "name": "r", "when": { "amountRub": { "min": 100, "max": 200 } }, "then": { "order": [] } } ]""");

        Assert.That(rules.OrderTimelineFor(new RuleFacts { AmountRub = amount }, new()), matches ? Is.Empty : Is.Not.Empty);
    }

    [Test]
    public void Open_range_and_missing_amount()
    {
        var rules = Compile("""[ { "name": "r", "when": { "amountRub": { "min": 1000 } }, "then": { "order": [] } } ]""");

        Assert.That(rules.OrderTimelineFor(new RuleFacts { AmountRub = 1_000_000m }, new()), Is.Empty);
        Assert.That(rules.OrderTimelineFor(new RuleFacts { AmountRub = 999m }, new()), Is.Not.Empty);
        Assert.That(rules.OrderTimelineFor(RuleFacts.Empty, new()), Is.Not.Empty);
    }

    [Test]
    public void Globs_and_qr_id()
    {
        var rules = Compile("""
            [
              { "name": "ext", "when": { "externalOrderId": "fail-*" }, "then": { "order": [ { "afterSeconds": 1, "status": "failed" } ] } },
              { "name": "qr", "when": { "qrCode": "https://qr.nspk.ru/AS1*" }, "then": { "order": [ { "afterSeconds": 2, "status": "success" } ] } },
              { "name": "id", "when": { "qrId": "BD10003P3RCT8NTGH6LR6D3P815L3SHK" }, "then": { "order": [] } }
            ]
            """);
        var counter = new RuleCallCounter();

        Assert.That(rules.OrderTimelineFor(new RuleFacts { ExternalOrderId = "fail-42", QrCode = QrCode }, counter)[0].After, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(rules.OrderTimelineFor(new RuleFacts { ExternalOrderId = "FAIL-42", QrCode = QrCode }, counter)[0].After, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(rules.OrderTimelineFor(new RuleFacts { QrId = "BD10003P3RCT8NTGH6LR6D3P815L3SHK", QrCode = "https://qr.nspk.ru/BD1" }, counter), Is.Empty);
        Assert.That(rules.OrderTimelineFor(new RuleFacts { QrId = "bd10003p3rct8ntgh6lr6d3p815l3shk" }, counter), Is.EqualTo(ScenarioDefaults.DefaultOrderTimeline));
    }

    [Test]
    public void Conditions_are_anded()
    {
        var rules = Compile("""[ { "name": "r", "when": { "amountRub": 10, "externalOrderId": "x-*" }, "then": { "order": [] } } ]""");

        Assert.That(rules.OrderTimelineFor(new RuleFacts { AmountRub = 10, ExternalOrderId = "x-1" }, new()), Is.Empty);
        Assert.That(rules.OrderTimelineFor(new RuleFacts { AmountRub = 10, ExternalOrderId = "y-1" }, new()), Is.Not.Empty);
        Assert.That(rules.OrderTimelineFor(new RuleFacts { AmountRub = 11, ExternalOrderId = "x-1" }, new()), Is.Not.Empty);
    }

    [Test]
    public void First_matching_rule_with_the_needed_part_wins()
    {
        var rules = Compile("""
            [
              { "name": "fault only", "when": { "operation": "acceptOrder" }, "then": { "fault": { "status": 503 } } },
              { "name": "first order", "when": { "amountRub": { "min": 1 } }, "then": { "order": [] } },
              { "name": "second order", "then": { "order": [ { "afterSeconds": 9, "status": "success" } ] } }
            ]
            """);

        Assert.That(rules.OrderTimelineFor(new RuleFacts { AmountRub = 5 }, new()), Is.Empty);
        Assert.That(rules.OrderTimelineFor(RuleFacts.Empty, new())[0].After, Is.EqualTo(TimeSpan.FromSeconds(9)));
    }

    [Test]
    public void Defaults_apply_without_rules()
    {
        var rules = Compile("[]");

        Assert.That(rules.OrderTimelineFor(RuleFacts.Empty, new()), Is.EqualTo(ScenarioDefaults.DefaultOrderTimeline));
        Assert.That(rules.DisputeTimelineFor(RuleFacts.Empty, new()), Is.EqualTo(ScenarioDefaults.DefaultDisputeTimeline));
        Assert.That(rules.FaultFor("acceptOrder", RuleFacts.Empty, new()), Is.Null);
    }

    [Test]
    public void Dispute_rules_match_the_reason()
    {
        var rules = Compile("""
            [ { "name": "fraud", "when": { "reason": "*fraud*" }, "then": { "dispute": [ { "afterSeconds": 30, "status": "rejected", "adminComment": "no" } ] } } ]
            """);

        var matched = rules.DisputeTimelineFor(new RuleFacts { DisputeReason = "looks like fraud" }, new());

        Assert.That(matched, Is.EqualTo(new[] { new DisputeStep { After = TimeSpan.FromSeconds(30), Status = DisputeStepStatus.Rejected, AdminComment = "no" } }));
        Assert.That(rules.DisputeTimelineFor(new RuleFacts { DisputeReason = "not paid" }, new()), Is.EqualTo(ScenarioDefaults.DefaultDisputeTimeline));
    }

    [Test]
    public void Nth_call_on_orders_picks_only_that_order()
    {
        var rules = Compile("""[ { "name": "2nd", "when": { "nthCall": 2 }, "then": { "order": [] } } ]""");
        var counter = new RuleCallCounter();

        var timelines = Enumerable.Range(0, 3).Select(_ => rules.OrderTimelineFor(RuleFacts.Empty, counter).Count).ToArray();

        Assert.That(timelines, Is.EqualTo(new[] { 1, 0, 1 }));
    }

    [Test]
    public void Times_limits_a_fault_to_the_first_calls()
    {
        var rules = Compile("""[ { "name": "r", "when": { "operation": "acceptOrder" }, "then": { "fault": { "status": 503, "times": 2 } } } ]""");
        var counter = new RuleCallCounter();

        var faults = Enumerable.Range(0, 4).Select(_ => rules.FaultFor("acceptOrder", RuleFacts.Empty, counter)?.Status).ToArray();

        Assert.That(faults, Is.EqualTo(new int?[] { 503, 503, null, null }));
    }

    [Test]
    public void Nth_call_with_times_is_a_window()
    {
        var rules = Compile("""[ { "name": "r", "when": { "operation": "getOrder", "nthCall": 2 }, "then": { "fault": { "status": 500, "times": 2 } } } ]""");
        var counter = new RuleCallCounter();

        var faults = Enumerable.Range(0, 5).Select(_ => rules.FaultFor("getOrder", RuleFacts.Empty, counter)?.Status).ToArray();

        Assert.That(faults, Is.EqualTo(new int?[] { null, 500, 500, null, null }));
    }

    [Test]
    public void Flaky_network_scenario_sequence()
    {
        var rules = new ScenarioRules(ScenarioLoader.LoadFile(RepoScenarios.PathOf("flaky-network.json")));
        var counter = new RuleCallCounter();

        var prepares = Enumerable.Range(0, 2).Select(_ => rules.FaultFor("prepareOrder", RuleFacts.Empty, counter)).ToArray();
        var accepts = Enumerable.Range(0, 2).Select(_ => rules.FaultFor("acceptOrder", RuleFacts.Empty, counter)).ToArray();
        var reads = Enumerable.Range(0, 4).Select(_ => rules.FaultFor("getOrder", RuleFacts.Empty, counter)).ToArray();

        Assert.That(prepares[0], Is.EqualTo(new FaultSpec { Status = 429, Message = "Too many requests", RetryAfter = TimeSpan.FromSeconds(1), Times = 1 }));
        Assert.That(prepares[1], Is.Null);
        Assert.That(accepts[0]?.Status, Is.EqualTo(503));
        Assert.That(accepts[1], Is.Null);
        Assert.That(reads[0], Is.Null);
        Assert.That(reads[1], Is.EqualTo(new FaultSpec { Delay = TimeSpan.FromSeconds(2) }));
        Assert.That(reads[2], Is.EqualTo(new FaultSpec { DropConnection = true }));
        Assert.That(reads[3], Is.Null);
    }

    [Test]
    public void Counters_advance_only_when_the_other_conditions_match()
    {
        var rules = Compile("""[ { "name": "r", "when": { "operation": "acceptOrder", "amountRub": 4004 }, "then": { "fault": { "status": 503, "times": 1 } } } ]""");
        var counter = new RuleCallCounter();

        var other = rules.FaultFor("acceptOrder", new RuleFacts { AmountRub = 100 }, counter);
        var first = rules.FaultFor("acceptOrder", new RuleFacts { AmountRub = 4004 }, counter);
        var second = rules.FaultFor("acceptOrder", new RuleFacts { AmountRub = 4004 }, counter);

        Assert.That(other, Is.Null);
        Assert.That(first?.Status, Is.EqualTo(503));
        Assert.That(second, Is.Null);
        Assert.That(counter.Current(0, RuleCounterKind.Fault), Is.EqualTo(2));
    }

    [Test]
    public void A_counted_rule_counts_calls_an_earlier_rule_won()
    {
        var rules = Compile("""
            [
              { "name": "always", "when": { "operation": "getOrder", "externalOrderId": "a-*" }, "then": { "fault": { "status": 500 } } },
              { "name": "2nd", "when": { "operation": "getOrder", "nthCall": 2 }, "then": { "fault": { "status": 502 } } }
            ]
            """);
        var counter = new RuleCallCounter();

        var first = rules.FaultFor("getOrder", new RuleFacts { ExternalOrderId = "a-1" }, counter);
        var second = rules.FaultFor("getOrder", new RuleFacts { ExternalOrderId = "b-1" }, counter);

        Assert.That(first?.Status, Is.EqualTo(500));
        Assert.That(second?.Status, Is.EqualTo(502));
    }

    [Test]
    public void Counters_are_per_company()
    {
        var rules = Compile("""[ { "name": "r", "when": { "operation": "acceptOrder" }, "then": { "fault": { "status": 503, "times": 1 } } } ]""");
        var companyA = new RuleCallCounter();
        var companyB = new RuleCallCounter();

        var a1 = rules.FaultFor("acceptOrder", RuleFacts.Empty, companyA);
        var a2 = rules.FaultFor("acceptOrder", RuleFacts.Empty, companyA);
        var b1 = rules.FaultFor("acceptOrder", RuleFacts.Empty, companyB);

        Assert.That(a1, Is.Not.Null);
        Assert.That(a2, Is.Null);
        Assert.That(b1, Is.Not.Null);
    }

    [Test]
    public void Order_fault_and_dispute_counts_are_separate()
    {
        var rules = Compile("""
            [ { "name": "2nd", "when": { "operation": "acceptOrder", "nthCall": 2 },
                "then": { "order": [], "fault": { "status": 503 } } } ]
            """);
        var counter = new RuleCallCounter();

        var fault1 = rules.FaultFor("acceptOrder", RuleFacts.Empty, counter);
        var order1 = rules.OrderTimelineFor(RuleFacts.Empty, counter);
        var fault2 = rules.FaultFor("acceptOrder", RuleFacts.Empty, counter);
        var order2 = rules.OrderTimelineFor(RuleFacts.Empty, counter);

        Assert.That(fault1, Is.Null);
        Assert.That(order1, Is.Not.Empty);
        Assert.That(fault2, Is.Not.Null);
        Assert.That(order2, Is.Empty);
    }

    [Test]
    public void Operations_without_fault_rules_take_the_fast_path_without_allocating()
    {
        var rules = Compile("""[ { "name": "r", "when": { "operation": "acceptOrder" }, "then": { "fault": { "status": 503 } } } ]""");
        var counter = new RuleCallCounter();
        var facts = new RuleFacts { AmountRub = 1 };
        rules.FaultFor("getOrder", facts, counter);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            rules.FaultFor("getOrder", facts, counter);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.Zero);
        Assert.That(rules.HasFaultsFor("getOrder"), Is.False);
        Assert.That(rules.HasFaultsFor("acceptOrder"), Is.True);
    }

    [Test]
    public void Rules_built_in_code_need_an_operation_for_faults()
    {
        var scenario = ScenarioText.Load(ScenarioText.Minimal) with
        {
            Rules = [new ScenarioRule { Name = "bad", Then = new RuleOutcome { Fault = new FaultSpec { Status = 503 } } }],
        };

        Assert.That(() => new ScenarioRules(scenario), Throws.ArgumentException.With.Message.Contains("'bad'"));
    }

    private static ScenarioRules Compile(string rulesJson) => new(ScenarioText.Load(ScenarioText.WithRules(rulesJson)));
}
