using GovDesign.Forms.Loading;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Storage;
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

    /// <summary>
    /// For the commands that read a store themselves (<c>forms export</c>, <c>forms deliveries</c>): the form's slug,
    /// given as the slug or as its definition file; null, with the reason written, when the file does not load.
    /// </summary>
    public static string? SlugOf(string form, TextWriter error)
    {
        if (!File.Exists(form))
        {
            return form;
        }

        if (FormLoader.LoadFile(form).Form is { } loaded)
        {
            return loaded.Slug;
        }

        error.WriteLine($"{form}: the definition has errors; run `govdesign forms validate {form}`.");
        return null;
    }

    /// <summary>
    /// Opens the SQLite file, or PostgreSQL when a connection string is given, and runs <paramref name="use"/> on it
    /// (both stores are also the delivery outbox). A missing file or a database that cannot be reached is written to
    /// <paramref name="error"/> and gives 1.
    /// </summary>
    public static async Task<int> UseAsync(string database, string? postgres, TextWriter error, Func<IFormStore, Task<int>> use)
    {
        if (postgres is null)
        {
            if (!File.Exists(database))
            {
                error.WriteLine($"{database}: no such database file.");
                return 1;
            }

            return await use(new SqliteFormStore(database));
        }

        try
        {
            await using var store = new PostgresFormStore(postgres);
            return await use(store);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or ArgumentException)
        {
            error.WriteLine($"PostgreSQL: {e.Message}");
            return 1;
        }
    }
}
