using Lumo.Sandbox.Contract.Validation;
using Lumo.Sandbox.Tests.Support;
using Microsoft.Extensions.Primitives;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// The parameter shortcut (raw text checked without a JSON round trip) may only say "valid" where the full check
/// does: tried on every parameter of every operation with values that are valid, nearly valid and hostile.
/// </summary>
public sealed class ParameterShortcutTests
{
    private static readonly string[] Values =
    [
        "", " ", "0", "1", "-1", "+1", "01", "20", "100", "101", "1000", "1001", "2147483648", "-2147483649", "9223372036854775808",
        "1.0", "1e2", "0x10", " 20", "20 ", "١٢", "NaN", "true", "false", "null",
        "success", "SUCCESS", "in_progress", "created", "failed", "disputed", "submitted", "pending", "confirmed", "refund",
        "7c9e6679-7425-40de-944b-e07fc1f90ae7", "7C9E6679-7425-40DE-944B-E07FC1F90AE7", "7c9e6679742540de944be07fc1f90ae7",
        "7c9e6679-7425-40de-944b-e07fc1f90ae", "{7c9e6679-7425-40de-944b-e07fc1f90ae7}", "00000000-0000-0000-0000-000000000000",
        "lb2b_0123456789abcdef0123456789abcdef", "key-1", "/orders*", "GET", "user-1", "Привет", "\u0000", "\ud800", "\udc00x", "😀",
        new string('a', 255), new string('a', 256), string.Concat(Enumerable.Repeat("😀", 255)), string.Concat(Enumerable.Repeat("😀", 256)),
    ];

    public static IEnumerable<TestCaseData> Parameters() =>
        SandboxTestBase.Contract.Operations.SelectMany(o => o.Validator.Parameters.Select(p =>
            new TestCaseData(o.OperationId, p.Name).SetName($"{o.OperationId} {p.Location} {p.Name}")));

    [TestCaseSource(nameof(Parameters))]
    public void What_the_shortcut_accepts_the_full_check_accepts(string operationId, string name)
    {
        var parameter = Find(operationId, name);
        foreach (var value in Values)
        {
            if (parameter.ShortcutAccepts(new StringValues(value)))
            {
                var errors = new List<string>();
                parameter.ValidateFully(new StringValues(value), errors);
                Assert.That(errors, Is.Empty, $"{operationId} {name}: the shortcut accepted '{value}'");
            }
        }
    }

    // The shortcut is only worth having where requests are frequent: ids, statuses, limits, offsets.
    [TestCase("getOrder", "id", "7c9e6679-7425-40de-944b-e07fc1f90ae7")]
    [TestCase("acceptOrder", "id", "7c9e6679-7425-40de-944b-e07fc1f90ae7")]
    [TestCase("acceptOrder", "Idempotency-Key", "key-1")]
    [TestCase("listOrders", "status", "success")]
    [TestCase("listOrders", "limit", "20")]
    [TestCase("listOrders", "offset", "0")]
    public void The_hot_parameters_take_the_shortcut(string operationId, string name, string value) =>
        Assert.That(Find(operationId, name).ShortcutAccepts(new StringValues(value)), Is.True);

    [TestCase("listOrders", "limit", "0")]
    [TestCase("listOrders", "limit", "101")]
    [TestCase("listOrders", "status", "SUCCESS")]
    [TestCase("getOrder", "id", "not-a-uuid")]
    [TestCase("acceptOrder", "Idempotency-Key", "")]
    public void Invalid_values_take_the_full_check_and_get_its_message(string operationId, string name, string value)
    {
        var parameter = Find(operationId, name);
        var errors = new List<string>();

        parameter.Validate(new StringValues(value), errors);

        Assert.That(parameter.ShortcutAccepts(new StringValues(value)), Is.False);
        Assert.That(errors, Has.Count.EqualTo(1).And.All.StartsWith(name));
    }

    private static ParameterValidator Find(string operationId, string name) =>
        SandboxTestBase.Contract.Operations.Single(o => o.OperationId == operationId).Validator.Parameters.Single(p => p.Name == name);
}
