using System.Security.Cryptography;
using System.Text;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner;

namespace GovDesign.Site.Playground;

/// <summary>
/// The forms being tried in the playground: one form runner, named <see cref="Runner"/> and mapped
/// under <see cref="TryPrefix"/>, over definitions in memory and a <see cref="MemoryFormStore"/>. Each
/// definition tried is served at <c>/playground/try/{slug}-{hash}/</c>, so two people trying forms with
/// the same slug never meet. A form goes, with its journeys and submissions, after
/// <see cref="PlaygroundOptions.TryLifetime"/> unused, or when more than <see cref="PlaygroundOptions.MaxForms"/> are open.
/// </summary>
internal sealed class PlaygroundForms(FormCatalogue catalogue, MemoryFormStore store, PlaygroundOptions options, TimeProvider time)
{
    public const string Runner = "playground";
    public const string TryPrefix = "/playground/try";

    private readonly Dictionary<string, DateTimeOffset> _lastUsed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Serves a definition that loaded (or keeps serving it, when it is open already) and returns its start page.</summary>
    public string Open(FormDefinition form, string json)
    {
        var slug = $"{form.Slug}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16]}";
        lock (_gate)
        {
            Expire();
            if (!_lastUsed.ContainsKey(slug))
            {
                catalogue.Set(form, slug);
            }

            _lastUsed[slug] = time.GetUtcNow();
            while (_lastUsed.Count > options.MaxForms)
            {
                Close(_lastUsed.MinBy(p => p.Value).Key);
            }
        }

        return $"{TryPrefix}/{slug}/";
    }

    /// <summary>Marks a form as used now; false when it is not being tried (it expired, or never was).</summary>
    public bool Touch(string slug)
    {
        lock (_gate)
        {
            Expire();
            if (!_lastUsed.ContainsKey(slug))
            {
                return false;
            }

            _lastUsed[slug] = time.GetUtcNow();
            return true;
        }
    }

    private void Expire()
    {
        var cutOff = time.GetUtcNow() - options.TryLifetime;
        foreach (var (slug, _) in _lastUsed.Where(p => p.Value < cutOff).ToList())
        {
            Close(slug);
        }
    }

    private void Close(string slug)
    {
        _lastUsed.Remove(slug);
        catalogue.Remove(slug);
        store.Forget(slug);
    }
}
