namespace Lumo.Sandbox.Engine.Orders;

internal enum QuoteState
{
    Active,
    Accepted,
    Expired,
}

internal enum QuoteTrigger
{
    Accept,
    Expire,
}
