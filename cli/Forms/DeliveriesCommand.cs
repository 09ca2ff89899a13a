using System.CommandLine;
using System.Globalization;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Loading;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Storage;

namespace GovDesign.Cli.Forms;

/// <summary>
/// <c>govdesign forms deliveries &lt;form&gt; [--failed] [--retry &lt;id&gt; | --retry-all] [--database file | --postgres [connection]]</c>:
/// lists a form's deliveries (destination, status, attempts, next attempt, last error; never the answers),
/// and replays one or every failed one with the same delivery id. The store is found as <c>forms serve</c>
/// finds it (<see cref="StoreSettings"/>): the PostgreSQL connection string need not be on the command line.
/// </summary>
internal static class DeliveriesCommand
{
    public static Command Create() => Create(StoreSettings.Read);

    /// <summary>The command, with where the runner's configuration says its data is (<see cref="StoreSettings.Read"/>, or a test's).</summary>
    internal static Command Create(Func<GovDesign.Forms.Runner.FormRunnerOptions> storeSettings)
    {
        var form = new Argument<string>("form") { Description = "The form's slug, or its definition file." };
        var failed = new Option<bool>("--failed") { Description = "List only the deliveries given up." };
        var retry = new Option<string?>("--retry") { Description = "Send this delivery again (by its id, as listed), whatever its status." };
        var retryAll = new Option<bool>("--retry-all") { Description = "Send every failed delivery of the form again." };
        var databaseOption = new Option<string?>("--database") { Description = $"The SQLite database file (else FormRunner:DatabasePath, else {FormRunnerOptions.DefaultDatabasePath})." };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Use the outbox in PostgreSQL. Alone (after the form), it reads the connection string from configuration: ConnectionStrings:Forms " +
                "in appsettings.json or the environment variable ConnectionStrings__Forms, as forms serve does, so ps never shows it. " +
                "Without --postgres or --database, that connection string is used when it is set.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("deliveries", "List a form's deliveries to webhooks and email, and send failed ones again.");
        command.Arguments.Add(form);
        command.Options.Add(failed);
        command.Options.Add(retry);
        command.Options.Add(retryAll);
        command.Options.Add(databaseOption);
        command.Options.Add(postgres);
        command.Validators.Add(result =>
        {
            if (result.GetValue(retry) is not null && result.GetValue(retryAll))
            {
                result.AddError("Give --retry <id> or --retry-all, not both.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = storeSettings();
            var database = parse.GetValue(databaseOption);
            string? connection;
            if (parse.GetResult(postgres) is null)
            {
                // As forms serve: PostgreSQL when configuration names it, unless a SQLite file is given.
                connection = database is null ? settings.PostgresConnectionString : null;
            }
            else if ((connection = parse.GetValue(postgres) is { Length: > 0 } given ? given : settings.PostgresConnectionString) is not { Length: > 0 })
            {
                parse.InvocationConfiguration.Error.WriteLine("--postgres: no connection string given, and none in configuration: set ConnectionStrings__Forms (or ConnectionStrings:Forms in appsettings.json).");
                return Task.FromResult(1);
            }

            return RunAsync(
                parse.GetValue(form)!, parse.GetValue(failed), parse.GetValue(retry), parse.GetValue(retryAll), database ?? settings.DatabasePath, connection,
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string form, bool failedOnly, string? retry, bool retryAll, string database, string? postgres, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (FormStores.SlugOf(form, error) is not { } slug)
        {
            return 1;
        }

        return await FormStores.UseAsync(database, postgres, error, store => RunAsync((IDeliveryOutbox)store, slug, failedOnly, retry, retryAll, output, error, cancellationToken));
    }

    private static async Task<int> RunAsync(IDeliveryOutbox outbox, string slug, bool failedOnly, string? retry, bool retryAll, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (retry is not null || retryAll)
        {
            var count = await outbox.RetryAsync(slug, retry, DateTimeOffset.UtcNow, cancellationToken);
            if (retry is not null && count == 0)
            {
                error.WriteLine($"{slug} has no delivery {retry}.");
                return 1;
            }

            output.WriteLine($"{count} {(count == 1 ? "delivery" : "deliveries")} of {slug} will be sent again, with the same ids, by the runner's deliverer.");
            return 0;
        }

        var items = await outbox.GetDeliveriesAsync(slug, failedOnly, cancellationToken);
        foreach (var item in items)
        {
            var when = item.Status switch
            {
                DeliveryStatus.Sent => "sent " + Time(item.SentAt),
                DeliveryStatus.Pending => "next " + Time(item.NextAttemptAt),
                _ => "failed",
            };
            output.WriteLine(string.Join('\t', item.Message.Id, item.Reference, item.Status.ToString().ToLowerInvariant(), DeliveryDestination.Describe(item.Message),
                $"{item.Attempts} attempts", when, item.LastError ?? ""));
        }

        error.WriteLine($"{items.Count} {(failedOnly ? "failed " : "")}{(items.Count == 1 ? "delivery" : "deliveries")} of {slug}.");
        return 0;
    }

    private static string Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
