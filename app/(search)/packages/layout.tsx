import { SearchShell } from '@/components/search/search-shell';
import { channelsOrEmpty } from '@/lib/channels';

/** Search form and shortcuts; they persist while the results below change. */
export default async function Layout({ children }: { children: React.ReactNode }) {
  return (
    <SearchShell kind="packages" channels={await channelsOrEmpty()}>
      {children}
    </SearchShell>
  );
}
