/**
 * The site header's navigation as data: one array drives the links, their order and
 * which one is marked current (`aria-current="page"`). Labels are keys of the
 * next-intl catalogue; hrefs are locale-free (the Link adds the locale).
 */
export type NavItem = {
  href: string;
  label: 'nav.home' | 'nav.timeline' | 'nav.agreements' | 'nav.projects' | 'nav.trade' | 'nav.apiDocs' | 'admin.nav.headerLink';
  /** Current only on this exact path (the home page would otherwise match everything). */
  exact?: boolean;
};

export const SITE_NAV: readonly NavItem[] = [
  { href: '/', label: 'nav.home', exact: true },
  { href: '/timeline', label: 'nav.timeline' },
  { href: '/agreements', label: 'nav.agreements' },
  { href: '/projects', label: 'nav.projects' },
  { href: '/trade', label: 'nav.trade' },
  { href: '/api-docs', label: 'nav.apiDocs' },
  { href: '/admin', label: 'admin.nav.headerLink' },
];

/** Whether `item` is the section of `pathname` (a locale-free path such as "/projects/x"). */
export function isCurrentNav(pathname: string, item: Pick<NavItem, 'href' | 'exact'>): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (item.exact || item.href === '/') return path === item.href;
  return path === item.href || path.startsWith(`${item.href}/`);
}
