using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Lumo.Sandbox.Testing;

// Usage: StartupProbe <published-sandbox-dir> [runs] [published-baseline-dir]
// Prints one RESULT line: process start to first healthy answer, and in-process fixture start, over <runs> starts.
// With a baseline, process starts alternate sandbox and baseline (a bare minimal API), so both meet the same
// machine load, and the line adds the baseline's figures and the median of the pairwise ratios.
var published = args.Length > 0 ? args[0] : throw new ArgumentException("Usage: StartupProbe <published-sandbox-dir> [runs] [published-baseline-dir]");
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var baseline = args.Length > 2 ? args[2] : null;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) }; // generous: a busy machine answers slowly

var process = new List<double>();
var processCpu = new List<double>();
var bare = new List<double>();
var bareCpu = new List<double>();
var ratios = new List<double>();
for (var i = 0; i < runs; i++)
{
    // The default configuration, as docker run gives it (request log on).
    var (wall, cpu) = await ProcessStartAsync(published, ["Lumo.Sandbox.dll", "--port", "{port}"], http);
    process.Add(wall);
    processCpu.Add(cpu);
    if (baseline is not null)
    {
        var (bareWall, bareCpuMs) = await ProcessStartAsync(baseline, ["Baseline.dll", "--urls", "http://127.0.0.1:{port}"], http);
        bare.Add(bareWall);
        bareCpu.Add(bareCpuMs);
        ratios.Add(wall / bareWall);
    }
}

// Threads after the first in-process start (which pays for JIT and the thread pool) and after the rest: a sandbox
// that kept a thread (a timer, a scheduler, Kestrel) would add one per start.
var inProcess = new List<double>();
var threadsAfterFirst = 0;
for (var i = 0; i < runs; i++)
{
    if (i == 1)
    {
        threadsAfterFirst = LiveThreads();
    }

    var clock = Stopwatch.StartNew();
    await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());
    using var health = await http.GetAsync(new Uri(sandbox.BaseAddress, "_sandbox/health"));
    health.EnsureSuccessStatusCode();
    inProcess.Add(clock.Elapsed.TotalMilliseconds);
}

var versusBaseline = baseline is null ? "" : string.Create(
    CultureInfo.InvariantCulture,
    $" bare_median_ms={Median(bare):0.0} bare_cpu_median_ms={Median(bareCpu):0} start_ratio_median={Median(ratios):0.00} cpu_ratio={Median(processCpu) / Median(bareCpu):0.00}");
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"RESULT runs={runs} process_median_ms={Median(process):0.0} process_min_ms={process.Min():0.0} process_max_ms={process.Max():0.0} process_cpu_median_ms={Median(processCpu):0} " +
    $"inproc_first_ms={inProcess[0]:0.0} inproc_median_ms={Median(inProcess):0.0} inproc_max_ms={inProcess.Max():0.0} " +
    $"inproc_threads_after_first={threadsAfterFirst} inproc_threads_after_all={LiveThreads()}") + versusBaseline);
return 0;

// From Process.Start to the first 200 of GET /_sandbox/health, polling as fast as connections are refused; with the
// CPU time the server had used by then (all threads), which a busy machine does not inflate as it does wall time.
static async Task<(double WallMs, double CpuMs)> ProcessStartAsync(string published, string[] arguments, HttpClient http)
{
    var port = FreePort().ToString(CultureInfo.InvariantCulture);
    var start = new ProcessStartInfo("dotnet", arguments.Select(a => a.Replace("{port}", port, StringComparison.Ordinal)))
    {
        WorkingDirectory = published,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    var clock = Stopwatch.StartNew();
    using var server = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    server.OutputDataReceived += (_, _) => { };
    server.ErrorDataReceived += (_, _) => { };
    server.BeginOutputReadLine();
    server.BeginErrorReadLine();
    var url = new Uri($"http://127.0.0.1:{port}/_sandbox/health");
    try
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            try
            {
                using var response = await http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (clock.Elapsed.TotalMilliseconds, CpuMilliseconds(server.Id));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or accepted but not answering within the client's timeout (a busy machine)
            }

            if (server.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {server.ExitCode} before it was healthy");
            }

            await Task.Delay(1);
        }

        throw new TimeoutException("the server was not healthy within 20 s");
    }
    finally
    {
        server.Kill();
        await server.WaitForExitAsync();
    }
}

// utime + stime from /proc/<pid>/stat, in clock ticks of 10 ms (fields 14 and 15, after the parenthesised name).
static double CpuMilliseconds(int pid)
{
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static int LiveThreads()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    using var self = Process.GetCurrentProcess();
    return self.Threads.Count;
}
