using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Tests.Engine;

public sealed class TronAddressTests
{
    [Test]
    public void Generated_addresses_are_valid_base58check_and_deterministic()
    {
        var a = new SandboxRandom(7);
        var b = new SandboxRandom(7);
        for (var i = 0; i < 50; i++)
        {
            var address = a.NextTronAddress();
            Assert.That(address, Does.Match("^T[1-9A-HJ-NP-Za-km-z]{33}$"));
            Assert.That(TronAddress.IsValid(address), Is.True);
            Assert.That(b.NextTronAddress(), Is.EqualTo(address));
        }
    }

    [TestCase("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", true)]
    [TestCase("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u", false)]
    [TestCase("AXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", false)]
    [TestCase("T0YZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", false)]
    [TestCase("", false)]
    public void Known_addresses_are_checked_by_checksum(string address, bool valid) =>
        Assert.That(TronAddress.IsValid(address), Is.EqualTo(valid));
}
