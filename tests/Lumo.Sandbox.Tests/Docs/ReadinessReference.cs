using System.Globalization;
using System.Text;
using Lumo.Sandbox.Readiness;

namespace Lumo.Sandbox.Tests.Docs;

/// <summary>Renders docs/readiness.md's tables of cases and warnings from the catalogue the report uses.</summary>
internal static class ReadinessReference
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("| case | observed when the client… | how to make it happen in the sandbox |\n|---|---|---|\n");
        foreach (var item in ReadinessCatalog.Cases)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{item.Id}` | {Cell(item.Title)} | {Cell(item.Hint)} |\n");
        }

        text.Append("\n| warning | raised when the client… | what to change |\n|---|---|---|\n");
        foreach (var item in ReadinessCatalog.Warnings)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{item.Id}` | {Cell(item.Title)} | {Cell(item.Hint)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
