using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;

namespace GovDesign.Site.Playground;

/// <summary>
/// A form store that keeps journeys, uploaded files and "submissions" in memory only, for trying a form in the
/// playground: nothing reaches a disk, and everything goes when the try-out expires.
/// </summary>
internal sealed partial class MemoryFormStore(TimeProvider time) : IFormStore
{
    private readonly ConcurrentDictionary<string, JourneyRecord> _journeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Submission> _submissions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredFile> _files = new(StringComparer.Ordinal);
    private readonly Lock _submitting = new();
    private long _nextId;

    public Task<JourneyRecord?> GetJourneyAsync(string sessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_journeys.TryGetValue(sessionId, out var journey) ? journey with { State = (JsonObject)journey.State.DeepClone() } : null);

    public Task SaveJourneyAsync(JourneyRecord journey, CancellationToken cancellationToken = default)
    {
        var reference = _journeys.TryGetValue(journey.SessionId, out var old) ? old.SubmissionReference : null;
        _journeys[journey.SessionId] = journey with { State = (JsonObject)journey.State.DeepClone(), SubmissionReference = reference };
        return Task.CompletedTask;
    }

    public Task RotateJourneyAsync(string oldSessionId, JourneyRecord journey, CancellationToken cancellationToken = default)
    {
        _journeys[journey.SessionId] = journey with { State = (JsonObject)journey.State.DeepClone() };
        _journeys.TryRemove(oldSessionId, out _);
        return Task.CompletedTask;
    }

    public Task<Submission?> FindSubmissionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_submissions.GetValueOrDefault(sessionId));

    public Task DeleteJourneyAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        _journeys.TryRemove(sessionId, out _);
        DropFiles(file => file.SessionId == sessionId && file.SubmissionReference is null);
        return Task.CompletedTask;
    }

    public Task<int> DeleteStaleJourneysAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var stale = _journeys.Values.Where(j => j.UpdatedAt < before).Select(j => j.SessionId).ToHashSet(StringComparer.Ordinal);
        DropFiles(file => stale.Contains(file.SessionId) && file.SubmissionReference is null);
        return Task.FromResult(stale.Count(id => _journeys.TryRemove(id, out _)));
    }

    public Task<Submission> SubmitAsync(string formSlug, string sessionId, JsonObject data, ReferenceFormat reference, CancellationToken cancellationToken = default) =>
        SubmitAsync(formSlug, sessionId, data, reference, _ => [], cancellationToken);

    public Task<Submission> SubmitAsync(string formSlug, string sessionId, JsonObject data, ReferenceFormat reference, Func<Submission, IReadOnlyList<OutboxMessage>> outbox, CancellationToken cancellationToken = default)
    {
        lock (_submitting)
        {
            if (_submissions.TryGetValue(sessionId, out var existing))
            {
                return Task.FromResult(existing);
            }

            var now = time.GetUtcNow();
            var submission = new Submission(Interlocked.Increment(ref _nextId), formSlug, sessionId, reference.Generate(now), now, (JsonObject)data.DeepClone());
            Enqueue(submission, outbox(submission));
            _submissions[sessionId] = submission;
            if (_journeys.TryGetValue(sessionId, out var journey))
            {
                _journeys[sessionId] = journey with { SubmissionReference = submission.Reference };
            }

            var kept = StoredFile.IdsIn(submission.Data);
            foreach (var file in _files.Values.Where(f => f.SessionId == sessionId && f.SubmissionReference is null && kept.Contains(f.Id)))
            {
                _files[file.Id] = file with { SubmissionReference = submission.Reference };
            }

            DropFiles(file => file.SessionId == sessionId && file.SubmissionReference is null);
            return Task.FromResult(submission);
        }
    }

    public Task SaveFileAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        _files[file.Id] = file;
        return Task.CompletedTask;
    }

    public Task<StoredFile?> GetFileAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.GetValueOrDefault(id));

    /// <summary>Drops everything a form left: its journeys, submissions and files.</summary>
    public void Forget(string formSlug)
    {
        foreach (var (key, _) in _journeys.Where(p => p.Value.FormSlug == formSlug))
        {
            _journeys.TryRemove(key, out _);
        }

        foreach (var (key, _) in _submissions.Where(p => p.Value.FormSlug == formSlug))
        {
            _submissions.TryRemove(key, out _);
        }

        DropFiles(file => file.FormSlug == formSlug);
        ForgetDeliveries(formSlug);
    }

    private void DropFiles(Func<StoredFile, bool> which)
    {
        foreach (var file in _files.Values.Where(which).ToList())
        {
            _files.TryRemove(file.Id, out _);
        }
    }

    public Task<IReadOnlyList<Submission>> GetSubmissionsAsync(string formSlug, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Submission>>([.. _submissions.Values.Where(s => s.FormSlug == formSlug).OrderBy(s => s.Id)]);
}
