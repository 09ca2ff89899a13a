namespace GovDesign.Site.Guidance;

/// <summary>
/// Every guidance page, read from the <c>guidance/</c> folder. Each request asks for
/// <see cref="Current"/>, which looks at the files' timestamps and sizes and re-reads only the
/// files that changed, so an edited Markdown file shows up on the next request without a restart.
/// </summary>
/// <param name="root">The guidance folder.</param>
/// <param name="formSamples">The sample forms' folder, which <c>sample-form</c> blocks show.</param>
public sealed class GuidanceStore(string root, string formSamples)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateTime Written, long Length, GuidancePage Page)> _files = new(StringComparer.Ordinal);
    private GuidanceSnapshot? _snapshot;
    private string _signature = "";

    /// <summary>The folder the pages are read from.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The pages as the files are now.</summary>
    public GuidanceSnapshot Current()
    {
        var files = Directory.Exists(Root)
            ? new DirectoryInfo(Root).EnumerateFiles("*.md", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal).ToList()
            : [];
        var signature = string.Join('|', files.Select(f => $"{f.FullName}:{f.LastWriteTimeUtc.Ticks}:{f.Length}"));
        lock (_lock)
        {
            if (_snapshot is not null && signature == _signature)
            {
                return _snapshot;
            }

            var pages = new List<GuidancePage>();
            var errors = new List<GuidanceException>();
            foreach (var file in files)
            {
                try
                {
                    if (!_files.TryGetValue(file.FullName, out var known) || known.Written != file.LastWriteTimeUtc || known.Length != file.Length)
                    {
                        known = (file.LastWriteTimeUtc, file.Length, GuidanceMarkdown.Read(file.FullName, Path.GetRelativePath(Root, file.FullName), formSamples));
                        _files[file.FullName] = known;
                    }

                    pages.Add(known.Page);
                }
                catch (GuidanceException error)
                {
                    // One bad file must not take the whole site down: it is left out, and its error is listed.
                    errors.Add(error);
                }
            }

            _snapshot = new GuidanceSnapshot(pages) { Errors = errors };
            _signature = signature;
            return _snapshot;
        }
    }
}
