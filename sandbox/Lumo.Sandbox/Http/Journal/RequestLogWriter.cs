using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace Lumo.Sandbox.Http.Journal;

/// <summary>
/// The one-line-per-request log. A request only copies its facts into a bounded channel; one background writer
/// formats whatever has queued up and writes it to the console in a single call, so requests never format text
/// or wait on the console's lock. When the console cannot keep up and the channel is full, the line is dropped
/// and counted, and the writer says how many it dropped ("request log: N lines dropped") rather than blocking
/// requests. The line reads as the console logger's single-line format did: timestamp, level, category, message.
/// </summary>
internal sealed class RequestLogWriter : IAsyncDisposable
{
    public const int DefaultCapacity = 16_384;
    private const string Category = "Lumo.Sandbox.Requests";
    private const int MaxBatchLines = 512;

    // Holds a full batch (512 lines of about 150 characters), so that one flush is one write.
    private const int StandardOutputBufferChars = 128 * 1024;

    // The id the source-generated LoggerMessage gave these lines before they had their own writer; kept, so the
    // lines read exactly as they did.
    private const string EventId = "1330097018";

    /// <summary>
    /// How long the writer lets lines gather after a short batch. Each wake-up of the writer wakes the thread pool,
    /// and on a 2-core machine waking every 2 ms cost GET about 5 % of its throughput; at 50 ms the writer wakes
    /// 20 times a second under load, and a line is never later than a person watching the console would notice.
    /// The first line after a quiet spell is written at once.
    /// </summary>
    public static readonly TimeSpan ConsoleBatchWindow = TimeSpan.FromMilliseconds(50);

    private readonly Channel<RequestLogLine> _lines;
    private readonly TextWriter _output;
    private readonly bool _colors;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _batchWindow;
    private readonly Task _writing;
    private long _dropped;
    private long _formattedSecond = -1;
    private string _formattedSecondText = string.Empty;

    /// <param name="output">Where the lines go (the console; a test's writer in tests).</param>
    /// <param name="capacity">Lines that may wait for the writer before new ones are dropped.</param>
    /// <param name="colors">Colour the level as the console logger does on a terminal.</param>
    /// <param name="clock">The wall clock that stamps each line (real time, not the sandbox's clock).</param>
    /// <param name="batchWindow">Pause after a short batch so that lines gather (zero: write as soon as one comes).</param>
    public RequestLogWriter(TextWriter output, int capacity = DefaultCapacity, bool colors = false, TimeProvider? clock = null, TimeSpan batchWindow = default)
    {
        _batchWindow = batchWindow;
        _output = output;
        _clock = clock ?? TimeProvider.System;
        _colors = colors;
        _lines = Channel.CreateBounded<RequestLogLine>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: a full channel refuses the line, never blocks
            SingleReader = true,
            SingleWriter = false,
        });
        _writing = Task.Run(WriteAsync);
    }


    /// <summary>The console, coloured as the console logger colours it when the output is a terminal.</summary>
    public static RequestLogWriter ForConsole() => new(System.Console.Out, DefaultCapacity, colors: !System.Console.IsOutputRedirected, batchWindow: ConsoleBatchWindow);

    /// <summary>
    /// Standard output through a writer of its own, one write per batch. <see cref="System.Console.Out"/> flushes
    /// every 256 characters, so a batch of lines became dozens of writes, and under load those writes were the log's
    /// main cost.
    /// </summary>
    public static RequestLogWriter ForStandardOutput() =>
        new(new StreamWriter(System.Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), StandardOutputBufferChars), DefaultCapacity, colors: !System.Console.IsOutputRedirected, batchWindow: ConsoleBatchWindow);

    /// <summary>Queues a line stamped now; false (and counted) when the queue is full. Never blocks.</summary>
    public bool TryWrite(string method, string path, string operationId, int statusCode, double elapsedMs)
    {
        if (_lines.Writer.TryWrite(new RequestLogLine(_clock.GetUtcNow(), method, path, operationId, statusCode, elapsedMs)))
        {
            return true;
        }

        Interlocked.Increment(ref _dropped);
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        _lines.Writer.TryComplete();
        await _writing.ConfigureAwait(false);
    }

    private async Task WriteAsync()
    {
        var text = new StringBuilder(64 * 1024);
        var reader = _lines.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            text.Clear();
            var lines = 0;
            for (; lines < MaxBatchLines && reader.TryRead(out var line); lines++)
            {
                Append(text, line);
            }

            AppendDropped(text);
            await WriteSafelyAsync(text).ConfigureAwait(false);
            if (lines < MaxBatchLines && _batchWindow > TimeSpan.Zero)
            {
                await Task.Delay(_batchWindow, _clock).ConfigureAwait(false);
            }
        }

        text.Clear();
        AppendDropped(text);
        await WriteSafelyAsync(text).ConfigureAwait(false);
    }

    private void AppendDropped(StringBuilder text)
    {
        var dropped = Interlocked.Exchange(ref _dropped, 0);
        if (dropped > 0)
        {
            AppendPrefix(text, _clock.GetUtcNow(), "warn", "\e[40m\e[33m");
            text.Append(CultureInfo.InvariantCulture, $"request log: {dropped} lines dropped (the console could not keep up)").Append('\n');
        }
    }

    private async Task WriteSafelyAsync(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return;
        }

        try
        {
            // The builder's own chunks, not a string copied from them: a batch is tens of kilobytes.
            foreach (var chunk in text.GetChunks())
            {
                await _output.WriteAsync(chunk).ConfigureAwait(false);
            }

            await _output.FlushAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // A closed console (a detached container, a closed pipe) must not stop the server: the lines are lost.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private void Append(StringBuilder text, in RequestLogLine line)
    {
        AppendPrefix(text, line.At, "info", "\e[40m\e[32m");
        text.Append(line.Method).Append(' ').Append(line.Path).Append(' ').Append(line.OperationId)
            .Append(" -> ").Append(line.StatusCode).Append(" in ")
            .Append(CultureInfo.InvariantCulture, $"{line.ElapsedMs:F3}").Append(" ms\n");
    }

    // "yyyy-MM-ddTHH:mm:ss.fffZ ", formatted once per second: lines come in thousands a second under load, and the
    // custom date format was the largest part of formatting one. Only the writer's thread calls it.
    private void AppendTimestamp(StringBuilder text, DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        var second = ticks / TimeSpan.TicksPerSecond;
        if (second != _formattedSecond)
        {
            _formattedSecondText = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.", CultureInfo.InvariantCulture);
            _formattedSecond = second;
        }

        var millis = (int)(ticks % TimeSpan.TicksPerSecond / TimeSpan.TicksPerMillisecond);
        text.Append(_formattedSecondText)
            .Append((char)('0' + (millis / 100))).Append((char)('0' + (millis / 10 % 10))).Append((char)('0' + (millis % 10)))
            .Append("Z ");
    }

    // The console logger's single-line layout: "2025-01-31T12:00:00.000Z info: Category[event id] message".
    private void AppendPrefix(StringBuilder text, DateTimeOffset at, string level, string color)
    {
        AppendTimestamp(text, at);
        if (_colors)
        {
            text.Append(color).Append(level).Append("\e[39m\e[22m\e[49m");
        }
        else
        {
            text.Append(level);
        }

        text.Append(": ").Append(Category).Append('[').Append(EventId).Append("] ");
    }

    /// <summary>One request's facts, copied on the request thread; formatted later by the writer.</summary>
    private readonly record struct RequestLogLine(DateTimeOffset At, string Method, string Path, string OperationId, int StatusCode, double ElapsedMs);
}
