namespace Lumo.Sandbox.Tests;

public sealed class SmokeTests
{
    [Test]
    public void Builds() => Assert.That(typeof(SmokeTests).Assembly.GetName().Name, Is.EqualTo("Lumo.Sandbox.Tests"));
}
