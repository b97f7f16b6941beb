import { createNavigation } from 'next-intl/navigation';
import { createElement, type ComponentProps } from 'react';
import { routing } from './routing';

const navigation = createNavigation(routing);

/** Locale-aware redirect and hooks: use these instead of next/navigation's in pages. */
export const { redirect, usePathname, useRouter, getPathname } = navigation;

type LinkProps = ComponentProps<typeof navigation.Link>;

/**
 * Locale-aware Link without prefetching unless a link asks for it. Every page is
 * rendered per request (CSP nonce, docs/security.md), so Next's default prefetch of
 * each link in the viewport cost a full server render per link — 11–19 background
 * renders per page view, /admin included (docs/performance.md). A click still
 * navigates client-side; it fetches the page then.
 */
export function Link({ prefetch = false, ...props }: LinkProps) {
  return createElement(navigation.Link, { prefetch, ...props });
}
