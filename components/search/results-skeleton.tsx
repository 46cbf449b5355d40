/** Placeholder rows while results load. */
export function ResultsSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading results" className="animate-pulse space-y-3 pt-2">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="space-y-1.5 px-2">
          <div className="h-4 w-48 rounded bg-zinc-200 dark:bg-zinc-800" />
          <div className="h-3 w-3/4 rounded bg-zinc-100 dark:bg-zinc-900" />
        </div>
      ))}
    </div>
  );
}
