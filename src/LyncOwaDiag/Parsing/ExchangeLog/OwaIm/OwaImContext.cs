namespace LyncOwaDiag.Parsing.ExchangeLog.OwaIm;

/// <summary>The structure of an IM log <c>context</c> text, as the context grammar reads it.</summary>
internal sealed record OwaImContext
{
    /// <summary><c>DEBUG</c> or <c>ERROR</c>; null when the row has no prefix.</summary>
    public string? Prefix { get; init; }

    /// <summary><c>InstantMessageOCSProvider.SignInCallback</c>, <c>Globals.Initialize</c> …; null for bare texts.</summary>
    public string? Method { get; init; }

    /// <summary>The text after the prefix and method.</summary>
    public required string Text { get; init; }

    public string? User { get; init; }

    public string? SipAddress { get; init; }

    public string? LyncServer { get; init; }

    public int? Port { get; init; }

    public string? Thumbprint { get; init; }

    /// <summary>The DLL named by <c>IM provider not found.  File: &lt;path&gt;</c>.</summary>
    public string? File { get; init; }

    /// <summary>An <c>InstantMessageServiceError</c> value such as <c>SignInFailure</c>.</summary>
    public string? ServiceError { get; init; }

    public string? MethodName { get; init; }

    /// <summary>The first line of the exception text.</summary>
    public string? ExceptionSummary { get; init; }

    /// <summary>The rest of the exception text (stack, inner exceptions), kept for the detail view.</summary>
    public string? ExceptionDetail { get; init; }

    /// <summary><c>expired</c>, <c>not-yet-valid</c>, <c>expiring</c>, <c>no-private-key</c>, <c>not-found</c>.</summary>
    public string? CertificateState { get; init; }
}
