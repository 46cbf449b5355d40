import type { PackageFlags } from '@/core/documents/types';
import { Badge } from '@/components/ui/badge';

/** Badges for the flags that matter before installing. */
export function PackageFlagBadges({ flags }: { flags: PackageFlags }) {
  return (
    <>
      {flags.broken ? <Badge tone="red" title="Marked broken: it may not build">broken</Badge> : null}
      {flags.insecure ? <Badge tone="red" title="Has known vulnerabilities">insecure</Badge> : null}
      {flags.unfree ? <Badge tone="amber" title="Needs allowUnfree">unfree</Badge> : null}
      {flags.unsupported ? <Badge tone="zinc" title="Not supported on the usual platforms">unsupported</Badge> : null}
    </>
  );
}
