'use client';

/** Shown by error boundaries: something unexpected failed; offer a retry, show no internals. */
export function ErrorPanel({ reset }: { reset?: () => void }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-sm text-red-950 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100">
      <h2 className="text-base font-semibold">Something went wrong</h2>
      <p className="mt-1">This page could not be shown. Search may be temporarily unavailable; please try again.</p>
      {reset ? (
        <button type="button" onClick={reset} className="mt-2 rounded border border-red-300 px-3 py-1 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-red-800 dark:hover:bg-red-900">
          Try again
        </button>
      ) : null}
    </div>
  );
}
