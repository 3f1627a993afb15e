namespace Lumo.Sandbox.Http.Load;

/// <summary>The answer to POST /_sandbox/orders/seed: how many orders were added and how many the company now holds.</summary>
internal sealed record SeedOrdersView(Guid CompanyId, int Created, int Total);
