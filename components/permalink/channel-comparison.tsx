import type { ChannelInfo } from '@/core/search/types';
import { packagePath } from '@/lib/urls';

/** The same attribute in every indexed channel: version, or absent. */
export function ChannelComparison({ attrPath, current, rows }: { attrPath: string; current: string; rows: { channel: ChannelInfo; version: string | null }[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{attrPath} in each channel</caption>
      <thead>
        <tr className="border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
          <th scope="col" className="py-1 pr-3 font-medium">Channel</th>
          <th scope="col" className="py-1 font-medium">Version</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ channel, version }) => (
          <tr key={channel.id} className="border-b border-zinc-100 dark:border-zinc-900" aria-current={channel.id === current ? 'true' : undefined}>
            <th scope="row" className="py-1 pr-3 font-normal">
              {version !== null && channel.id !== current ? (
                <a className="text-sky-700 underline dark:text-sky-300" href={packagePath(channel.id, attrPath)}>
                  {channel.label}
                </a>
              ) : (
                <span className={channel.id === current ? 'font-semibold' : ''}>{channel.label}</span>
              )}
            </th>
            <td className="py-1 font-mono text-xs">
              {version === null ? <span className="text-zinc-500 dark:text-zinc-400">absent</span> : version || '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
