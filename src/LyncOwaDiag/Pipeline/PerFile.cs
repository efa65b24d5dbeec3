namespace LyncOwaDiag.Pipeline;

/// <summary>A look ahead over several files, side by side up to the run's limit, failing as one thread would.</summary>
internal static class PerFile
{
    /// <summary>Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1, on up to <paramref name="parallel"/> threads.</summary>
    public static void For(int count, int parallel, Action<int> body)
    {
        if (parallel > 1 && count > 1)
        {
            try
            {
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, body);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // A failure reads as it would on one thread: the first one, not a wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            body(i);
        }
    }
}
