using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Decree73.Migrations.PostgreSql;

public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    // No server is contacted to add a migration or check for pending model changes.
    public AppDbContext CreateDbContext(string[] args) => DesignTimeContext.Create(o =>
        o.UseNpgsql("Host=localhost;Database=decree73_design", s => s.MigrationsAssembly(ProviderSetup.PostgreSqlMigrations)));
}
