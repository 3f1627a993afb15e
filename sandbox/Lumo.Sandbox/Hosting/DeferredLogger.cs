namespace Lumo.Sandbox.Hosting;

/// <summary>
/// A logger to hand out before the host's logger factory exists: the engine is built beside the host, and its
/// loggers are attached once the host is built, before the server starts. Until then it logs nothing (the engine
/// logs only from scheduled work and webhook deliveries, which start with the server).
/// </summary>
internal sealed class DeferredLogger(string category) : ILogger
{
    private ILogger? _target;

    public void Attach(ILoggerFactory factory) => Volatile.Write(ref _target, factory.CreateLogger(category));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => Volatile.Read(ref _target)?.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => Volatile.Read(ref _target)?.IsEnabled(logLevel) ?? false;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Volatile.Read(ref _target)?.Log(logLevel, eventId, state, exception, formatter);
}
