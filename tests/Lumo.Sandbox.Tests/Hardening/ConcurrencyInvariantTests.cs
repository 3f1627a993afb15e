using System.Diagnostics;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// 10 000 seeded random operations from 32 parallel clients (4 per company, 8 companies) plus a clock client,
/// over real HTTP: every answer is one the situation allows, and afterwards each company's money, orders and
/// disputes agree with what the clients were told.
/// </summary>
[Category("Hardening")]
public sealed class ConcurrencyInvariantTests : SandboxTestBase
{
    private const int Seed = 20_260_601;
    private const int Companies = 8;
    private const int ClientsPerCompany = 4;
    private const int ClockAdvances = 80;
    private const int OperationsPerClient = 310; // 32 × 310 + 80 clock advances = 10 000
    private const decimal Initial = 60m;

    protected override void Configure(LumoSandboxOptions options) => options.WithVirtualClock().WithScenarioJson(InvariantScenario.Json);

    [Test]
    public async Task Ten_thousand_parallel_operations_keep_every_company_consistent()
    {
        var control = Client();
        var unexpected = new UnexpectedAnswers();
        var companies = new List<InvariantCompany>();
        for (var c = 0; c < Companies; c++)
        {
            companies.Add(new InvariantCompany(await Sandbox.CreateCompanyAsync(usdtBalance: Initial), Initial));
        }

        // The clock moves every 124 operations, in between the others' requests: quotes expire, orders time out.
        using var tick = new SemaphoreSlim(0);
        var done = 0;
        void Done()
        {
            if (Interlocked.Increment(ref done) % 124 == 0)
            {
                tick.Release();
            }
        }

        var clients = Enumerable.Range(0, Companies * ClientsPerCompany)
            .Select(i => new InvariantClient(i, Seed + i, Client(companies[i / ClientsPerCompany].Company.ApiKey), Client(), companies[i / ClientsPerCompany], unexpected))
            .ToList();
        var clockRandom = new Random(Seed - 1);
        var watch = Stopwatch.StartNew();

        await Task.WhenAll([
            .. clients.Select(c => Task.Run(() => c.RunAsync(OperationsPerClient, Done))),
            Task.Run(async () =>
            {
                for (var i = 0; i < ClockAdvances; i++)
                {
                    await tick.WaitAsync();
                    await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(clockRandom.Next(2, 13)));
                }
            }),
        ]);
        var elapsed = watch.Elapsed;
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMinutes(10)); // every timeline ends: payments, deposits, disputes

        TestContext.Out.WriteLine($"{Companies * ClientsPerCompany * OperationsPerClient + ClockAdvances} operations in {elapsed.TotalSeconds:F1} s");
        Assert.That(unexpected.Count, Is.Zero, () => $"unexpected answers:{Environment.NewLine}{unexpected.Examples}");
        var problems = new List<string>();
        foreach (var company in companies)
        {
            problems.AddRange(await CompanyAudit.CheckAsync(company, Client(company.Company.ApiKey), control));
        }

        Assert.That(problems, Is.Empty);
        // The run is only a test of contention if it produced each kind of event.
        Assert.That(companies.Sum(c => c.Accepted.Count), Is.GreaterThan(500));
        Assert.That(companies.Sum(c => c.Completed.Count), Is.GreaterThan(50));
        Assert.That(companies.Sum(c => c.Failed.Count), Is.GreaterThan(50));
        Assert.That(companies.Sum(c => c.DisputedOrders.Count), Is.GreaterThan(50));
        Assert.That(companies.Sum(c => c.Decisions.Count(d => d.Value.Resolution == "partial_refund")), Is.GreaterThan(5));
        var failed = await Sandbox.Orders.ListAsync(status: "failed", limit: 1000);
        Assert.That(failed.Count(o => o.FailureReason == "payment_timeout"), Is.GreaterThan(50), "orders timed out through the clock");
        TestContext.Out.WriteLine(
            $"accepted {companies.Sum(c => c.Accepted.Count)}, completed {companies.Sum(c => c.Completed.Count)}, failed {companies.Sum(c => c.Failed.Count)}, " +
            $"timed out {failed.Count(o => o.FailureReason == "payment_timeout")}, disputed {companies.Sum(c => c.DisputedOrders.Count)}, " +
            $"decided {companies.Sum(c => c.Decisions.Count)}, deposits {companies.Sum(c => c.DepositsCreated)}");
    }
}
