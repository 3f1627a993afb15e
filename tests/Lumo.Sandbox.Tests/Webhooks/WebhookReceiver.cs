using System.Net;
using System.Net.Sockets;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>
/// An integrator's webhook endpoint, played by WireMock.Net on 127.0.0.1. Each receiver has its own path, so a
/// receiver shared by a test class still tells its tests' requests apart (a retry left over from an earlier
/// test lands on another path). Requests are recorded before they are answered, so once the sandbox has the
/// answer, the test sees the request.
/// </summary>
internal sealed class WebhookReceiver
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedWebhook> _received = [];
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Func<int, string, Answer> _answer = (_, _) => new Answer(200);

    private WebhookReceiver(WireMockServer server, string path)
    {
        Path = path;
        Url = $"http://127.0.0.1:{server.Port}{path}";
        server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(Response.Create().WithCallback(AnswerAsync));
    }

    public string Path { get; }

    public string Url { get; }

    /// <summary>What arrived, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>A receiver on a new path of <paramref name="server"/>; it answers 200 until told otherwise.</summary>
    public static WebhookReceiver On(WireMockServer server) => new(server, $"/hooks/{Guid.NewGuid():N}");

    /// <summary>A receiver on a given path (a URL a company already has).</summary>
    public static WebhookReceiver On(WireMockServer server, string path) => new(server, path);

    /// <summary>A loopback port nothing listens on (yet): a receiver that is down.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>One answer per request in turn; the last answer repeats.</summary>
    public WebhookReceiver AnswerInTurn(params Answer[] answers)
    {
        _answer = (index, _) => answers[Math.Min(index, answers.Length - 1)];
        return this;
    }

    /// <summary>Answers each request with the status <paramref name="statusFor"/> picks from its body.</summary>
    public WebhookReceiver AnswerBy(Func<string, int> statusFor)
    {
        _answer = (_, body) => new Answer(statusFor(body));
        return this;
    }

    /// <summary>Lets requests answered with <see cref="Answer.Hang"/> finish.</summary>
    public void Release() => _release.TrySetResult();

    private async Task<IResponseMessage> AnswerAsync(IRequestMessage request)
    {
        Answer answer;
        lock (_lock)
        {
            answer = _answer(_received.Count, request.Body ?? "");
            _received.Add(ReceivedWebhook.Of(request, answer.Status));
        }

        if (answer.Hang)
        {
            await _release.Task; // a receiver that does not answer in time
        }

        return new ResponseMessage { StatusCode = answer.Status };
    }
}
