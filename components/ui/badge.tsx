/** Tones of a badge; their styles are in globals.css (`.badge-*`), so a badge is one short class list. */
export type BadgeTone = 'red' | 'amber' | 'zinc' | 'sky';

/** A small label (flags such as unfree or broken, option types). */
export function Badge({ tone, children, title }: { tone: BadgeTone; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={`badge badge-${tone}`}>
      {children}
    </span>
  );
}
