/** Version strings: ordering, and the newest version among top-level packages sharing a pname. */

const PARTS = /\d+|[^\d.\-_+]+/g;

/** Compare two version strings part by part, numbers numerically (4.0.6 > 3.00, 10.1 > 9.9; 1.2.1 > 1.2). */
export function compareVersions(a: string, b: string): number {
  const pa = a.match(PARTS) ?? [];
  const pb = b.match(PARTS) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const ny = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (nx !== ny) return nx ? 1 : -1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Tracks the newest version per pname (lowercase) over the packages added. */
export class NewestVersions {
  private readonly byPname = new Map<string, { newest: string; count: number }>();

  /** Record one package's version. */
  add(pname: string, version: string): void {
    const v = this.byPname.get(pname);
    if (!v) this.byPname.set(pname, { newest: version, count: 1 });
    else {
      v.count++;
      if (compareVersions(version, v.newest) > 0) v.newest = version;
    }
  }

  /** The newest version of each pname that more than one package shares. */
  build(): Map<string, string> {
    return new Map([...this.byPname].filter(([, v]) => v.count > 1).map(([p, v]) => [p, v.newest]));
  }
}
