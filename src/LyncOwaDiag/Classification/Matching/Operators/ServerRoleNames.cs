using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>The role words of the <c>namesServer</c> operator and the roles they stand for.</summary>
internal static class ServerRoleNames
{
    public static readonly IReadOnlyDictionary<string, ServerRole> Roles = new Dictionary<string, ServerRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["mailbox"] = ServerRole.Mailbox,
        ["lync"] = ServerRole.Lync,
        ["edge"] = ServerRole.Edge,
        ["pool"] = ServerRole.LyncPool,
        ["trustedApplicationPool"] = ServerRole.TrustedApplicationPool,
        ["any"] = ServerRole.Mailbox | ServerRole.Lync | ServerRole.Edge | ServerRole.LyncPool | ServerRole.TrustedApplicationPool,
    };

    public static bool Has(ServerRole roles, string word) => Roles.TryGetValue(word, out var wanted) && (roles & wanted) != 0;
}
