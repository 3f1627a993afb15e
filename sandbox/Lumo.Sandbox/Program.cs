using Lumo.Sandbox.Hosting;

return await SandboxProgram.RunAsync(args);
