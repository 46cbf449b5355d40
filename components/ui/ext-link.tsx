import { safeHttpUrl } from '@/lib/safe-url';

/** A link to another site when the URL is plain http(s); otherwise the text alone. */
export function ExtLink({ href, children }: { href: string | null | undefined; children: React.ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" className="link-ext">
      {children}
    </a>
  );
}
