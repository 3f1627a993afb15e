using Lumo.Sandbox.Scenarios.Validation;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class ScenarioPathTests
{
    [TestCase("", "$")]
    [TestCase("/name", "$.name")]
    [TestCase("/companies/0/email", "$.companies[0].email")]
    [TestCase("/rules/12/then/order/3/afterSeconds", "$.rules[12].then.order[3].afterSeconds")]
    [TestCase("/$schema", "$['$schema']")]
    [TestCase("/a~1b/c~0d", "$['a/b']['c~d']")]
    [TestCase("/it's", "$['it\\'s']")]
    public void Converts_json_pointers_to_json_paths(string pointer, string path) =>
        Assert.That(ScenarioPath.FromPointer(pointer), Is.EqualTo(path));
}
