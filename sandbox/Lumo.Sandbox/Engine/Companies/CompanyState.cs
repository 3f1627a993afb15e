using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Idempotency;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Engine.UserWallets;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Engine.Companies;

/// <summary>
/// Everything one company (tenant) owns. All of it is read and changed under <see cref="Lock"/>, so money and
/// state move together and tenants never wait on each other.
/// </summary>
internal sealed class CompanyState
{
    public Lock Lock { get; } = new();

    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Password { get; init; }

    public required string ApiKey { get; set; }

    public required bool IsActive { get; set; }

    public required string Address { get; init; }

    public required string WebhookSecret { get; init; }

    public required int QrRateOffsetBps { get; init; }

    public required Ledger Ledger { get; init; }

    public required SandboxRandom Random { get; init; }

    public required IdempotencyStore Idempotency { get; init; }

    public string? ContactEmail { get; set; }

    public string? ContactTelegram { get; set; }

    public string? WebhookUrl { get; set; }

    public string? DepositForwardAddress { get; set; }

    /// <summary>True for tenants made through the control API (a reset removes them).</summary>
    public bool CreatedAtRuntime { get; init; }

    public QuoteBook Quotes { get; } = new();

    public NewestFirstBook<Order, OrderStatus> Orders { get; } = new();

    /// <summary>Finished orders by the time (ticks) retention may forget them; see <see cref="OrderRetention"/>.</summary>
    public PriorityQueue<Order, long> FinishedOrders { get; } = new();

    public RuleCallCounter RuleCalls { get; } = new();

    public DisputeBook Disputes { get; } = new();

    /// <summary>Deposits to the company's own address (user deposits live with their wallet).</summary>
    public NewestFirstBook<Deposit, DepositStatus> Deposits { get; } = new();

    public UserWalletBook UserWallets { get; } = new();
}
