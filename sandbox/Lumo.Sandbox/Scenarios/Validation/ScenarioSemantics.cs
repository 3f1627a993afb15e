using Lumo.Sandbox.Engine.Disputes;

namespace Lumo.Sandbox.Scenarios.Validation;

/// <summary>
/// Checks the JSON Schema cannot express (uniqueness across items, references between sections, ordering, and
/// properties that depend on another property's value), run on a schema-valid scenario.
/// </summary>
internal static class ScenarioSemantics
{
    public static IReadOnlyList<ScenarioProblem> Check(Scenario scenario)
    {
        var problems = new List<ScenarioProblem>();
        CheckCompanies(scenario.Companies, problems);
        CheckRateSequence(scenario.Rate.Sequence, problems);
        CheckOrderTimeline(scenario.Defaults.Order, "$.defaults.order", problems);
        CheckDisputeTimeline(scenario.Defaults.Dispute, "$.defaults.dispute", problems);
        for (var index = 0; index < scenario.Rules.Count; index++)
        {
            CheckRule(scenario.Rules[index], $"$.rules[{index}]", problems);
        }

        for (var index = 0; index < scenario.Deposits.Count; index++)
        {
            var deposit = scenario.Deposits[index];
            if (scenario.FindCompanyByEmail(deposit.Company) is null)
            {
                problems.Add(new($"$.deposits[{index}].company", $"no company has the email \"{deposit.Company}\""));
            }
        }

        return problems;
    }

    private static void CheckCompanies(IReadOnlyList<ScenarioCompany> companies, List<ScenarioProblem> problems)
    {
        // Logins compare emails case-insensitively, so uniqueness does too; keys and ids are exact.
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var apiKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<Guid, int>();
        for (var index = 0; index < companies.Count; index++)
        {
            var company = companies[index];
            CheckUnique(emails, company.Email, index, "$.companies", "email", problems);
            if (company.ApiKey is not null)
            {
                CheckUnique(apiKeys, company.ApiKey, index, "$.companies", "apiKey", problems);
            }

            if (company.Id is Guid id)
            {
                CheckUnique(ids, id, index, "$.companies", "id", problems);
            }

            // POST /user-wallets is create-or-return per externalId, so two wallets with one externalId cannot exist.
            var externalIds = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var wallet = 0; wallet < company.UserWallets.Count; wallet++)
            {
                CheckUnique(externalIds, company.UserWallets[wallet].ExternalId, wallet, $"$.companies[{index}].userWallets", "externalId", problems);
            }
        }
    }

    private static void CheckUnique<TKey>(
        Dictionary<TKey, int> seen, TKey value, int index, string collectionPath, string property, List<ScenarioProblem> problems)
        where TKey : notnull
    {
        if (seen.TryGetValue(value, out var first))
        {
            problems.Add(new(
                $"{collectionPath}[{index}].{property}",
                $"duplicate {property} \"{value}\" (already used at {collectionPath}[{first}])"));
        }
        else
        {
            seen.Add(value, index);
        }
    }

    private static void CheckRateSequence(IReadOnlyList<RateStep> sequence, List<ScenarioProblem> problems)
    {
        for (var index = 1; index < sequence.Count; index++)
        {
            if (sequence[index].After <= sequence[index - 1].After)
            {
                problems.Add(new(
                    $"$.rate.sequence[{index}].afterSeconds",
                    $"must be greater than the previous step's afterSeconds ({sequence[index - 1].After.TotalSeconds})"));
            }
        }
    }

    private static void CheckRule(ScenarioRule rule, string path, List<ScenarioProblem> problems)
    {
        if (rule.When.AmountRub is { Min: decimal min, Max: decimal max } && min > max)
        {
            problems.Add(new($"{path}.when.amountRub", $"min ({min}) must not be greater than max ({max})"));
        }

        if (rule.Then.Order is { } order)
        {
            CheckOrderTimeline(order, $"{path}.then.order", problems);
        }

        if (rule.Then.Dispute is { } dispute)
        {
            CheckDisputeTimeline(dispute, $"{path}.then.dispute", problems);
        }

        if (rule.Then.Fault is { } fault
            && fault.Status is null && fault.Delay == TimeSpan.Zero && !fault.DropConnection && fault.RetryAfter is null)
        {
            problems.Add(new($"{path}.then.fault", "does nothing: give status, delayMs, retryAfterSeconds or dropConnection: true"));
        }
    }

    private static void CheckOrderTimeline(IReadOnlyList<OrderStep> steps, string path, List<ScenarioProblem> problems)
    {
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            // A non-failed step reads a FailureReason only when the file gave one (the default applies to failed).
            if (step.Status != OrderStepStatus.Failed && step.FailureReason is not null)
            {
                problems.Add(new($"{path}[{index}].failureReason", "is only allowed with status \"failed\""));
            }

            if (index > 0)
            {
                var previous = steps[index - 1];
                CheckStepOrder(step.After, previous.After, $"{path}[{index}]", problems);
                if (previous.Status is OrderStepStatus.Success or OrderStepStatus.Failed)
                {
                    problems.Add(new($"{path}[{index}]", $"follows the final status of step {index - 1}; an order cannot change after success or failed"));
                }
            }
        }
    }

    private static void CheckDisputeTimeline(IReadOnlyList<DisputeStep> steps, string path, List<ScenarioProblem> problems)
    {
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            var stepPath = $"{path}[{index}]";
            if (step.Status == DisputeStepStatus.Resolved && step.Resolution is null)
            {
                problems.Add(new(stepPath, "status \"resolved\" needs a resolution"));
            }

            if (step.Status != DisputeStepStatus.Resolved && step.Resolution is not null)
            {
                problems.Add(new($"{stepPath}.resolution", "is only allowed with status \"resolved\""));
            }

            if (step.Resolution == DisputeResolution.PartialRefund && step.RefundAmount is null)
            {
                problems.Add(new(stepPath, "resolution \"partial_refund\" needs a refundAmount"));
            }

            if (step.Resolution != DisputeResolution.PartialRefund && step.RefundAmount is not null)
            {
                problems.Add(new($"{stepPath}.refundAmount", "is only allowed with resolution \"partial_refund\""));
            }

            if (index > 0)
            {
                var previous = steps[index - 1];
                CheckStepOrder(step.After, previous.After, stepPath, problems);
                if (previous.Status is DisputeStepStatus.Resolved or DisputeStepStatus.Rejected)
                {
                    problems.Add(new(stepPath, $"follows the final status of step {index - 1}; a dispute cannot change after resolved or rejected"));
                }
            }
        }
    }

    private static void CheckStepOrder(TimeSpan after, TimeSpan previousAfter, string stepPath, List<ScenarioProblem> problems)
    {
        if (after < previousAfter)
        {
            problems.Add(new($"{stepPath}.afterSeconds", $"must not be less than the previous step's afterSeconds ({previousAfter.TotalSeconds})"));
        }
    }
}
