using Lumo.Sandbox.Drift;
using Microsoft.Extensions.Time.Testing;

namespace Lumo.Sandbox.Tests.Drift;

/// <summary>The report's merging and its bounds, on a fake clock.</summary>
public sealed class DriftLogTests
{
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void StartTheClock() => _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public void The_same_kind_status_and_path_merge_and_differ_by_any_of_them_otherwise()
    {
        var log = new DriftLog("https://upstream.example/", _time);
        log.Record("getOrder", "GET", "/orders/{id}", 200, [Body("$.amountUsdt")], () => "first");
        _time.Advance(TimeSpan.FromSeconds(10));
        log.Record("getOrder", "GET", "/orders/{id}", 200, [Body("$.amountUsdt")], () => "second");
        log.Record("getOrder", "GET", "/orders/{id}", 404, [Body("$.amountUsdt")], () => "other status");
        log.Record("getOrder", "GET", "/orders/{id}", 200, [Body("$.amountRub")], () => "other path");
        log.Record("getOrder", "GET", "/orders/{id}", 200, [], () => "conforming");

        var report = log.Snapshot();

        var findings = report.Operations.Single().Findings;
        Assert.That(findings, Has.Count.EqualTo(3));
        var merged = findings.Single(f => f.Status == 200 && f.Path == "$.amountUsdt");
        Assert.That(merged.Count, Is.EqualTo(2));
        Assert.That(merged.Example, Is.EqualTo("first"));
        Assert.That(merged.FirstSeenAt, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.That(merged.LastSeenAt, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 12, 0, 10, TimeSpan.Zero)));
        Assert.That((report.Calls, report.Conforming), Is.EqualTo((5L, 1L)));
    }

    [Test]
    public void Findings_are_kept_up_to_the_bound_and_counted_past_it()
    {
        var log = new DriftLog(null, _time);
        for (var i = 0; i < DriftLog.MaxFindings - 1; i++)
        {
            log.Record("getOrder", "GET", "/orders/{id}", 200, [Body($"$.p{i}")], () => "x");
        }

        log.Record("getOrder", "GET", "/orders/{id}", 200, [Body("$.last")], () => "x");
        var atTheBound = log.Snapshot();
        log.Record("getOrder", "GET", "/orders/{id}", 200, [Body("$.beyond")], () => "x");
        log.Record("getOrder", "GET", "/orders/{id}", 200, [Body("$.last")], () => "x");
        var pastIt = log.Snapshot();

        Assert.That((atTheBound.FindingCount, atTheBound.FindingsDropped), Is.EqualTo((DriftLog.MaxFindings, 0L)));
        Assert.That((pastIt.FindingCount, pastIt.FindingsDropped), Is.EqualTo((DriftLog.MaxFindings, 1L)));
        Assert.That(pastIt.Operations.Single().Findings.Single(f => f.Path == "$.last").Count, Is.EqualTo(2), "a kept finding still counts");
    }

    [Test]
    public void Operations_are_kept_up_to_the_bound()
    {
        var log = new DriftLog(null, _time);
        for (var i = 0; i < DriftLog.MaxOperations; i++)
        {
            log.Record(null, "GET", $"/unknown/{i}", 200, [], () => "x");
        }

        log.Record(null, "GET", "/unknown/one-more", 200, [Body("$")], () => "x");

        var report = log.Snapshot();
        Assert.That(report.Operations, Has.Count.EqualTo(DriftLog.MaxOperations));
        Assert.That(report.FindingsDropped, Is.EqualTo(1));
    }

    [Test]
    public void Clearing_starts_the_report_again_from_now()
    {
        var log = new DriftLog(null, _time);
        log.Record("getOrder", "GET", "/orders/{id}", 200, [Body("$.a")], () => "x");
        log.RecordFailure("getOrder", "GET", "/orders/{id}", 504, "slow");
        _time.Advance(TimeSpan.FromMinutes(1));

        log.Clear();

        var report = log.Snapshot();
        Assert.That((report.Calls, report.Failed, report.FindingCount, report.LastFailure), Is.EqualTo((0L, 0L, 0, (DriftFailure?)null)));
        Assert.That(report.Since, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 12, 1, 0, TimeSpan.Zero)));
    }

    private static Mismatch Body(string path) => new(DriftKind.ResponseBody, path, path, "number", "string \"1\"");
}
