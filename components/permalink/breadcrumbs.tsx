
/** Where a document page sits: search › channel › name. */
export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-xs text-zinc-500 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href ? (
              <a className="hover:underline" href={item.href}>
                {item.label}
              </a>
            ) : (
              <span aria-current="page" className="break-all">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
