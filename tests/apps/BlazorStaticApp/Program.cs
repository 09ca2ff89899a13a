// The app is built in StaticApp, which the tests start too.
await BlazorStaticApp.StaticApp.Build(args).RunAsync();
