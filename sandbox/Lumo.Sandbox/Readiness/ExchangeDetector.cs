using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Orders;
using static Lumo.Sandbox.Readiness.ReadinessCatalog;

namespace Lumo.Sandbox.Readiness;

/// <summary>
/// Reads the cases and warnings out of one API call of a company's client: its request and the answer it got.
/// Runs under the company's <see cref="CompanyReadiness.Lock"/>.
/// </summary>
internal static class ExchangeDetector
{
    public static void ObserveNeedsLock(CompanyReadiness company, in ObservedExchange exchange)
    {
        var evidence = exchange.ToEvidence();
        ObserveOperation(company, exchange, evidence);
        ObserveRetries(company, exchange, evidence);
    }

    private static void ObserveOperation(CompanyReadiness company, in ObservedExchange exchange, ReadinessEvidence evidence)
    {
        switch (exchange.OperationId)
        {
            case "getOrder":
                // Once warned, a tight polling loop no longer copies the burst's ends at every read.
                if (exchange.RouteId is { } orderId && company.OrderReads.GetOrAdd(orderId, CompanyReadiness.NewReadWindow) is var reads && reads.Add(evidence)
                    && company.WarningEvidenceNeedsLock(PollingTooFast) is null)
                {
                    company.WarnNeedsLock(PollingTooFast, [.. reads.Ends()]);
                }

                if (exchange.Answer is OrderView order)
                {
                    ObserveOrder(company, order.Status, order.FailureReason, evidence);
                }

                break;
            case "listOrders" when exchange.Answer is OrderListView page:
                foreach (var listed in page.Orders)
                {
                    ObserveOrder(company, listed.Status, listed.FailureReason, evidence);
                }

                if (OffsetOf(exchange.Query) > 0)
                {
                    company.ObserveCaseNeedsLock(OrdersPaged, evidence);
                }

                break;
            case "prepareOrder":
                ObservePrepare(company, exchange, evidence);
                break;
            case "acceptOrder":
                ObserveAccept(company, exchange, evidence);
                break;
            case "createDispute" when exchange.Status == StatusCodes.Status201Created:
                company.ObserveCaseNeedsLock(DisputeOpened, evidence);
                break;
            case "getDispute" when exchange.Answer is DisputeView dispute:
                ObserveDispute(company, dispute.Status, evidence);
                break;
            case "listDisputes" when exchange.Answer is DisputeListView disputes:
                foreach (var listed in disputes.Disputes)
                {
                    ObserveDispute(company, listed.Status, evidence);
                }

                break;
            case "companyLogin" or "regenerateApiKey" when exchange.Answer is LoginView or ApiKeyView:
                company.PendingRotation = evidence;
                return; // the rotation itself does not use the new key
        }

        // The old key is revoked by a rotation, so a later call that got in used the new one.
        if (company.PendingRotation is { } rotation && exchange.CompanyId is not null && exchange.Succeeded)
        {
            company.ObserveCaseNeedsLock(KeyRotated, rotation, evidence);
            company.PendingRotation = null;
        }
    }

    public static void ObserveOrder(CompanyReadiness company, string status, string? failureReason, ReadinessEvidence evidence)
    {
        if (status == "success")
        {
            company.ObserveCaseNeedsLock(OrderPaid, evidence);
        }
        else if (status == "failed" && failureReason == OrderService.PaymentRejected)
        {
            company.ObserveCaseNeedsLock(PaymentRejected, evidence);
        }
        else if (status == "failed" && failureReason == OrderService.PaymentTimeout)
        {
            company.ObserveCaseNeedsLock(PaymentTimeout, evidence);
        }
    }

    public static void ObserveDispute(CompanyReadiness company, string status, ReadinessEvidence evidence)
    {
        if (status is "resolved" or "rejected")
        {
            company.ObserveCaseNeedsLock(DisputeOutcomeRead, evidence);
        }
    }

    private static void ObservePrepare(CompanyReadiness company, in ObservedExchange exchange, ReadinessEvidence evidence)
    {
        if (exchange.Answer is not QuoteView { ExternalOrderId: { } externalOrderId } quote)
        {
            return;
        }

        company.PreparedQuotes.Set(quote.Id.ToString(), externalOrderId);
        if (company.ExpiredOrders.TryGetValue(externalOrderId, out var expired))
        {
            company.ObserveCaseNeedsLock(QuoteExpired, expired, evidence);
        }
    }

    private static void ObserveAccept(CompanyReadiness company, in ObservedExchange exchange, ReadinessEvidence evidence)
    {
        if (exchange.IdempotencyKey is null)
        {
            company.WarnNeedsLock(AcceptWithoutIdempotencyKey, evidence);
        }

        if (exchange.Status == StatusCodes.Status409Conflict && exchange.ErrorMessage == "Quote expired"
            && exchange.RouteId is { } quoteId && company.PreparedQuotes.TryGetValue(quoteId, out var externalOrderId))
        {
            company.ExpiredOrders.Set(externalOrderId, evidence);
        }
        else if (exchange.Status == StatusCodes.Status400BadRequest && exchange.ErrorMessage == "Insufficient balance")
        {
            company.ObserveCaseNeedsLock(InsufficientBalance, evidence);
        }

        if (exchange.IdempotencyKey is not { } key)
        {
            return;
        }

        // 499: the client went away (its time-out, a dropped connection) without reading an answer.
        if (exchange.Status >= 500 || exchange.Status == 499)
        {
            if (!company.UnansweredAccepts.ContainsKey(key))
            {
                company.UnansweredAccepts.Set(key, evidence);
            }
        }
        else if (exchange.Replayed && exchange.Succeeded && company.UnansweredAccepts.TryGetValue(key, out var unanswered))
        {
            company.ObserveCaseNeedsLock(AcceptRetriedIdempotently, unanswered, evidence);
        }
    }

    private static void ObserveRetries(CompanyReadiness company, in ObservedExchange exchange, ReadinessEvidence evidence)
    {
        if (exchange.Status is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status429TooManyRequests)
        {
            company.Unavailable.Set(exchange.OperationId, evidence);
        }
        else if (exchange.Succeeded && company.Unavailable.TryGetValue(exchange.OperationId, out var unavailable))
        {
            company.ObserveCaseNeedsLock(ServiceUnavailableRetried, unavailable, evidence);
        }

        if (exchange.Failed)
        {
            var request = exchange.Method + " " + exchange.Path + "?" + exchange.Query;
            var failures = company.Failures.GetOrAdd(request, CompanyReadiness.NewFailureWindow);
            if (failures.Add(evidence))
            {
                company.WarnNeedsLock(RetryStorm, [.. failures.Ends()]);
            }
        }
    }

    private static int OffsetOf(string query)
    {
        foreach (var part in query.Split('&'))
        {
            if (part.StartsWith("offset=", StringComparison.Ordinal) && int.TryParse(part.AsSpan("offset=".Length), out var offset))
            {
                return offset;
            }
        }

        return 0;
    }
}
