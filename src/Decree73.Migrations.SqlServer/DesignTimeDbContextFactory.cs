using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Decree73.Migrations.SqlServer;

public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    // No server is contacted to add a migration or to script it.
    public AppDbContext CreateDbContext(string[] args) => DesignTimeContext.Create(o =>
        o.UseSqlServer("Server=localhost;Database=Decree73;Trusted_Connection=True;TrustServerCertificate=True",
            s => s.MigrationsAssembly(ProviderSetup.SqlServerMigrations)));
}
