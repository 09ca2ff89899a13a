using GovDesign.Components;

namespace GovDesignService;

/// <summary>Builds the service: GovDesign's components, a session for the answers, and the pages.</summary>
public static class ServiceApp
{
    /// <summary>Builds the app; the tests call this with a loopback address.</summary>
    /// <param name="args">Command-line configuration, such as <c>--urls</c> or <c>--PathBase=/permit</c>.</param>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The same name wherever the app is started from (the tests start it in their own process).
            ApplicationName = typeof(ServiceApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents();
        builder.Services.AddGovDesignComponents();
        builder.Services.AddAntiforgery();

        // The answers live in the session until they are sent. Swap the memory cache for a shared
        // one (such as Redis or SQL Server) when the service runs on more than one machine.
        builder.Services.AddDistributedMemoryCache();
        builder.Services.AddSession(session =>
        {
            session.Cookie.Name = "govdesign-service-session";
            session.Cookie.IsEssential = true;
            session.IdleTimeout = TimeSpan.FromHours(1);
        });

        var app = builder.Build();
        // Behind a proxy that serves the service under a path, such as /apply-for-a-permit.
        if (app.Configuration["PathBase"] is { Length: > 0 } pathBase)
        {
            app.UsePathBase(pathBase);
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRouting();
        app.UseSession();
        app.MapStaticAssets();
        app.MapServicePages();
        return app;
    }
}
