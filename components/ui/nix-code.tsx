import { highlightNix } from '@/lib/highlight';

/** A block of Nix code, highlighted on the server (the output of highlight.js is escaped text in spans). */
export function NixCode({ code, label }: { code: string; label?: string }) {
  return (
    <pre aria-label={label} className="code-block">
      <code dangerouslySetInnerHTML={{ __html: highlightNix(code) }} />
    </pre>
  );
}
