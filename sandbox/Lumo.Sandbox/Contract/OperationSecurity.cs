namespace Lumo.Sandbox.Contract;

/// <summary>Who may call an operation, from its security requirement in the document.</summary>
internal enum OperationSecurity
{
    /// <summary>Anyone (<c>security: [{}]</c>).</summary>
    Anonymous,

    /// <summary>A company's API key (apiKeyAuth, bearerAuth or apiKeyQuery).</summary>
    ApiKey,

    /// <summary>The control API: the admin token, when the server has one.</summary>
    AdminToken,
}
