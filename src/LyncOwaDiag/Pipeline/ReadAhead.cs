using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// Reads one file's events on a thread of its own, a few batches ahead of the merge: several files parse at once,
/// and parsing overlaps with whatever consumes the merged timeline, while the merge itself stays single-threaded
/// and so deterministic. The thread starts when the enumerator is taken (before the first <c>MoveNext</c>), so
/// the merge can start every file before it waits on the first. A failure of the reader (for example
/// <c>--on-invalid fail</c>) surfaces in the consumer after the events read before it.
/// </summary>
public sealed class ReadAhead<T>(IEnumerable<T> source) : IEnumerable<T>
{
    /// <summary>Events per hand-over: large enough that the queue's lock is cheap, small enough to start quickly.</summary>
    public const int BatchSize = 256;

    /// <summary>Batches a reader may run ahead; bounds memory per file.</summary>
    public const int BatchesAhead = 4;

    public IEnumerator<T> GetEnumerator() => new Reader(source);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Reader : IEnumerator<T>
    {
        private readonly BlockingCollection<T[]> _queue = new(BatchesAhead);
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;
        private ExceptionDispatchInfo? _failure;
        private T[] _batch = [];
        private int _index = -1;
        private T _current = default!;

        public Reader(IEnumerable<T> source)
        {
            _thread = new Thread(() => Produce(source)) { IsBackground = true, Name = "lyncowadiag read-ahead" };
            _thread.Start();
        }

        public T Current => _current;

        object? IEnumerator.Current => _current;

        public bool MoveNext()
        {
            while (++_index >= _batch.Length)
            {
                if (!_queue.TryTake(out var next, Timeout.Infinite))
                {
                    // Completed: everything read was handed over; now tell why reading stopped, if it failed.
                    _failure?.Throw();
                    return false;
                }

                _batch = next;
                _index = -1;
            }

            _current = _batch[_index];
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
            _stop.Cancel();
            _thread.Join();
            _queue.Dispose();
            _stop.Dispose();
        }

        private void Produce(IEnumerable<T> source)
        {
            var batch = new List<T>(BatchSize);
            try
            {
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        _queue.Add(batch.ToArray(), _stop.Token);
                        batch.Clear();
                    }
                }

                if (batch.Count > 0)
                {
                    _queue.Add(batch.ToArray(), _stop.Token);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // The consumer stopped early (a filter, --limit, an error of its own): nothing is lost that it wanted.
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
                if (batch.Count > 0)
                {
                    // What was read before the failure is the consumer's too.
                    try
                    {
                        _queue.Add(batch.ToArray(), _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The consumer has gone: it wants neither these events nor the failure.
                    }
                }
            }
            finally
            {
                _queue.CompleteAdding();
            }
        }
    }
}
