'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { NOT_PAGES } from '@/lib/routes';

/**
 * One listener instead of a client component per link: plain server-rendered `<a href>`
 * (working without JavaScript) become client-side navigations when JavaScript runs. Facet,
 * sort, page and result links are many per page; rendering them as plain anchors keeps the
 * server render and the hydration small. `data-keep-scroll` on a link or on an element around
 * links (the facet panel) keeps the scroll position.
 */
export function ClientNav() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute('download')) return;
      const url = new URL(a.href, location.href);
      // Routes that are not pages (JSON, SVG, XML) always get a normal load.
      if (url.origin !== location.origin || NOT_PAGES.test(url.pathname)) return;
      if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
      e.preventDefault();
      router.push(`${url.pathname}${url.search}${url.hash}`, { scroll: !a.closest('[data-keep-scroll]') });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return null;
}
