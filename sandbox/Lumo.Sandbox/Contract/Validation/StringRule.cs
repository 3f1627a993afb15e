using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>minLength, maxLength, format and pattern of a string value, checked on one pooled copy of its characters.</summary>
internal sealed class StringRule : SchemaRule
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    private readonly int? _minLength;
    private readonly int? _maxLength;
    private readonly string _minLengthMessage;
    private readonly string _maxLengthMessage;
    private readonly StringFormat _format;
    private readonly string _formatMessage;
    private readonly Regex? _pattern;
    private readonly string _patternMessage;

    private StringRule(int? minLength, int? maxLength, StringFormat format, string? pattern)
    {
        _minLength = minLength;
        _maxLength = maxLength;
        _minLengthMessage = string.Create(CultureInfo.InvariantCulture, $" must be longer than or equal to {minLength} characters");
        _maxLengthMessage = string.Create(CultureInfo.InvariantCulture, $" must be shorter than or equal to {maxLength} characters");
        _format = format;
        _formatMessage = StringFormats.Message(format);
        _pattern = pattern is null ? null : CompilePattern(pattern);
        _patternMessage = $" must match {pattern} regular expression";
    }

    /// <summary>The rule for the schema's string keywords, or null when it has none that are checked.</summary>
    public static StringRule? Create(int? minLength, int? maxLength, string? format, string? pattern)
    {
        var parsed = StringFormats.Parse(format);
        return minLength is null && maxLength is null && parsed == StringFormat.None && string.IsNullOrEmpty(pattern)
            ? null
            : new StringRule(minLength, maxLength, parsed, string.IsNullOrEmpty(pattern) ? null : pattern);
    }

    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        using var text = JsonText.Read(value);
        return Check(text.Chars, ref path, errors);
    }

    /// <summary>Whether the characters satisfy every keyword; writes no message (see <see cref="ParameterShortcut"/>).</summary>
    public bool Accepts(ReadOnlySpan<char> chars)
    {
        var unused = default(ValidationPath); // with no error list, no message (and so no path) is ever made
        return Check(chars, ref unused, null);
    }

    private bool Check(ReadOnlySpan<char> chars, ref ValidationPath path, List<string>? errors)
    {
        var valid = true;
        if (_minLength is not null || _maxLength is not null)
        {
            var length = JsonText.CodePointCount(chars);
            if (length < _minLength)
            {
                valid = Fail(ref path, errors, _minLengthMessage);
            }
            else if (length > _maxLength)
            {
                valid = Fail(ref path, errors, _maxLengthMessage);
            }
        }

        if (_format != StringFormat.None && (valid || errors is not null) && !StringFormats.IsValid(_format, chars))
        {
            valid = Fail(ref path, errors, _formatMessage);
        }

        if (_pattern is not null && (valid || errors is not null) && !Matches(_pattern, chars))
        {
            valid = Fail(ref path, errors, _patternMessage);
        }

        return valid;
    }

    private static bool Fail(ref ValidationPath path, List<string>? errors, string message)
    {
        errors?.Add(path.Message(message));
        return false;
    }

    // A pattern that takes too long is treated as not matching rather than failing the request.
    private static bool Matches(Regex pattern, ReadOnlySpan<char> chars)
    {
        try
        {
            return pattern.IsMatch(chars);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex CompilePattern(string pattern)
    {
        try
        {
            // Interpreted, not Compiled: compiling the document's patterns to IL took a tenth of a start, and the values
            // they check (a QR payload, an address) are short enough for the interpreter.
            return new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException($"Schema pattern '{pattern}' is not a valid regular expression.", exception);
        }
    }
}
