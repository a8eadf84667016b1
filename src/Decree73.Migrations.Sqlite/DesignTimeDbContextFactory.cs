using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Decree73.Migrations.Sqlite;

public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => DesignTimeContext.Create(o =>
        o.UseSqlite("Data Source=design-time.db", s => s.MigrationsAssembly(ProviderSetup.SqliteMigrations)));
}
