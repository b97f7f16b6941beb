'use client';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { isCurrentNav } from '@/lib/navigation/site-nav';

type Props = {
  items: { href: string; label: string; exact?: boolean }[];
  listClassName: string;
  linkClassName: string;
  /** Added to the link of the current section. */
  currentClassName: string;
};

/** A navigation list that marks the current section with aria-current (needs the pathname: client). */
export function NavLinks({ items, listClassName, linkClassName, currentClassName }: Props) {
  const pathname = usePathname();
  return (
    <ul className={listClassName}>
      {items.map((item) => {
        const current = isCurrentNav(pathname, item);
        return (
          <li key={item.href}>
            <Link href={item.href} aria-current={current ? 'page' : undefined} className={`${linkClassName} ${current ? currentClassName : ''}`}>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
