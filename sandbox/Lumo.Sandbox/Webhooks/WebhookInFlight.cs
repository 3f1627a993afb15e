namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// Counts attempts in flight, so the control API can wait for a settled state instead of tests sleeping. An
/// attempt that starts the next one of its resource does so before it leaves, so the count does not touch zero
/// between the two.
/// </summary>
internal sealed class WebhookInFlight
{
    private readonly Lock _lock = new();
    private int _count;
    private TaskCompletionSource? _idle;

    public void Enter()
    {
        lock (_lock)
        {
            _count++;
        }
    }

    public void Exit()
    {
        TaskCompletionSource? idle = null;
        lock (_lock)
        {
            if (--_count == 0)
            {
                idle = _idle;
                _idle = null;
            }
        }

        idle?.TrySetResult();
    }

    /// <summary>Completes when nothing is in flight.</summary>
    public Task WhenIdle()
    {
        lock (_lock)
        {
            return _count == 0
                ? Task.CompletedTask
                : (_idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }
}
