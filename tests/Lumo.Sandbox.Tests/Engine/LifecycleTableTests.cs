using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.StateMachines;

namespace Lumo.Sandbox.Tests.Engine;

/// <summary>Every (state, trigger) pair of each lifecycle: the allowed ones lead where the API says, all others throw.</summary>
public sealed class LifecycleTableTests
{
    // The expected lifecycles, written out independently of the engine's tables.
    private static readonly Dictionary<(OrderStatus, OrderTrigger), OrderStatus> ExpectedOrder = new()
    {
        [(OrderStatus.Created, OrderTrigger.Start)] = OrderStatus.InProgress,
        [(OrderStatus.Created, OrderTrigger.Complete)] = OrderStatus.Success,
        [(OrderStatus.Created, OrderTrigger.Fail)] = OrderStatus.Failed,
        [(OrderStatus.Created, OrderTrigger.Timeout)] = OrderStatus.Failed,
        [(OrderStatus.InProgress, OrderTrigger.Complete)] = OrderStatus.Success,
        [(OrderStatus.InProgress, OrderTrigger.Fail)] = OrderStatus.Failed,
        [(OrderStatus.InProgress, OrderTrigger.Timeout)] = OrderStatus.Failed,
        [(OrderStatus.Success, OrderTrigger.Dispute)] = OrderStatus.Disputed,
        [(OrderStatus.Failed, OrderTrigger.Dispute)] = OrderStatus.Disputed,
    };

    private static readonly Dictionary<(QuoteState, QuoteTrigger), QuoteState> ExpectedQuote = new()
    {
        [(QuoteState.Active, QuoteTrigger.Accept)] = QuoteState.Accepted,
        [(QuoteState.Active, QuoteTrigger.Expire)] = QuoteState.Expired,
    };

    private static readonly Dictionary<(DisputeStatus, DisputeTrigger), DisputeStatus> ExpectedDispute = new()
    {
        [(DisputeStatus.Submitted, DisputeTrigger.Review)] = DisputeStatus.InReview,
        [(DisputeStatus.Submitted, DisputeTrigger.Resolve)] = DisputeStatus.Resolved,
        [(DisputeStatus.Submitted, DisputeTrigger.Reject)] = DisputeStatus.Rejected,
        [(DisputeStatus.InReview, DisputeTrigger.Resolve)] = DisputeStatus.Resolved,
        [(DisputeStatus.InReview, DisputeTrigger.Reject)] = DisputeStatus.Rejected,
    };

    private static readonly Dictionary<(DepositStatus, DepositTrigger), DepositStatus> ExpectedDeposit = new()
    {
        [(DepositStatus.Pending, DepositTrigger.Confirm)] = DepositStatus.Pending,
        [(DepositStatus.Pending, DepositTrigger.Settle)] = DepositStatus.Confirmed,
        [(DepositStatus.Pending, DepositTrigger.Fail)] = DepositStatus.Failed,
    };

    public static IEnumerable<TestCaseData> OrderPairs() =>
        from s in Enum.GetValues<OrderStatus>()
        from t in Enum.GetValues<OrderTrigger>()
        select new TestCaseData(s.ToString(), t.ToString()).SetName($"Order {s} + {t}");

    public static IEnumerable<TestCaseData> QuotePairs() =>
        from s in Enum.GetValues<QuoteState>()
        from t in Enum.GetValues<QuoteTrigger>()
        select new TestCaseData(s.ToString(), t.ToString()).SetName($"Quote {s} + {t}");

    public static IEnumerable<TestCaseData> DisputePairs() =>
        from s in Enum.GetValues<DisputeStatus>()
        from t in Enum.GetValues<DisputeTrigger>()
        select new TestCaseData(s.ToString(), t.ToString()).SetName($"Dispute {s} + {t}");

    public static IEnumerable<TestCaseData> DepositPairs() =>
        from s in Enum.GetValues<DepositStatus>()
        from t in Enum.GetValues<DepositTrigger>()
        select new TestCaseData(s.ToString(), t.ToString()).SetName($"Deposit {s} + {t}");

    [TestCaseSource(nameof(OrderPairs))]
    public void Order_transition_is_allowed_exactly_when_the_lifecycle_says(string fromName, string triggerName)
    {
        var from = Enum.Parse<OrderStatus>(fromName);
        var trigger = Enum.Parse<OrderTrigger>(triggerName);
        if (ExpectedOrder.TryGetValue((from, trigger), out var to))
        {
            Assert.That(Lifecycles.Order.Fire(from, trigger), Is.EqualTo(to));
        }
        else
        {
            Assert.That(() => Lifecycles.Order.Fire(from, trigger), Throws.TypeOf<IllegalTransitionException>());
        }
    }

    [TestCaseSource(nameof(QuotePairs))]
    public void Quote_transition_is_allowed_exactly_when_the_lifecycle_says(string fromName, string triggerName)
    {
        var from = Enum.Parse<QuoteState>(fromName);
        var trigger = Enum.Parse<QuoteTrigger>(triggerName);
        if (ExpectedQuote.TryGetValue((from, trigger), out var to))
        {
            Assert.That(Lifecycles.Quote.Fire(from, trigger), Is.EqualTo(to));
        }
        else
        {
            Assert.That(() => Lifecycles.Quote.Fire(from, trigger), Throws.TypeOf<IllegalTransitionException>());
        }
    }

    [TestCaseSource(nameof(DisputePairs))]
    public void Dispute_transition_is_allowed_exactly_when_the_lifecycle_says(string fromName, string triggerName)
    {
        var from = Enum.Parse<DisputeStatus>(fromName);
        var trigger = Enum.Parse<DisputeTrigger>(triggerName);
        if (ExpectedDispute.TryGetValue((from, trigger), out var to))
        {
            Assert.That(Lifecycles.Dispute.Fire(from, trigger), Is.EqualTo(to));
        }
        else
        {
            Assert.That(() => Lifecycles.Dispute.Fire(from, trigger), Throws.TypeOf<IllegalTransitionException>());
        }
    }

    [TestCaseSource(nameof(DepositPairs))]
    public void Deposit_transition_is_allowed_exactly_when_the_lifecycle_says(string fromName, string triggerName)
    {
        var from = Enum.Parse<DepositStatus>(fromName);
        var trigger = Enum.Parse<DepositTrigger>(triggerName);
        if (ExpectedDeposit.TryGetValue((from, trigger), out var to))
        {
            Assert.That(Lifecycles.Deposit.Fire(from, trigger), Is.EqualTo(to));
        }
        else
        {
            Assert.That(() => Lifecycles.Deposit.Fire(from, trigger), Throws.TypeOf<IllegalTransitionException>());
        }
    }

    [Test]
    public void Tables_hold_no_transition_beyond_the_expected_ones()
    {
        Assert.That(Lifecycles.Dispute.Transitions.Count(), Is.EqualTo(ExpectedDispute.Count));
        Assert.That(Lifecycles.Deposit.Transitions.Count(), Is.EqualTo(ExpectedDeposit.Count));
        Assert.That(Lifecycles.Order.Transitions.Count(), Is.EqualTo(ExpectedOrder.Count));
        Assert.That(Lifecycles.Quote.Transitions.Count(), Is.EqualTo(ExpectedQuote.Count));
    }
}
