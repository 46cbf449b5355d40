import type { ChannelInfo } from '@/core/search/types';
import type { SearchKind } from '@/lib/search-state';
import { KeyboardNav } from './keyboard-nav';
import { SearchForm } from './search-form';

/** The part of a search page that stays while results change: heading, form, shortcuts. */
export function SearchShell({ kind, channels, children }: { kind: SearchKind; channels: ChannelInfo[]; children: React.ReactNode }) {
  return (
    <div className="space-y-3">
      <h1 className="sr-only">{kind === 'packages' ? 'Search packages' : 'Search options'}</h1>
      <SearchForm kind={kind} channels={channels.map((c) => ({ id: c.id, label: c.label }))} />
      <KeyboardNav />
      {children}
    </div>
  );
}
