using Lumo.Sandbox.Engine.Clock;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class EmbeddedDefaultScenarioTests
{
    [Test]
    public void Embedded_default_equals_scenarios_default_json() =>
        Assert.That(ScenarioLoader.LoadEmbeddedDefault(), Is.EqualTo(ScenarioLoader.LoadFile(RepoScenarios.PathOf("default.json"))));

    [Test]
    public void Embedded_schema_is_scenarios_schema_file() =>
        Assert.That(ScenarioLoader.SchemaJson, Is.EqualTo(File.ReadAllText(RepoScenarios.PathOf("scenario.schema.json"))));

    [Test]
    public void Default_scenario_settings()
    {
        var scenario = ScenarioLoader.LoadEmbeddedDefault();

        Assert.That(scenario.Name, Is.EqualTo("default"));
        Assert.That(scenario.Seed, Is.EqualTo(42));
        Assert.That(scenario.Clock, Is.EqualTo(new ScenarioClock { Mode = ClockMode.Real }));
        Assert.That(scenario.Rate.UsdtRub, Is.EqualTo(95.00m));
        Assert.That(scenario.Timing, Is.EqualTo(new ScenarioTiming()));
        Assert.That(scenario.Defaults, Is.EqualTo(new ScenarioDefaults()));
    }

    [Test]
    public void Default_scenario_has_the_documented_demo_company()
    {
        var demo = ScenarioLoader.LoadEmbeddedDefault().Companies[0];

        Assert.That(demo.Name, Is.EqualTo("Demo Company"));
        Assert.That(demo.Email, Is.EqualTo("demo@lumo.test"));
        Assert.That(demo.Password, Is.EqualTo("demo-password"));
        Assert.That(demo.ApiKey, Is.EqualTo("lb2b_0123456789abcdef0123456789abcdef"));
        Assert.That(demo.UsdtBalance, Is.EqualTo(10000m));
        Assert.That(demo.TrxBalance, Is.EqualTo(100m));
        Assert.That(demo.QrRateOffsetBps, Is.Zero);
        Assert.That(demo.IsActive, Is.True);
        Assert.That(demo.WebhookSecret, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void Default_scenario_has_an_inactive_company()
    {
        var inactive = ScenarioLoader.LoadEmbeddedDefault().FindCompanyByEmail("inactive@lumo.test");

        Assert.That(inactive, Is.Not.Null);
        Assert.That(inactive!.Name, Is.EqualTo("Inactive Company"));
        Assert.That(inactive.Password, Is.EqualTo("inactive-password"));
        Assert.That(inactive.ApiKey, Is.EqualTo("lb2b_ffffffffffffffffffffffffffffffff"));
        Assert.That(inactive.IsActive, Is.False);
    }

    [TestCase("100.00", "Success", 3, null)]
    [TestCase("4001.00", "Failed", 3, "payment_rejected")]
    [TestCase("4003.00", "Success", 240, null)]
    [TestCase("4004.00", "Success", 3, null)]
    [TestCase("4005.00", "Success", 3, null)]
    public void Magic_amount_order_timelines(string amountRub, string status, int afterSeconds, string? failureReason)
    {
        var rules = new ScenarioRules(ScenarioLoader.LoadEmbeddedDefault());

        var timeline = rules.OrderTimelineFor(Facts(amountRub), new RuleCallCounter());

        Assert.That(timeline, Is.EqualTo(new[]
        {
            new OrderStep { After = TimeSpan.FromSeconds(afterSeconds), Status = Enum.Parse<OrderStepStatus>(status), FailureReason = failureReason },
        }));
    }

    [Test]
    public void Amount_4002_is_never_paid()
    {
        var rules = new ScenarioRules(ScenarioLoader.LoadEmbeddedDefault());

        Assert.That(rules.OrderTimelineFor(Facts("4002.00"), new RuleCallCounter()), Is.Empty);
    }

    [Test]
    public void Amount_4004_accept_answers_503_the_first_time_only()
    {
        var rules = new ScenarioRules(ScenarioLoader.LoadEmbeddedDefault());
        var counter = new RuleCallCounter();

        var first = rules.FaultFor("acceptOrder", Facts("4004.00"), counter);
        var second = rules.FaultFor("acceptOrder", Facts("4004.00"), counter);

        Assert.That(first, Is.Not.Null);
        Assert.That(first!.Status, Is.EqualTo(503));
        Assert.That(first.Message, Is.EqualTo("Service temporarily unavailable"));
        Assert.That(first.AfterHandling, Is.False);
        Assert.That(second, Is.Null);
    }

    [Test]
    public void Amount_4005_accept_is_handled_then_delayed_the_first_time_only()
    {
        var rules = new ScenarioRules(ScenarioLoader.LoadEmbeddedDefault());
        var counter = new RuleCallCounter();

        var first = rules.FaultFor("acceptOrder", Facts("4005.00"), counter);
        var second = rules.FaultFor("acceptOrder", Facts("4005.00"), counter);

        Assert.That(first, Is.EqualTo(new FaultSpec { Delay = TimeSpan.FromSeconds(10), AfterHandling = true, Times = 1 }));
        Assert.That(second, Is.Null);
    }

    [Test]
    public void Other_amounts_and_operations_have_no_fault()
    {
        var rules = new ScenarioRules(ScenarioLoader.LoadEmbeddedDefault());

        Assert.That(rules.FaultFor("acceptOrder", Facts("100.00"), new RuleCallCounter()), Is.Null);
        Assert.That(rules.FaultFor("getOrder", Facts("4004.00"), new RuleCallCounter()), Is.Null);
    }

    [Test]
    public void Disputes_follow_the_default_timeline()
    {
        var rules = new ScenarioRules(ScenarioLoader.LoadEmbeddedDefault());

        var timeline = rules.DisputeTimelineFor(Facts("4001.00") with { DisputeReason = "not paid" }, new RuleCallCounter());

        Assert.That(timeline, Is.EqualTo(new[]
        {
            new DisputeStep { After = TimeSpan.FromSeconds(60), Status = DisputeStepStatus.InReview },
            new DisputeStep { After = TimeSpan.FromSeconds(600), Status = DisputeStepStatus.Resolved, Resolution = DisputeResolution.Refund },
        }));
    }

    private static RuleFacts Facts(string amountRub) =>
        new() { OperationId = "acceptOrder", AmountRub = decimal.Parse(amountRub, System.Globalization.CultureInfo.InvariantCulture) };
}
