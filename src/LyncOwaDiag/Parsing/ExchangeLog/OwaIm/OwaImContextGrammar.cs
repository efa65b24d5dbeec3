using System.Globalization;
using Sprache;

namespace LyncOwaDiag.Parsing.ExchangeLog.OwaIm;

/// <summary>
/// The texts of the OWA IM log (docs/formats.md#owa-im-log-messages) as a Sprache grammar: prefix, method, then the pieces the
/// documented format strings put in: the <c>User=…, Sip address=…, Lyncserver=…</c> context, the port, the
/// thumbprint, the DLL path, the service error and the exception. Used on demand, not on the hot path.
/// </summary>
internal static class OwaImContextGrammar
{
    private static readonly Parser<string> Prefix =
        from word in Parse.String("DEBUG").Or(Parse.String("ERROR")).Text()
        from colon in Parse.Char(':')
        select word;

    private static readonly Parser<string> Identifier =
        from first in Parse.Letter
        from rest in Parse.LetterOrDigit.Or(Parse.Char('_')).Many().Text()
        select first + rest;

    /// <summary><c>Class.Method</c> or deeper, followed by <c>.</c>, <c>:</c>, a space or the end.</summary>
    private static readonly Parser<string> Method =
        from parts in Identifier.DelimitedBy(Parse.Char('.'))
        where parts.Count() >= 2
        select string.Join('.', parts);

    public static readonly Parser<(string? Prefix, string? Method, string Text)> Head =
        from prefix in Prefix.Optional()
        from method in Method.Then(m => Parse.Chars(".: ").Many().Return(m)).Optional()
        from text in Parse.AnyChar.Many().Text()
        select (prefix.GetOrDefault(), method.GetOrDefault(), text);

    private static readonly Parser<string> ContextValue = Parse.CharExcept(",").AtLeastOnce().Text().Select(v => v.Trim());

    /// <summary><c>User=kim@contoso.com, Sip address=sip:kim@contoso.com, Lyncserver=pool01.contoso.com</c>.</summary>
    public static readonly Parser<(string User, string Sip, string Server)> ContextTriple =
        from u in Parse.String("User=")
        from user in ContextValue
        from c1 in Parse.Char(',').Then(_ => Parse.WhiteSpace.Many())
        from s in Parse.String("Sip address=")
        from sip in ContextValue
        from c2 in Parse.Char(',').Then(_ => Parse.WhiteSpace.Many())
        from l in Parse.String("Lyncserver=")
        from server in Parse.CharExcept(", ").AtLeastOnce().Text()
        select (user, sip, server.TrimEnd('.'));

    private static readonly Parser<int> PortNumber =
        from digits in Parse.Char(char.IsAsciiDigit, "digit").Repeat(1, 5).Text()
        select int.Parse(digits, CultureInfo.InvariantCulture);

    private static readonly Parser<string> Word = Parse.CharExcept(" ,").AtLeastOnce().Text();

    private static readonly Parser<string> RestOfText = Parse.AnyChar.AtLeastOnce().Text();

    public static OwaImContext Read(string context)
    {
        var head = Head.Parse(context);
        var text = head.Text;
        var triple = Find(text, "User=", ContextTriple);
        var exception = Find(text, "Exception: ", Parse.String("Exception: ").Then(_ => RestOfText));
        var (summary, detail) = SplitException(exception);
        return new OwaImContext
        {
            Prefix = head.Prefix,
            Method = head.Method,
            Text = text,
            User = Null(triple.Found ? triple.Value.User : Find(text, "User: ", Parse.String("User: ").Then(_ => Word)) is var u and { Length: > 0 } ? u : null),
            SipAddress = Null(triple.Found ? triple.Value.Sip : null),
            LyncServer = Null(triple.Found ? triple.Value.Server : null),
            Port = Find(text, "port number : ", Parse.String("port number : ").Then(_ => PortNumber).Select(p => (int?)p)),
            Thumbprint = Find(text, "thumbprint ", Parse.String("thumbprint ").Then(_ => Word)),
            File = Find(text, "File: ", Parse.String("File: ").Then(_ => RestOfText)),
            ServiceError = Find(text, "InstantMessageServiceError: ", Parse.String("InstantMessageServiceError: ").Then(_ => Identifier)),
            MethodName = Find(text, "MethodName: ", Parse.String("MethodName: ").Then(_ => Identifier)),
            ExceptionSummary = summary,
            ExceptionDetail = detail,
            CertificateState = CertificateState(text),
        };
    }

    private static (bool Found, (string User, string Sip, string Server) Value) Find(string text, string marker, Parser<(string, string, string)> parser)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return (false, default);
        }

        var result = parser.TryParse(text[at..]);
        return result.WasSuccessful ? (true, result.Value) : (false, default);
    }

    private static T? Find<T>(string text, string marker, Parser<T> parser)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return default;
        }

        var result = parser.TryParse(text[at..]);
        return result.WasSuccessful ? result.Value : default;
    }

    private static (string? Summary, string? Detail) SplitException(string? exception)
    {
        if (exception is null)
        {
            return (null, null);
        }

        var newline = exception.IndexOf('\n');
        return newline < 0 ? (exception.Trim(), null) : (exception[..newline].Trim(), exception[(newline + 1)..]);
    }

    private static string? CertificateState(string text) => text switch
    {
        _ when text.Contains("IM Certificate has expired.", StringComparison.Ordinal) => "expired",
        _ when text.Contains("IM Certificate has not become valid yet.", StringComparison.Ordinal) => "not-yet-valid",
        _ when text.Contains("IM Certificate will expire soon.", StringComparison.Ordinal) => "expiring",
        _ when text.Contains("IM Certificate does not have a private key.", StringComparison.Ordinal) => "no-private-key",
        _ when text.Contains("IM Certificate with thumbprint", StringComparison.Ordinal) && text.Contains("could not be found", StringComparison.Ordinal) => "not-found",
        _ => null,
    };

    private static string? Null(string? value) => value is null or "null" or "" ? null : value;
}
