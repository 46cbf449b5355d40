import type { License, PackageDoc } from '@/core/documents/types';
import { safeHttpUrl } from '@/lib/safe-url';
import { packagePath } from '@/lib/urls';
import { PackageFlagBadges } from './package-flags';

/** Licenses named on a card before "+N". */
const CARD_LICENSES = 2;

function licenseLabel(license: License): string {
  return license.spdxId ?? license.shortName ?? license.fullName;
}

/** Host and path of a homepage, short enough for one line ("github.com/BurntSushi/ripgrep"). */
function shortUrl(url: string): string {
  const u = new URL(url);
  const path = u.pathname.replace(/\/+$/, '');
  const text = `${u.host.replace(/^www\./, '')}${path}`;
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/**
 * One package in the results: name, version, badges, description and one line of key facts
 * (main program, licenses, homepage). Everything else — long description, maintainers,
 * platforms, install snippets — is on the package's page, linked from the name and from
 * "Details and install": twenty cards stay small to send and to render.
 */
export function PackageCard({ pkg, channel }: { pkg: PackageDoc; channel: string }) {
  const href = packagePath(channel, pkg.attrPath);
  const licenses = pkg.licenses.slice(0, CARD_LICENSES).map(licenseLabel);
  const moreLicenses = pkg.licenses.length - licenses.length;
  const homepage = pkg.homepages.map(safeHttpUrl).find((url) => url !== null);
  return (
    <article className="result">
      <div className="result-head">
        <h2 className="result-title">
          <a href={href} data-result-link className="result-link">
            {pkg.attrPath}
          </a>
        </h2>
        {pkg.version ? <span className="result-sub">{pkg.version}</span> : null}
        <PackageFlagBadges flags={pkg.flags} />
      </div>
      {pkg.description ? <p className="result-desc">{pkg.description}</p> : null}
      <p className="result-facts">
        {pkg.mainProgram ? (
          <span>
            Program <code>{pkg.mainProgram}</code>
          </span>
        ) : null}
        {licenses.length > 0 ? (
<span>{`License ${licenses.join(', ')}${moreLicenses > 0 ? ` +${moreLicenses}` : ''}`}</span>
        ) : null}
        {homepage ? (
          <a href={homepage} rel="noopener noreferrer nofollow">
            {shortUrl(homepage)}
          </a>
        ) : null}
        <a href={href}>Details and install</a>
      </p>
    </article>
  );
}
