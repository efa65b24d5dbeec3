using System.Globalization;
using System.Text.RegularExpressions;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// What a rule asks of one field or property. A field may have several values (an event's ms-diagnostics codes, a
/// certificate's domains); the value tests hold when one value passes all of them, <see cref="Present"/> and
/// <see cref="Empty"/> look at the values together, and <see cref="Not"/> negates its whole sub-condition. Texts may
/// hold <c>{name}</c> placeholders bound earlier in the same rule.
/// </summary>
internal sealed record FieldCondition
{
    public string? EqualTo { get; init; }

    public IReadOnlyList<string>? In
    {
        get;
        init
        {
            field = value;
            _inSet = ConstantTextSet(value);
        }
    }

    // An in-list of constant, non-numeric texts is looked up, not walked: every IM row is tested against several.
    private readonly HashSet<string>? _inSet;

    public Regex? Matches { get; init; }

    public string? Contains { get; init; }

    public double? Gt { get; init; }

    public double? Ge { get; init; }

    public double? Lt { get; init; }

    public double? Le { get; init; }

    public bool? Present { get; init; }

    public bool? Empty { get; init; }

    /// <summary>Binds the passing value to this name.</summary>
    public string? As { get; init; }

    /// <summary>Equal as a certificate thumbprint: ignoring case, spaces and the invisible marks copying adds.</summary>
    public string? Thumbprint { get; init; }

    /// <summary>One item is a DNS name (wildcards as certificates use them) that covers this FQDN.</summary>
    public string? Covers { get; init; }

    /// <summary>One item equals this, ignoring case.</summary>
    public string? HasItem { get; init; }

    /// <summary>Names the same machine: equal ignoring case, or equal in the first label when one side is a bare machine name.</summary>
    public string? SameHost { get; init; }

    /// <summary>The value's date is before the anchor.</summary>
    public DateAnchor? Before { get; init; }

    /// <summary>The value's date is after the anchor.</summary>
    public DateAnchor? After { get; init; }

    public FieldCondition? Not { get; init; }

    /// <summary>Only captures: the condition holds whether or not a value passes, and binds what it can.</summary>
    public bool Optional { get; init; }

    public bool Test(IReadOnlyList<FieldValue> values, Bindings bindings, MatchContext context) =>
        TestRequired(values, bindings, context) || Optional;

    private static bool IsNonEmpty(FieldValue v) => v.Items is { Count: > 0 } || !string.IsNullOrWhiteSpace(v.Text);

    private bool TestRequired(IReadOnlyList<FieldValue> values, Bindings bindings, MatchContext context)
    {
        var any = false;
        for (var i = 0; i < values.Count && !any; i++)
        {
            any = IsNonEmpty(values[i]);
        }

        if (Present is { } present && present != any)
        {
            return false;
        }

        if (Empty is { } empty && empty == any)
        {
            return false;
        }

        if (Not is not null && Not.Test(values, bindings.Copy(), context))
        {
            return false;
        }

        if (!HasValueTests)
        {
            if (As is null)
            {
                return true;
            }

            // A name bound to nothing would leave a hole in the text: binding needs a value (optional: true allows none).
            if (!any)
            {
                return false;
            }

            bindings.Set(As, values.First(IsNonEmpty).Text.Trim());
            return true;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (!IsNonEmpty(value))
            {
                continue;
            }

            // TestOne binds only once every test passed (its regex captures come last), so no copy is needed.
            if (TestOne(value, bindings, context))
            {
                if (As is not null)
                {
                    bindings.Set(As, value.Text.Trim());
                }

                return true;
            }
        }

        return false;
    }

    private bool HasValueTests =>
        EqualTo is not null || In is not null || Matches is not null || Contains is not null || Gt is not null || Ge is not null || Lt is not null || Le is not null
        || Thumbprint is not null || SameHost is not null || Covers is not null || HasItem is not null || Before is not null || After is not null;

