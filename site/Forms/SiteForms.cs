using GovDesign.Components;
using GovDesign.Forms.Runner;

namespace GovDesign.Site.Forms;

/// <summary>
/// The sample forms (<c>form-engine/samples</c>) served by the real form runner under
/// <see cref="Prefix"/>, with journeys and submissions in a SQLite file in a temporary folder.
/// Configuration: <c>Forms:Samples</c> (a folder of definitions, see <see cref="SiteContent"/>) and
/// <c>Forms:Database</c> (the SQLite file).
/// </summary>
public static class SiteForms
{
    /// <summary>Where the sample forms live.</summary>
    public const string Prefix = "/forms";

    /// <summary>The SQLite file used when <c>Forms:Database</c> is not set: in the temporary folder, never in the repository.</summary>
    public static string DefaultDatabase() => Path.Combine(Path.GetTempPath(), "govdesign-site", "forms.db");

    /// <summary>Adds the form runner over the samples in <see cref="SiteContent.FormSamples"/>.</summary>
    public static IServiceCollection AddSiteForms(this IServiceCollection services, IConfiguration configuration, SiteContent content)
    {
        var samples = content.FormSamples;
        var database = Path.GetFullPath(configuration["Forms:Database"] is { Length: > 0 } d ? d : DefaultDatabase());
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        return services.AddFormRunner(options =>
        {
            options.Source = samples;
            options.DatabasePath = database;
            options.Theme = new Theme { OrganisationName = "GovDesign sample forms", OrganisationUrl = "/form-engine/samples" };
        }).AddSqliteFormStore();
    }

    /// <summary>Maps the samples' pages under <see cref="Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapSiteForms(this IEndpointRouteBuilder app)
    {
        app.MapFormRunner(Prefix);
        return app;
    }
}
