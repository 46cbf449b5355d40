import { describe, expect, it } from 'vitest';
import { AcronymMiner, acronymTokens, spelledBy } from './acronyms';
import { indexTextTokens } from './tokens';

/** The table mined from these texts (one document each). */
function mine(...texts: string[]) {
  const miner = new AcronymMiner();
  for (const t of texts) miner.add(t);
  return miner.build();
}

describe('spelledBy', () => {
  it('takes the words whose initials spell the acronym, stop words allowed between them', () => {
    expect(spelledBy('VPN', ['a', 'virtual', 'private', 'network'], true)).toEqual(['virtual', 'private', 'network']);
    expect(spelledBy('SASL', ['Simple', 'Authentication', 'and', 'Security', 'Layer'], true)).toEqual(['simple', 'authentication', 'and', 'security', 'layer']);
    expect(spelledBy('SBOM', ['a', 'software', 'bill', 'of', 'materials'], true)).toEqual(['software', 'bill', 'of', 'materials']);
    expect(spelledBy('CUPS', ['Common', 'Unix', 'Printing', 'System'], false)).toEqual(['common', 'unix', 'printing', 'system']);
    expect(spelledBy('VPN', ['some', 'private', 'network'], true)).toBeNull();
    expect(spelledBy('VPN', ['network'], true)).toBeNull();
  });
});

describe('AcronymMiner', () => {
  it('keeps acronyms that several documents define the same way, in both written orders', () => {
    const table = mine(
      "Virtual private network (VPN) client for Cisco's VPN concentrators",
      'strongSwan is an IPsec-based virtual private network (VPN) solution',
      'CUPS (Common Unix Printing System) drivers',
      'Filters for the Common UNIX Printing System (CUPS)',
    );
    expect(table.get('vpn')).toEqual(['virtual', 'privat', 'network']);
    expect(table.get('cups')).toEqual(['common', 'unix', 'print', 'system']);
  });

  it('drops acronyms defined once, shorter than three letters, or without a dominant expansion', () => {
    const table = mine(
      'A music player daemon (MPD) client',
      'Graphical user interface (UI) toolkit',
      'User interface (UI) library',
      'Client of the Simple Service Hub (SSH)',
      'Server of the Simple Service Hub (SSH)',
      'Speaks the SSH (Secure Socket Host) protocol',
      'Proxies the SSH (Secure Socket Host) protocol',
    );
    expect(table.has('mpd')).toBe(false);
    expect(table.has('ui')).toBe(false);
    expect(table.has('ssh')).toBe(false);
  });

  it('counts a document once however often it repeats a definition', () => {
    expect(mine('Virtual private network (VPN). A virtual private network (VPN).').has('vpn')).toBe(false);
  });
});

describe('acronymTokens', () => {
  const table = mine('Virtual private network (VPN) client', 'A virtual private network (VPN) daemon');
  const extra = (text: string) => acronymTokens(text, indexTextTokens(text), table);

  it('adds the words of an acronym written in capitals, plural included', () => {
    expect(extra('Node agent for Tailscale, a mesh VPN built on WireGuard')).toEqual(['virtual', 'privat', 'network']);
    expect(extra('Manage your VPNs')).toEqual(['virtual', 'privat', 'network']);
  });

  it('adds the acronym to text that spells it out', () => {
    expect(extra('Cross-platform multi-protocol virtual private network software')).toEqual(['vpn']);
  });

  it('adds nothing when both forms are there, for lowercase look-alikes, or with an empty table', () => {
    expect(extra('Virtual private network (VPN) client')).toEqual([]);
    expect(extra('the vpn word in lowercase is not an acronym')).toEqual([]);
    expect(acronymTokens('a mesh VPN', indexTextTokens('a mesh VPN'), new Map())).toEqual([]);
  });
});
