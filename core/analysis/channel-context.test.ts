import { describe, expect, it } from 'vitest';
import { opt, pkg } from '../engines/testing/fixtures';
import { STATIC_WEIGHTS } from '../ranking';
import { BoostContextBuilder, firstSentence } from './channel-context';
import { analysePackage } from './documents';
import { packageStaticBoost, prominenceBoost } from './static-boost';

const d = (text: string) => ({ html: `<p>${text}</p>`, text });

/** A small channel shaped like nixos-24.11's prometheus corner. */
function context() {
  const b = new BoostContextBuilder();
  for (const o of [
    opt('services.prometheus.enable', { description: d('Whether to enable Prometheus monitoring daemon.') }),
    opt('services.prometheus.stateDir', { description: d("Directory below /var/lib to store Prometheus metrics data. This directory will be created automatically using systemd's StateDirectory mechanism."), type: 'string' }),
    opt('services.prometheus.exporters.dovecot.enable', { description: d('Whether to enable the Prometheus dovecot exporter.') }),
    opt('services.grafana.enable', { description: d('Whether to enable grafana.') }),
  ])
    b.addOption(o);
  for (const p of [
    pkg('prometheus', { description: 'Service monitoring system and time series database', version: '2.55.0' }),
    pkg('dovecot_exporter', { description: 'Exporter of Prometheus metrics for Dovecot' }),
    pkg('python312Packages.prometheus-client', { pname: 'prometheus-client', description: 'Client for the Prometheus monitoring system' }),
    pkg('python311Packages.prometheus-client', { pname: 'prometheus-client', description: 'Client for the Prometheus monitoring system' }),
    pkg('victoriametrics', { description: 'Time series database, long-term remote storage for Prometheus', version: '1.0' }),
    pkg('transmission_3', { pname: 'transmission', version: '3.00', description: 'Fast, easy and free BitTorrent client' }),
    pkg('transmission_4', { pname: 'transmission', version: '4.0.6', description: 'Fast, easy and free BitTorrent client' }),
  ])
    b.addPackage(p);
  return b.build();
}

describe('channel context', () => {
  it('counts citers by name (one per pname and per module, never the module itself)', () => {
    const ctx = context();
    // dovecot_exporter, prometheus-client (two package sets, one citer), victoriametrics.
    expect(ctx.citations.get('prometheus')).toBe(3);
    expect(ctx.citations.has('dovecot')).toBe(false);
  });

  it('keeps the first sentence of each module option and counts module options', () => {
    const ctx = context();
    expect(ctx.moduleOptionTexts.get('prometheus')).toEqual(['Directory below /var/lib to store Prometheus metrics data.']);
    expect(ctx.moduleOptionCounts.get('prometheus')).toBe(3);
    expect(firstSentence('One. Two.')).toBe('One.');
    expect(firstSentence('No end')).toBe('No end');
  });

  it('gives a package what its module says, and a prominence boost from its module and citations', () => {
    const ctx = context();
    const prometheus = pkg('prometheus', { description: 'Service monitoring system and time series database' });
    expect(analysePackage(prometheus, ctx).text.longDescription).toEqual(expect.arrayContaining(['prometheu', 'monitor', 'daemon', 'metric']));
    const w = STATIC_WEIGHTS.package;
    expect(prominenceBoost(prometheus, ctx)).toBeCloseTo(w.perModuleOptionDoubling * Math.log2(4) + w.perCitationDoubling * Math.log2(4), 3);
    expect(prominenceBoost(pkg('victoriametrics'), ctx)).toBe(0);
  });

  it('prefers the newest of versioned siblings by a tie-breaker', () => {
    const ctx = context();
    expect(ctx.newestVersions.get('transmission')).toBe('4.0.6');
    const t3 = packageStaticBoost(pkg('transmission_3', { pname: 'transmission', version: '3.00' }), ctx);
    const t4 = packageStaticBoost(pkg('transmission_4', { pname: 'transmission', version: '4.0.6' }), ctx);
    expect(t4 - t3).toBeCloseTo(STATIC_WEIGHTS.package.newestVersion, 6);
  });
});
