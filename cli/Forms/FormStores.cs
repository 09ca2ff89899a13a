using GovDesign.Forms.Runner;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Cli.Forms;

/// <summary>
/// The store of the runners the tool starts (<c>forms serve</c>, <c>audit --form</c>): PostgreSQL when the options
/// name a database (<c>--postgres</c>, <c>ConnectionStrings:Forms</c>, <c>FormRunner:PostgresConnectionString</c>),
/// else SQLite at <see cref="FormRunnerOptions.DatabasePath"/>. The tool carries both store packages; an
/// application carries the one it uses.
/// </summary>
internal static class FormStores
{
    public static void Add(IServiceCollection services, FormRunnerOptions options)
    {
        if (options.PostgresConnectionString is { Length: > 0 })
        {
            services.AddPostgreSqlFormStore();
        }
        else
        {
            services.AddSqliteFormStore();
        }
    }
}
