/** A row of a definition list; nothing is rendered when there is nothing to show. */
export function MetaRow({ term, children, show = true }: { term: string; children: React.ReactNode; show?: boolean }) {
  if (!show) return null;
  return (
    <div className="meta-row">
      <dt className="meta-term">{term}</dt>
      <dd className="meta-def">{children}</dd>
    </div>
  );
}

/** A definition list of metadata rows. */
export function MetaList({ children }: { children: React.ReactNode }) {
  return <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">{children}</dl>;
}

/** Items separated by commas. */
export function Inline({ items }: { items: React.ReactNode[] }) {
  return (
    <>
      {items.map((item, i) => (
        <span key={i}>
          {i > 0 ? ', ' : null}
          {item}
        </span>
      ))}
    </>
  );
}
