import type { PackageDoc } from '@/core/documents/types';
import { ExtLink } from '@/components/ui/ext-link';
import { Inline, MetaList, MetaRow } from '@/components/ui/meta-list';
import { githubProfileUrl } from '@/lib/safe-url';

/**
 * Homepages, licenses, maintainers, teams, platforms, outputs, programs and source of a
 * package, all of them (the package page; result cards show a few key facts only).
 */
export function PackageMeta({ pkg }: { pkg: PackageDoc }) {
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
      <MetaRow term="Teams" show={pkg.teams.length > 0}>
        <Inline items={pkg.teams.map((t) => <span key={t.shortName}>{t.shortName}</span>)} />
      </MetaRow>
      <MetaRow term="Platforms" show={pkg.platforms.length > 0}>
        <span className="mono-xs">{pkg.platforms.join(' ')}</span>
      </MetaRow>
      <MetaRow term="Outputs" show={pkg.outputs.length > 0}>
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
