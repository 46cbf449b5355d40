import { highlightNix } from '@/lib/highlight';

/** A block of Nix code, highlighted on the server (the output of highlight.js is escaped text in spans). */
export function NixCode({ code, label }: { code: string; label?: string }) {
  return (
    <pre
      aria-label={label}
      className="overflow-x-auto rounded bg-zinc-100 px-3 py-2 font-mono text-[0.8rem] leading-relaxed dark:bg-zinc-900"
    >
      <code dangerouslySetInnerHTML={{ __html: highlightNix(code) }} />
    </pre>
  );
}
