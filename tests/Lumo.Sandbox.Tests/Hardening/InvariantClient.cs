using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// One of the parallel clients of the concurrency run: works for one company, picks each operation with its own
/// seeded random, checks that the answer is one the situation allows, and records what succeeded.
/// </summary>
internal sealed class InvariantClient(int index, int seed, HttpClient api, HttpClient control, InvariantCompany company, UnexpectedAnswers unexpected)
{
    private readonly Random _random = new(seed);
    private int _sequence;

    /// <summary>Runs <paramref name="operations"/> operations; <paramref name="done"/> is told after each.</summary>
    public async Task RunAsync(int operations, Action done)
    {
        for (var i = 0; i < operations; i++)
        {
            await OneAsync(_random.Next(100));
            done();
        }
    }

    private Task OneAsync(int dice) => dice switch
    {
        < 28 => PrepareAsync(),
        < 36 => AcceptAsync(null),
        < 46 => AcceptAsync($"k{index}-{_sequence++}"),
        < 51 => AcceptReplayAsync(),
        < 55 => AcceptWithForeignKeyAsync(),
        < 63 => FinishAsync("complete"),
        < 69 => FinishAsync("fail"),
        < 79 => DisputeAsync(),
        < 88 => DecideAsync(),
        < 94 => DepositAsync(),
        _ => ReadAsync(),
    };

    private async Task PrepareAsync()
    {
        var amountRub = (100 * _random.Next(1, 4)) + _random.Next(100) + (_random.Next(100) / 100m);
        var body = new { qrCode = Qr.ForAmount(amountRub), externalOrderId = $"c{index}-{_sequence++}" };
        var (status, json) = await SendAsync("prepare", api, HttpMethod.Post, "orders/prepare", body, 201);
        if (status == 201)
        {
            company.AddQuote(json.Id(), amountRub, json.Dec("amountUsdt"), json.Dec("rate"));
        }
    }

    private async Task AcceptAsync(string? key)
    {
        if (company.RecentQuote(_random) is not { } quote)
        {
            return;
        }

        // 409: accepted by a rival or expired; 400: insufficient balance.
        var (status, json) = await AcceptCallAsync(quote, key, 201, 400, 409);
        if (status == 201)
        {
            Assert.That(json.Id(), Is.EqualTo(quote), "an accepted order has its quote's id");
            company.AddOrder(quote);
            if (key is not null)
            {
                company.AddKey(key, quote);
            }
        }
    }

    private async Task AcceptReplayAsync()
    {
        if (company.AnyKey(_random) is not { } used)
        {
            return;
        }

        var (status, json) = await AcceptCallAsync(used.QuoteId, used.Key, 201);
        if (status == 201 && json.Id() != used.QuoteId)
        {
            unexpected.Add($"replay of key {used.Key} answered order {json.Id()}, not {used.QuoteId}");
        }
    }

    private async Task AcceptWithForeignKeyAsync()
    {
        if (company.AnyKey(_random) is { } used && company.RecentQuote(_random) is { } quote && quote != used.QuoteId)
        {
            await AcceptCallAsync(quote, used.Key, 409);
        }
    }

    private async Task FinishAsync(string action)
    {
        if (company.RecentOrder(_random) is not { } order)
        {
            return;
        }

        var body = action == "fail" ? new { failureReason = "hardening_fail" } : null;
        var (status, _) = await SendAsync(action, control, HttpMethod.Post, $"_sandbox/orders/{order}/{action}", body, 200, 409);
        if (status == 200)
        {
            (action == "fail" ? company.Failed : company.Completed)[order] = 0;
        }
    }

    private async Task DisputeAsync()
    {
        if (company.AnyOrder(_random) is not { } order)
        {
            return;
        }

        // 409: the order is still open, or its dispute is closed already.
        var reason = _random.Next(4) == 0 ? "please confirm" : "not received";
        var (status, json) = await SendAsync("dispute", api, HttpMethod.Post, $"orders/{order}/disputes", new { reason }, 201, 409);
        if (status == 201)
        {
            company.AddDispute(order, json.Id());
        }
    }

    private async Task DecideAsync()
    {
        if (company.AnyDispute(_random) is not { } dispute)
        {
            return;
        }

        (string Path, object? Body) decision = _random.Next(5) switch
        {
            0 => ("review", null),
            1 => ("resolve", new { resolution = "refund" }),
            2 => ("resolve", new { resolution = "partial_refund", refundAmount = PartialRefund(dispute) }),
            3 => ("resolve", new { resolution = "confirm" }),
            _ => ("reject", new { adminComment = "no grounds" }),
        };
        var (path, body) = decision;
        var (status, json) = await SendAsync(path, control, HttpMethod.Post, $"_sandbox/disputes/{dispute}/{path}", body, 200, 409);
        if (status == 200 && path != "review")
        {
            company.Decisions[dispute] = (json.Str("status"), json.GetProperty("resolution").GetString(), json.GetProperty("refundAmount").ValueKind == JsonValueKind.Number ? json.Dec("refundAmount") : null);
        }
    }

    private decimal PartialRefund(Guid dispute)
    {
        var order = company.DisputedOrders.First(d => d.Value == dispute).Key;
        var amount = company.Quotes[order].AmountUsdt;
        return Math.Max(0.01m, Math.Round(amount * _random.Next(1, 100) / 100m, 2));
    }

    private async Task DepositAsync()
    {
        var amountUsdt = _random.Next(0, 8) + (_random.Next(1, 100) / 100m); // small: balances stay tight, so accepts race for the last USDT
        var confirmations = new[] { 0, 10, 19 }[_random.Next(3)];
        var body = new { companyId = company.Company.Id, amountUsdt, confirmations, fail = _random.Next(10) == 0 };
        var (status, _) = await SendAsync("deposit", control, HttpMethod.Post, "_sandbox/deposits", body, 201);
        if (status == 201)
        {
            company.CountDeposit();
        }
    }

    private async Task ReadAsync()
    {
        var path = company.AnyOrder(_random) is { } order && _random.Next(2) == 0 ? $"orders/{order}" : "wallets/balance";
        await SendAsync("read", api, HttpMethod.Get, path, null, 200);
    }

    private async Task<(int Status, JsonElement Json)> AcceptCallAsync(Guid quote, string? key, params int[] expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"orders/accept/{quote}");
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await CheckAsync(key is null ? "accept" : $"accept key {key}", api, request, expected);
    }

    private async Task<(int Status, JsonElement Json)> SendAsync(string what, HttpClient client, HttpMethod method, string path, object? body, params int[] expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await CheckAsync(what, client, request, expected);
    }

    private async Task<(int Status, JsonElement Json)> CheckAsync(string what, HttpClient client, HttpRequestMessage request, int[] expected)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (!expected.Contains(status))
        {
            unexpected.Add(string.Create(CultureInfo.InvariantCulture, $"client {index} {what}: {request.Method} {request.RequestUri} -> {status} {text}"));
            return (status, default);
        }

        return (status, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
