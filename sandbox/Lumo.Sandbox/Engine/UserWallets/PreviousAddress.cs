namespace Lumo.Sandbox.Engine.UserWallets;

/// <summary>An address a user wallet had before a replacement (also its wire shape).</summary>
internal sealed record PreviousAddress(string Address, DateTimeOffset ReplacedAt);
