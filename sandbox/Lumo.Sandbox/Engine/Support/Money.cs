namespace Lumo.Sandbox.Engine.Support;

/// <summary>Money is decimal, shown with 2 decimals, rounded half away from zero.</summary>
internal static class Money
{
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
