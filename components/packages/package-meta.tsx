import type { PackageDoc } from '@/core/documents/types';
import { ExtLink } from '@/components/ui/ext-link';
import { Inline, MetaList, MetaRow } from '@/components/ui/meta-list';
import { githubProfileUrl } from '@/lib/safe-url';

/** Platforms shown before "and N more" (all of them when `full`). */
const PLATFORM_PREVIEW = 8;

/**
 * Homepages, licenses, maintainers, platforms, outputs, programs and source of a package:
 * `full` on the package page (every platform); `compact` in result cards (platforms counted,
 * no teams, outputs or programs: the card links to the page that has them).
 */
export function PackageMeta({ pkg, full = false, compact = false }: { pkg: PackageDoc; full?: boolean; compact?: boolean }) {
  const platforms = full ? pkg.platforms : pkg.platforms.slice(0, PLATFORM_PREVIEW);
  const more = pkg.platforms.length - platforms.length;
  return (
    <MetaList>
      <MetaRow term="Homepage" show={pkg.homepages.length > 0}>
        <Inline items={pkg.homepages.map((h) => <ExtLink key={h} href={h}>{h}</ExtLink>)} />
      </MetaRow>
      <MetaRow term="License" show={pkg.licenses.length > 0}>
        <Inline
          items={pkg.licenses.map((l, i) => (
            <ExtLink key={i} href={l.url}>
              {l.fullName}
              {l.free === false ? ' (unfree)' : ''}
            </ExtLink>
          ))}
        />
      </MetaRow>
      <MetaRow term="Maintainers" show={pkg.maintainers.length > 0}>
        <Inline
          items={pkg.maintainers.map((m, i) => {
            const name = m.name ?? m.github ?? m.email ?? 'unknown';
            const gh = githubProfileUrl(m.github);
            return gh ? (
              <ExtLink key={i} href={gh}>
                {name}
                {m.github && m.github !== name ? ` (@${m.github})` : ''}
              </ExtLink>
            ) : (
              <span key={i}>{name}</span>
            );
          })}
        />
      </MetaRow>
      <MetaRow term="Teams" show={!compact && pkg.teams.length > 0}>
        <Inline items={pkg.teams.map((t) => <span key={t.shortName}>{t.shortName}</span>)} />
      </MetaRow>
      <MetaRow term="Platforms" show={pkg.platforms.length > 0}>
        {compact ? (
          <span>{pkg.platforms.length}</span>
        ) : (
          <>
            <span className="mono-xs">{platforms.join(' ')}</span>
            {more > 0 ? <span className="text-zinc-500 dark:text-zinc-400"> and {more} more</span> : null}
          </>
        )}
      </MetaRow>
      <MetaRow term="Outputs" show={!compact && pkg.outputs.length > 0}>
        <span className="mono-xs">
          {pkg.outputs.map((o) => (o === pkg.defaultOutput ? `${o} (default)` : o)).join(' ')}
        </span>
      </MetaRow>
      <MetaRow term="Programs" show={pkg.programs.length > 0}>
        <span className="mono-xs">{pkg.programs.join(' ')}</span>
      </MetaRow>
      <MetaRow term="Source" show={pkg.sourceUrl !== null || pkg.position !== null}>
        <ExtLink href={pkg.sourceUrl}>
          <span className="mono-xs">{pkg.position ?? pkg.sourceUrl}</span>
        </ExtLink>
      </MetaRow>
    </MetaList>
  );
}