    private bool TestOne(FieldValue value, Bindings bindings, MatchContext context)
    {
        // No lambda here: one that captured would cost an allocation for every value of every event tested.
        var text = value.Text.Trim();

        if (EqualTo is not null && (Resolve(EqualTo, bindings, context) is not { } expected || !SameValue(text, expected)))
        {
            return false;
        }

        if (In is not null && !InList(text, bindings, context))
        {
            return false;
        }

        if (Contains is not null && (Resolve(Contains, bindings, context) is not { } part || !text.Contains(part, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if ((Gt ?? Ge ?? Lt ?? Le) is not null)
        {
            if (!TryNumber(text, out var n) || (Gt is { } gt && !(n > gt)) || (Ge is { } ge && !(n >= ge)) || (Lt is { } lt && !(n < lt)) || (Le is { } le && !(n <= le)))
            {
                return false;
            }
        }

        if (Thumbprint is not null && (Resolve(Thumbprint, bindings, context) is not { } print || !string.Equals(NormaliseThumbprint(text), NormaliseThumbprint(print), StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (SameHost is not null && (Resolve(SameHost, bindings, context) is not { } other || !IsSameHost(text, other)))
        {
            return false;
        }

        if (Covers is not null && (Resolve(Covers, bindings, context) is not { } fqdn || !AnyCovers(value.ItemsOrText, fqdn)))
        {
            return false;
        }

        if (HasItem is not null && (Resolve(HasItem, bindings, context) is not { } item || !AnySame(value.ItemsOrText, item)))
        {
            return false;
        }

        if (Before is not null && (value.Date is not { } d1 || Before.Resolve(context) is not { } b || !(d1 < b)))
        {
            return false;
        }

        if (After is not null && (value.Date is not { } d2 || After.Resolve(context) is not { } a || !(d2 > a)))
        {
            return false;
        }

        if (Matches is not null)
        {
            var match = Matches.Match(text);
            if (!match.Success)
            {
                return false;
            }

            foreach (var name in NamedGroups.GetValue(Matches, NamesOf))
            {
                if (match.Groups[name] is { Success: true } group)
                {
                    bindings.Set(name, group.Value);
                }
            }
        }

        return true;
    }

    /// <summary>The options as a set, when they are constant texts none of which compares as a number; else null.</summary>
    internal static HashSet<string>? ConstantTextSet(IReadOnlyList<string>? options) =>
        options is null || options.Any(o => o.Contains('{') || LooksNumeric(o)) ? null : options.Select(o => o.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private bool InList(string text, Bindings bindings, MatchContext context)
    {
        if (_inSet is not null)
        {
            // SameValue compares as numbers only when both sides look numeric; no option does, so text it is.
            return _inSet.Contains(text);
        }

        for (var i = 0; i < In!.Count; i++)
        {
            if (Resolve(In[i], bindings, context) is { } o && SameValue(text, o))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyCovers(IReadOnlyList<string> names, string fqdn)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (DnsNameCovers(names[i], fqdn))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnySame(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (SameValue(items[i], item))
            {
                return true;
            }
        }

        return false;
    }

    // A regex's named groups, worked out once per regex: GetGroupNames builds a new array on every call.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Regex, string[]> NamedGroups = new();

    private static string[] NamesOf(Regex regex) =>
        regex.GetGroupNames().Where(n => !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToArray();

    /// <summary>Numbers compare as numbers (<c>0x</c> hex too, so a result code can be written either way); other text ignoring case.</summary>
    internal static bool SameValue(string a, string b)
    {
        if (LooksNumeric(a) && LooksNumeric(b) && TryNumber(a, out var x) && TryNumber(b, out var y))
        {
            return x == y;
        }

        return string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A condition's text with its placeholders filled; null when one is unbound. Constant text costs nothing.</summary>
    private static string? Resolve(string template, Bindings bindings, MatchContext context) =>
        template.IndexOf('{') < 0 ? template : Fill(template, bindings, context);

    // Apart from Resolve: the lambda's closure would otherwise be allocated on every call, constant text or not.
    private static string? Fill(string template, Bindings bindings, MatchContext context) =>
        Placeholders.TryFillStrict(template, n => context.Lookup(bindings, n), out var filled) ? filled : null;

    private static bool LooksNumeric(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length > 0 && (char.IsAsciiDigit(t[0]) || (t[0] is '-' or '+' && t.Length > 1 && char.IsAsciiDigit(t[1])));
    }

    internal static bool TryNumber(string text, out double value)
    {
        var t = text.Trim();
        value = 0;
        if (t.Length is 0 or > 18)
        {
            // Long digit strings (thumbprints, ids) are identifiers; as doubles they would lose digits and compare equal.
            return false;
        }

        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && ulong.TryParse(t.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            value = hex;
            return true;
        }

        return double.TryParse(t, NumberStyles.Integer | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    internal static string NormaliseThumbprint(string text) =>
        new(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    internal static bool IsSameHost(string a, string b)
    {
        var x = a.Trim().TrimEnd('.');
        var y = b.Trim().TrimEnd('.');
        if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return (!x.Contains('.') || !y.Contains('.')) && string.Equals(x.Split('.')[0], y.Split('.')[0], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether any text of the condition refers to a snapshot value, which is known only at the end of the pass.</summary>
    public bool UsesFacts =>
        Templates.Any(t => t.Contains("{" + MatchContext.FactPrefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether any text of the condition fills in the bound name (e.g. <c>{host}</c>).</summary>
    public bool Refers(string name) =>
        Templates.Any(t => Placeholders.Names(t).Contains(name, StringComparer.OrdinalIgnoreCase));

    /// <summary>The texts of the condition that may hold placeholders, its negation's included.</summary>
    private IEnumerable<string> Templates =>
        new[] { EqualTo, Contains, Thumbprint, SameHost, Covers, HasItem }.Concat(In ?? []).OfType<string>().Concat(Not?.Templates ?? []);

    /// <summary>A certificate name covers an FQDN when equal, or when it is <c>*.rest</c> and the FQDN is one label more than <c>rest</c>.</summary>
    internal static bool DnsNameCovers(string name, string fqdn)
    {
        var n = name.Trim().TrimEnd('.');
        var f = fqdn.Trim().TrimEnd('.');
        if (string.Equals(n, f, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!n.StartsWith("*.", StringComparison.Ordinal))
        {
            return false;
        }

        var dot = f.IndexOf('.');
        return dot > 0 && string.Equals(f[(dot + 1)..], n[2..], StringComparison.OrdinalIgnoreCase);
    }
}
