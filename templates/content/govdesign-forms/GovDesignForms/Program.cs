using GovDesign.Forms.Runner;

var builder = WebApplication.CreateBuilder(args);

// Every form in forms/ becomes a service at /<slug>. The settings are in appsettings.json.
builder.Services.AddFormRunner(options =>
{
    builder.Configuration.GetSection("FormRunner").Bind(options);
    options.Source = Path.Combine(builder.Environment.ContentRootPath, options.Source);
    options.DatabasePath = Path.Combine(builder.Environment.ContentRootPath, options.DatabasePath);
});

// Answers and submissions are kept in SQLite, at FormRunner:DatabasePath (package GovDesign.Forms.Sqlite).
// For PostgreSQL, shared by several runners: reference GovDesign.Forms.PostgreSql instead, call
// AddPostgreSqlFormStore() here, and give ConnectionStrings:Forms.
builder.Services.AddSqliteFormStore();

var app = builder.Build();
// Behind a proxy that serves the forms under a path, such as /forms.
if (app.Configuration["PathBase"] is { Length: > 0 } pathBase)
{
    app.UsePathBase(pathBase);
}

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseRouting();
app.MapStaticAssets();
app.MapFormRunner();
app.Run();
