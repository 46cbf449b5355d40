/* eslint-disable @next/next/no-html-link-for-pages -- plain anchors on purpose: components/layout/client-nav.tsx makes them client-side navigations */
export default function NotFound() {
  return (
    <div className="space-y-3 py-6">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">There is nothing at this address.</p>
      <p className="flex gap-3 text-sm">
        <a className="text-sky-700 underline dark:text-sky-300" href="/packages">Search packages</a>
        <a className="text-sky-700 underline dark:text-sky-300" href="/options">Search options</a>
      </p>
    </div>
  );
}
