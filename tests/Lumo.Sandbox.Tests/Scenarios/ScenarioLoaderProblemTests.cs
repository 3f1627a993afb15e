using System.Text.Json.Nodes;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class ScenarioLoaderProblemTests
{
    private const string TwoCompanies = """
        [
          { "name": "A", "email": "a@lumo.test", "password": "p", "apiKey": "lb2b_0123456789abcdef0123456789abcdef",
            "id": "3f1c2a4b-0000-4000-8000-000000000001" },
          { "name": "B", "email": "A@Lumo.Test", "password": "p", "apiKey": "lb2b_0123456789abcdef0123456789abcdef",
            "id": "3f1c2a4b-0000-4000-8000-000000000001" }
        ]
        """;

    [Test]
    public void Missing_name_is_reported_at_the_root()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d.Remove("name")));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Problems, Has.Some.Matches<ScenarioProblem>(p => p.Path == "$" && p.Message.Contains("\"name\"", StringComparison.Ordinal)));
    }

    [Test]
    public void Bad_email_is_reported_at_the_email()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["companies"]![0]!["email"] = "not-an-email"));

        Assert.That(result.Problems, Is.EqualTo(new[] { new ScenarioProblem("$.companies[0].email", "Value does not match format \"email\"") }));
    }

    [Test]
    public void Unknown_property_is_reported_at_the_property_with_the_allowed_ones()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["companies"]![0]!["emial"] = "a@lumo.test"));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.companies[0].emial" }));
        Assert.That(result.Problems[0].Message, Does.StartWith("unknown property; allowed: id, name, email, password"));
    }

    [Test]
    public void Unknown_top_level_property_is_reported()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["timings"] = new JsonObject()));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.timings" }));
    }

    [Test]
    public void Bad_api_key_names_the_pattern()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["companies"]![0]!["apiKey"] = "lb2b_ABC"));

        Assert.That(result.Problems, Is.EqualTo(new[]
        {
            new ScenarioProblem("$.companies[0].apiKey", "does not match the pattern ^lb2b_[0-9a-f]{32}$"),
        }));
    }

    [Test]
    public void Bad_enum_lists_the_allowed_values()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["clock"] = new JsonObject { ["mode"] = "fast" }));

        Assert.That(result.Problems, Is.EqualTo(new[] { new ScenarioProblem("$.clock.mode", "must be one of \"real\", \"virtual\"") }));
    }

    [Test]
    public void Every_schema_problem_is_reported_at_once()
    {
        var result = ScenarioText.Parse("""
            {
              "name": "",
              "seed": 1.5,
              "companies": [ { "name": "A", "email": "a@lumo.test", "password": "p", "qrRateOffsetBps": 10001,
                               "usdtBalance": -1, "depositForwardAddress": "0xabc" } ],
              "deposits": [ { "company": "a@lumo.test", "amountUsdt": 0 } ]
            }
            """);

        Assert.That(result.Problems.Select(p => p.Path), Is.EquivalentTo(new[]
        {
            "$.name", "$.seed", "$.companies[0].usdtBalance", "$.companies[0].qrRateOffsetBps",
            "$.companies[0].depositForwardAddress", "$.deposits[0].amountUsdt",
        }));
    }

    [Test]
    public void Duplicates_are_reported_at_the_second_company()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["companies"] = JsonNode.Parse(TwoCompanies)));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[]
        {
            "$.companies[1].email", "$.companies[1].apiKey", "$.companies[1].id",
        }));
        Assert.That(result.Problems[0].Message, Is.EqualTo("duplicate email \"A@Lumo.Test\" (already used at $.companies[0])"));
    }

    [Test]
    public void Duplicate_user_wallet_external_ids_are_reported()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d =>
            d["companies"]![0]!["userWallets"] = JsonNode.Parse("""[ { "externalId": "u1" }, { "externalId": "u1", "isBlocked": true } ]""")));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.companies[0].userWallets[1].externalId" }));
    }

    [Test]
    public void Deposit_must_name_an_existing_company()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d =>
            d["deposits"] = JsonNode.Parse("""[ { "company": "a@lumo.test", "amountUsdt": 1 }, { "company": "b@lumo.test", "amountUsdt": 1 } ]""")));

        Assert.That(result.Problems, Is.EqualTo(new[] { new ScenarioProblem("$.deposits[1].company", "no company has the email \"b@lumo.test\"") }));
    }

    [Test]
    public void Rate_sequence_must_be_ordered_by_after_seconds()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["rate"] = JsonNode.Parse("""
            { "usdtRub": 95, "sequence": [ { "afterSeconds": 60, "usdtRub": 96 }, { "afterSeconds": 60, "usdtRub": 97 }, { "afterSeconds": 30, "usdtRub": 98 } ] }
            """)));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.rate.sequence[1].afterSeconds", "$.rate.sequence[2].afterSeconds" }));
    }

    [Test]
    public void Failure_reason_only_on_failed_steps()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["defaults"] = JsonNode.Parse("""
            { "order": [ { "afterSeconds": 1, "status": "in_progress", "failureReason": "x" }, { "afterSeconds": 2, "status": "failed", "failureReason": "y" } ] }
            """)));

        Assert.That(result.Problems, Is.EqualTo(new[] { new ScenarioProblem("$.defaults.order[0].failureReason", "is only allowed with status \"failed\"") }));
    }

    [Test]
    public void Resolution_and_refund_amount_only_where_they_belong()
    {
        var result = ScenarioText.Parse(ScenarioText.WithRules("""
            [ { "name": "d", "then": { "dispute": [
                { "afterSeconds": 1, "status": "in_review", "resolution": "refund" },
                { "afterSeconds": 2, "status": "in_review", "refundAmount": 5 },
                { "afterSeconds": 3, "status": "resolved" },
                { "afterSeconds": 4, "status": "resolved", "resolution": "partial_refund" } ] } } ]
            """));

        Assert.That(result.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "$.rules[0].then.dispute[0].resolution: is only allowed with status \"resolved\"",
            "$.rules[0].then.dispute[1].refundAmount: is only allowed with resolution \"partial_refund\"",
            "$.rules[0].then.dispute[2]: status \"resolved\" needs a resolution",
            "$.rules[0].then.dispute[3]: resolution \"partial_refund\" needs a refundAmount",
            "$.rules[0].then.dispute[3]: follows the final status of step 2; a dispute cannot change after resolved or rejected",
        }));
    }

    [Test]
    public void Timelines_must_be_ordered_and_end_at_a_final_status()
    {
        var result = ScenarioText.Parse(ScenarioText.WithRules("""
            [ { "name": "o", "then": { "order": [
                { "afterSeconds": 5, "status": "in_progress" },
                { "afterSeconds": 3, "status": "success" },
                { "afterSeconds": 9, "status": "failed" } ] } } ]
            """));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.rules[0].then.order[1].afterSeconds", "$.rules[0].then.order[2]" }));
    }

    [Test]
    public void Fault_requires_when_operation()
    {
        var withoutWhen = ScenarioText.Parse(ScenarioText.WithRules("""[ { "name": "f", "then": { "fault": { "status": 503 } } } ]"""));
        var withoutOperation = ScenarioText.Parse(ScenarioText.WithRules("""[ { "name": "f", "when": { "amountRub": 1 }, "then": { "fault": { "status": 503 } } } ]"""));

        Assert.That(withoutWhen.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "$.rules[0]: Required properties [\"when\"] are not present" }));
        Assert.That(withoutOperation.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "$.rules[0].when: Required properties [\"operation\"] are not present" }));
    }

    [Test]
    public void Order_rules_need_no_operation_and_the_if_branch_is_not_reported()
    {
        var result = ScenarioText.Parse(ScenarioText.WithRules("""[ { "name": "o", "when": { "amountRub": 1 }, "then": { "order": [] } }, { "name": "bad", "then": {} } ]"""));

        Assert.That(result.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "$.rules[1].then: Value should have at least 1 properties" }));
    }

    [Test]
    public void Unknown_operation_is_rejected()
    {
        var result = ScenarioText.Parse(ScenarioText.WithRules("""[ { "name": "f", "when": { "operation": "acceptorder" }, "then": { "fault": { "status": 503 } } } ]"""));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.rules[0].when.operation" }));
        Assert.That(result.Problems[0].Message, Does.Contain("\"acceptOrder\""));
    }

    [Test]
    public void Fault_that_does_nothing_and_inverted_range_are_reported()
    {
        var result = ScenarioText.Parse(ScenarioText.WithRules("""
            [ { "name": "f", "when": { "operation": "getOrder", "amountRub": { "min": 10, "max": 1 } }, "then": { "fault": { "afterHandling": true } } } ]
            """));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.rules[0].when.amountRub", "$.rules[0].then.fault" }));
    }

    [Test]
    public void Malformed_json_reports_line_and_position()
    {
        var result = ScenarioText.Parse("{\n  \"name\": \"x\",\n  \"companies\": [\n}");

        Assert.That(result.Problems, Has.Count.EqualTo(1));
        Assert.That(result.Problems[0].Path, Is.EqualTo("$"));
        Assert.That(result.Problems[0].Message, Does.StartWith("malformed JSON at line 4, position 1: "));
    }

    [Test]
    public void Duplicate_keys_are_malformed()
    {
        var result = ScenarioText.Parse("""{ "name": "a", "name": "b", "companies": [] }""");

        Assert.That(result.Problems.Single().Message, Does.StartWith("malformed JSON: ").And.Contain("'name'"));
    }

    [TestCase("[]")]
    [TestCase("null")]
    [TestCase("42")]
    public void Non_object_documents_are_rejected(string json) =>
        Assert.That(ScenarioText.Parse(json).Problems, Is.EqualTo(new[] { new ScenarioProblem("$", "a scenario must be a JSON object") }));

    [Test]
    public void Values_beyond_dotnet_ranges_are_problems_not_crashes()
    {
        var result = ScenarioText.Parse(ScenarioText.With(d => d["companies"]![0]!["usdtBalance"] = JsonNode.Parse("1e300")));

        Assert.That(result.Problems.Select(p => p.Path), Is.EqualTo(new[] { "$.companies[0].usdtBalance" }));
    }

    [Test]
    public void Messages_are_prefixed_with_the_source()
    {
        var result = ScenarioLoader.Parse(ScenarioText.With(d => d.Remove("companies")), "request body");

        Assert.That(result.Messages, Is.EqualTo(new[] { "request body: $: Required properties [\"companies\"] are not present" }));
    }

    [Test]
    public void Load_file_throws_with_one_line_per_problem_prefixed_with_the_file()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ScenarioText.With(d => d["companies"] = JsonNode.Parse(TwoCompanies)));
        try
        {
            var exception = Assert.Throws<ScenarioLoadException>(() => ScenarioLoader.LoadFile(path));

            Assert.That(exception!.Problems, Has.Count.EqualTo(3));
            Assert.That(exception.Message.Split('\n'), Has.Length.EqualTo(3).And.All.StartWith($"{path}: $.companies[1]."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_file_reports_a_missing_file()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "does-not-exist.json");

        var exception = Assert.Throws<ScenarioLoadException>(() => ScenarioLoader.LoadFile(path));

        Assert.That(exception!.Message, Does.StartWith($"{path}: $: cannot read the file: "));
    }
}
