using System.Security.Claims;
using Decree73.Application.Abstractions;

namespace Decree73.Web.Hosting;

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>
    /// The connection's remote address. Behind a reverse proxy this is the proxy unless forwarded headers are
    /// configured for it (a deployment step: docs/decisions/0006-audit-hash-chain.md).
    /// </summary>
    public string? ClientIp => accessor.HttpContext?.Connection.RemoteIpAddress is { } ip
        ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString()
        : null;
}
