using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Lumo.Sandbox.Tests.Support;

/// <summary>
/// Writes C# that builds a copy of an object graph: the public settable properties that differ from a new
/// instance's, the items of lists, sets and dictionaries, positional records through their constructor, and leaf
/// values as literals. Objects of a type whose identity matters (<paramref name="keepsIdentity"/>) that are reached
/// more than once, cycles included, become fields created first and filled after, so the copy shares them exactly
/// as the original does.
/// </summary>
/// <param name="keepsIdentity">Types whose instances the copy must share, not duplicate.</param>
/// <param name="constructors">C# for types built through a constructor with arguments rather than properties.</param>
/// <param name="isUnset">Properties to leave out although they read a value (one their getter works out when unset).</param>
internal sealed class CSharpObjectWriter(
    Func<Type, bool> keepsIdentity,
    IReadOnlyDictionary<Type, Func<object, string>> constructors,
    Func<object, PropertyInfo, bool>? isUnset = null)
{
    private readonly Dictionary<object, int> _reached = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, string> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> _order = [];

    /// <summary>The most objects one expression builds before a shared-identity object gets a field of its own.</summary>
    public const int MaxInlineObjects = 60;

    /// <summary>
    /// The members of the class <paramref name="className"/> (which the caller declares) with a static <c>Create()</c>
    /// that returns a copy of <paramref name="root"/>. Shared objects, and any object of a type that keeps its identity
    /// and stands for over <see cref="MaxInlineObjects"/> objects, become fields filled by a method each, so that no
    /// method builds a large part of the graph in one expression (small methods for ReadyToRun, readable diffs).
    /// </summary>
    public string WriteClass(object root, string className)
    {
        Reach(root);
        var sizes = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in Enumerable.Reverse(_order))
        {
            var size = 1 + Children(candidate).Sum(child => child is not null && sizes.TryGetValue(child, out var n) && !_fields.ContainsKey(child) ? n : 0);
            sizes[candidate] = size;
            if (keepsIdentity(candidate.GetType()) && (_reached[candidate] > 1 || size > MaxInlineObjects || ReferenceEquals(candidate, root)))
            {
                _fields[candidate] = string.Empty;
            }
        }

        // Names in the order the objects were reached, so the file reads from the root down.
        var promoted = _order.Where(_fields.ContainsKey).ToList();
        _fields.Clear();
        foreach (var field in promoted)
        {
            _fields[field] = $"o{_fields.Count}";
        }

        const string Indent = "    ";
        var text = new StringBuilder();
        foreach (var (field, name) in _fields)
        {
            text.Append(Indent).Append($"private readonly {TypeName(field.GetType())} {name} = new();\n");
        }

        text.Append(_fields.Count > 0 ? "\n" : string.Empty).Append(Indent).Append($"public static {TypeName(root.GetType())} Create()\n").Append(Indent).Append("{\n");
        if (_fields.Count > 0)
        {
            text.Append(Indent).Append(Indent).Append($"var built = new {className}();\n");
            foreach (var name in _fields.Values)
            {
                text.Append(Indent).Append(Indent).Append($"built.Fill{name}();\n");
            }
        }

        text.Append(Indent).Append(Indent).Append("return ").Append(_fields.Count > 0 ? "built." : string.Empty).Append(Expression(root)).Append(";\n");
        text.Append(Indent).Append("}\n");
        foreach (var (field, name) in _fields)
        {
            text.Append('\n').Append(Indent).Append($"private void Fill{name}()\n").Append(Indent).Append("{\n");
            foreach (var statement in FillStatements(field, name))
            {
                text.Append(Indent).Append(Indent).Append(statement).Append('\n');
            }

            text.Append(Indent).Append("}\n");
        }

        return text.ToString();
    }

    /// <summary>A C# string literal of <paramref name="value"/>.</summary>
    public static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private void Reach(object? value)
    {
        if (value is null || IsLeaf(value.GetType()))
        {
            return;
        }

        if (_reached.TryGetValue(value, out var count))
        {
            _reached[value] = count + 1;
            return;
        }

        _reached[value] = 1;
        _order.Add(value);
        foreach (var child in Children(value))
        {
            Reach(child);
        }
    }

    private IEnumerable<object?> Children(object value)
    {
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                yield return entry.Key;
                yield return entry.Value;
            }
        }
        else if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                yield return item;
            }
        }
        else if (PositionalConstructor(value.GetType()) is { } constructor)
        {
            foreach (var argument in Arguments(value, constructor))
            {
                yield return argument;
            }
        }
        else
        {
            foreach (var (_, child, _) in Members(value))
            {
                yield return child;
            }
        }
    }

    // A type without a parameterless constructor (a positional record) is built from the properties its
    // constructor's parameters are named after.
    private static ConstructorInfo? PositionalConstructor(Type type) =>
        type.IsValueType || type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not null
            ? null
            : type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();

    private static IEnumerable<object?> Arguments(object value, ConstructorInfo constructor) =>
        constructor.GetParameters().Select(parameter =>
            value.GetType().GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetValue(value)
            ?? throw new NotSupportedException($"{value.GetType()}'s constructor parameter {parameter.Name} names no property"));

    private bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(TimeSpan) || type == typeof(Uri)
        || constructors.ContainsKey(type);

    /// <summary>The properties worth writing: settable ones that differ from a new instance's, and filled read-only collections.</summary>
    private IEnumerable<(PropertyInfo Property, object? Value, bool Settable)> Members(object value)
    {
        var type = value.GetType();
        var fresh = Activator.CreateInstance(type, nonPublic: true);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } || isUnset?.Invoke(value, property) == true)
            {
                continue;
            }

            var current = property.GetValue(value);
            var settable = property.SetMethod is { IsPublic: true };
            var required = property.IsDefined(typeof(RequiredMemberAttribute), inherit: false);
            if (settable)
            {
                if (required || !SameAsNew(current, property.GetValue(fresh)))
                {
                    yield return (property, current, true);
                }
            }
            else if (current is ICollection { Count: > 0 } && current is not Array)
            {
                yield return (property, current, false);
            }
        }
    }

    private static bool SameAsNew(object? current, object? fresh) =>
        Equals(current, fresh)
        || (current is ICollection { Count: 0 } && fresh is ICollection { Count: 0 } && current.GetType() == fresh.GetType());

    private IEnumerable<string> FillStatements(object shared, string name)
    {
        if (shared is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                yield return $"{name}[{Expression(entry.Key)}] = {Expression(entry.Value)};";
            }
        }
        else if (shared is IEnumerable items)
        {
            foreach (var item in items)
            {
                yield return $"{name}.Add({Expression(item)});";
            }
        }
        else
        {
            foreach (var (property, value, settable) in Members(shared))
            {
                if (settable)
                {
                    yield return $"{name}.{property.Name} = {Expression(value, property.PropertyType)};";
                }
                else
                {
                    foreach (var statement in FillStatements(value!, $"{name}.{property.Name}"))
                    {
                        yield return statement;
                    }
                }
            }
        }
    }

    private string Expression(object? value, Type? declared = null)
    {
        if (value is null)
        {
            return "null";
        }

        if (_fields.TryGetValue(value, out var local))
        {
            return local;
        }

        var type = value.GetType();
        if (constructors.TryGetValue(type, out var construct))
        {
            return construct(value);
        }

        if (IsLeaf(type))
        {
            return LeafLiteral(value);
        }

        if (value is IDictionary dictionary)
        {
            var entries = Entries(dictionary).Select(e => $"[{Expression(e.Key)}] = {Expression(e.Value)}");
            return $"new {TypeName(type)} {{ {string.Join(", ", entries)} }}";
        }

        if (value is IEnumerable items)
        {
            var list = items.Cast<object?>().Select(item => Expression(item));
            // A read-only list (no Add) is written as an array of the declared element type: its setter copies it.
            return type.IsArray || type.GetMethod("Add") is not null
                ? $"new {TypeName(type)} {{ {string.Join(", ", list)} }}"
                : $"new {TypeName(ElementType(declared ?? type))}[] {{ {string.Join(", ", list)} }}";
        }

        if (PositionalConstructor(type) is { } positional)
        {
            var arguments = positional.GetParameters().Zip(Arguments(value, positional), (p, a) => Expression(a, p.ParameterType));
            return $"new {TypeName(type)}({string.Join(", ", arguments)})";
        }

        var members = Members(value).Select(m => m.Settable
            ? $"{m.Property.Name} = {Expression(m.Value, m.Property.PropertyType)}"
            : $"{m.Property.Name} = {InitializerOf(m.Value!)}");
        return $"new {TypeName(type)} {{ {string.Join(", ", members)} }}";
    }

    // A read-only collection property is filled in place: `Items = { a, b }`, `Map = { [k] = v }`.
    private string InitializerOf(object collection) => collection is IDictionary dictionary
        ? $"{{ {string.Join(", ", Entries(dictionary).Select(e => $"[{Expression(e.Key)}] = {Expression(e.Value)}"))} }}"
        : $"{{ {string.Join(", ", ((IEnumerable)collection).Cast<object?>().Select(item => Expression(item)))} }}";

    // IDictionary's own enumerator yields DictionaryEntry; the generic one that LINQ would take yields KeyValuePair.
    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return entry;
        }
    }

    private static Type ElementType(Type type) =>
        type.GetInterfaces().Append(type)
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .GetGenericArguments()[0];

    private static string LeafLiteral(object value) => value switch
    {
        string text => Literal(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        decimal number => number.ToString(CultureInfo.InvariantCulture) + "m",
        double number when double.IsFinite(number) => number.ToString("R", CultureInfo.InvariantCulture) + "d",
        float number when float.IsFinite(number) => number.ToString("R", CultureInfo.InvariantCulture) + "f",
        Enum member => Enum.IsDefined(member.GetType(), member)
            ? $"{TypeName(member.GetType())}.{member}"
            : $"({TypeName(member.GetType())}){Convert.ToInt64(member, CultureInfo.InvariantCulture)}",
        Guid id => $"new global::System.Guid({Literal(id.ToString())})",
        DateTimeOffset moment => $"new global::System.DateTimeOffset({moment.Ticks}L, global::System.TimeSpan.FromTicks({moment.Offset.Ticks}L))",
        DateTime moment => $"new global::System.DateTime({moment.Ticks}L, global::System.DateTimeKind.{moment.Kind})",
        TimeSpan span => $"global::System.TimeSpan.FromTicks({span.Ticks}L)",
        Uri uri => $"new global::System.Uri({Literal(uri.OriginalString)}, global::System.UriKind.RelativeOrAbsolute)",
        _ => throw new NotSupportedException($"No literal for {value.GetType()}: add a constructor for it."),
    };

    /// <summary>The fully qualified C# name of <paramref name="type"/>.</summary>
    public static string TypeName(Type type)
    {
        if (type == typeof(string))
        {
            return "string";
        }

        if (type == typeof(object))
        {
            return "object";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        var outer = type.IsNested ? TypeName(type.DeclaringType!) : "global::" + type.Namespace;
        var name = type.Name.Split('`')[0];
        if (!type.IsGenericType)
        {
            return $"{outer}.{name}";
        }

        // A nested type's own arguments are those beyond its declaring type's.
        var own = type.GetGenericArguments().Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0);
        return $"{outer}.{name}<{string.Join(", ", own.Select(TypeName))}>";
    }
}
