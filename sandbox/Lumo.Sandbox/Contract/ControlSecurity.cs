using System.Text.RegularExpressions;

namespace Lumo.Sandbox.Contract;

/// <summary>
/// How the document declares the control API's security. Every <c>/_sandbox</c> operation (but the health check,
/// which is always open) declares <c>security: [{}, {sandboxAdminToken: []}]</c>: the token is optional, as the
/// server without <c>--admin-token</c> is. A server with a token serves the document with the requirement
/// <c>[{sandboxAdminToken: []}]</c> instead, so the document always says what this server does.
/// </summary>
internal static partial class ControlSecurity
{
    /// <summary>The document text a server serves: <paramref name="text"/> as is, or with the token required.</summary>
    public static string Served(string text, bool tokenRequired) =>
        tokenRequired ? OptionalToken().Replace(text, "${head}${token}") : text;

    // `security:` then `- {}` then `- sandboxAdminToken: []`, one under the other at the same indentation.
    [GeneratedRegex(@"(?<head>^(?<indent>[ ]*)security:\r?\n)\k<indent>[ ]*- \{\}\r?\n(?<token>\k<indent>[ ]*- sandboxAdminToken: \[\]\r?\n)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex OptionalToken();
}
