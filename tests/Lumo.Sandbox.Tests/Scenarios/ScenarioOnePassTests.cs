using Lumo.Sandbox.Scenarios.Validation;

namespace Lumo.Sandbox.Tests.Scenarios;

/// <summary>A scenario's problems come in one report: the schema's and the semantic checks' together.</summary>
public sealed class ScenarioOnePassTests
{
    [Test]
    public void Misspelled_fields_and_min_above_max_are_reported_together()
    {
        var result = ScenarioText.Parse(ScenarioText.WithRules("""
            [ { "name": "slow", "whne": {}, "when": { "operation": "getOrder", "amountRub": { "min": 10, "max": 5 } }, "then": { "fault": { "delayMs": 5 } } },
              { "name": "typo", "when": { "operation": "getOrder" }, "then": { "fault": { "status": 503 }, "fualt": 1 } } ]
            """));

        Assert.That(result.Problems.Select(p => p.Path), Is.EquivalentTo(new[] { "$.rules[0].whne", "$.rules[1].then.fualt", "$.rules[0].when.amountRub" }));
        Assert.That(result.Problems.Single(p => p.Path == "$.rules[0].when.amountRub").Message, Is.EqualTo("min (10) must not be greater than max (5)"));
    }

    [Test]
    public void A_semantic_problem_inside_a_rejected_property_is_not_reported_twice()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d =>
        {
            d["companies"]![0]!["emial"] = "x@lumo.test";
            d["companies"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "name": "B", "email": "A@lumo.test", "password": "p" }"""));
        }));

        Assert.That(result.Problems.Select(p => p.ToString()), Is.EquivalentTo(new[]
        {
            result.Problems.Single(p => p.Path == "$.companies[0].emial").ToString(),
            "$.companies[1].email: duplicate email \"A@lumo.test\" (already used at $.companies[0])",
        }));
    }

    [Test]
    public void A_problem_in_an_array_item_stops_at_the_schemas_problems()
    {
        var result = ScenarioText.Parse(ScenarioText.WithRules("""
            [ 5, { "name": "r", "when": { "operation": "getOrder", "amountRub": { "min": 10, "max": 5 } }, "then": { "fault": { "delayMs": 5 } } } ]
            """));

        Assert.That(result.Problems.Select(p => p.Path), Has.None.EqualTo("$.rules[1].when.amountRub"));
        Assert.That(result.Problems, Is.Not.Empty);
    }

    [TestCase("$", new object[0])]
    [TestCase("$.rules[12].when", new object[] { "rules", 12, "when" })]
    [TestCase("$['odd.name']['it\\'s'][0]", new object[] { "odd.name", "it's", 0 })]
    public void Paths_read_back_into_steps(string path, object[] steps)
    {
        Assert.That(ScenarioPath.Steps(path), Is.EqualTo(steps));
        Assert.That(steps.Aggregate(ScenarioPath.Root, (p, s) => s is int i ? ScenarioPath.Item(p, i) : ScenarioPath.Property(p, (string)s)), Is.EqualTo(path));
    }
}
