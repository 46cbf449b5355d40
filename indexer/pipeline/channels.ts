/**
 * Which channels a command works on: all of the configuration, or those named with
 * `--channel`; and ad-hoc inputs from the command line. Ad-hoc inputs (`--packages`,
 * `--options`, `--home-manager-options`, `--nixpkgs`) replace ALL inputs of the one channel
 * named: the configured channel (if any) only lends its label, revision and link base, which
 * `--label`, `--revision` and `--source-base-url` override in turn.
 */
import { channelConfigSchema, type ChannelConfig, type Source } from '@/core/channels/config';
import { UnknownChannelError, UsageError } from '../errors';
import { isUrl } from '../import/open';
import { resolve } from 'node:path';

/** Inputs and settings given on the command line. */
export interface AdHocInputs {
  packages?: string;
  options?: string;
  homeManagerOptions?: string;
  nixpkgs?: string;
  label?: string;
  revision?: string;
  sourceBaseUrl?: string;
  homeManagerSourceBaseUrl?: string;
}

/** Default link bases for channels that exist only on the command line. */
const NIXPKGS_BLOB = 'https://github.com/NixOS/nixpkgs/blob/';
const HOME_MANAGER_BLOB = 'https://github.com/nix-community/home-manager/blob/master/';

/** The channels named (in the given order), or all; unknown ids are an error listing the known ones. */
export function selectChannels(all: ChannelConfig[], ids: string[]): ChannelConfig[] {
  if (ids.length === 0) return all;
  return ids.map((id) => {
    const channel = all.find((c) => c.id === id);
    if (!channel) throw new UnknownChannelError(id, all.map((c) => c.id));
    return channel;
  });
}

/** Whether any ad-hoc input was given. */
export function hasAdHocInputs(a: AdHocInputs): boolean {
  return Boolean(a.packages || a.options || a.homeManagerOptions || a.nixpkgs);
}

const location = (s: string) => (isUrl(s) ? s : resolve(s));
const artifact = (s: string): Source => ({ artifact: location(s) });

/** A channel from ad-hoc inputs, based on the configured channel of that id when there is one. */
export function adHocChannel(id: string, base: ChannelConfig | undefined, a: AdHocInputs): ChannelConfig {
  const revision = a.revision ?? base?.revision ?? 'master';
  const nixpkgs: Source | undefined = a.nixpkgs ? { nixpkgs: location(a.nixpkgs) } : undefined;
  const packages = a.packages ? artifact(a.packages) : nixpkgs;
  const nixosOptions = a.options ? artifact(a.options) : nixpkgs;
  const optionSets: ChannelConfig['optionSets'] = [];
  if (nixosOptions) optionSets.push({ id: 'nixos', source: nixosOptions });
  if (a.homeManagerOptions) {
    const hmBase = a.homeManagerSourceBaseUrl ?? base?.optionSets.find((s) => s.id === 'home-manager')?.sourceBaseUrl ?? HOME_MANAGER_BLOB;
    optionSets.push({ id: 'home-manager', source: artifact(a.homeManagerOptions), sourceBaseUrl: hmBase });
  }
  const candidate = {
    id,
    label: a.label ?? base?.label ?? id,
    revision,
    sourceBaseUrl: a.sourceBaseUrl ?? (a.revision || !base ? `${NIXPKGS_BLOB}${revision}/` : base.sourceBaseUrl),
    ...(packages ? { packages } : {}),
    optionSets,
  };
  const parsed = channelConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'channel'}: ${i.message}`);
    throw new UsageError(`Invalid ad-hoc channel "${id}": ${problems.join('; ')}`);
  }
  return parsed.data;
}
