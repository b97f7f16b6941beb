'use client';

import { useEffect, useId, useState, type ReactNode } from 'react';
import { usePathname } from '@/lib/i18n/navigation';

/**
 * On phones the site navigation folds behind a "Menu" button (a disclosure: a real
 * button with aria-expanded, so Enter and Space work); from `sm` up it is always shown.
 * Following a link closes it, and so does Escape (focus back on the button).
 */
export function NavDisclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const pathname = usePathname();
  const id = useId();
  // A link followed: the new page starts with the menu folded (compared during render, no effect).
  if (open && openedOn !== pathname) {
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      document.getElementById(`${id}-button`)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, id]);

  return (
    <>
      <button
        id={`${id}-button`}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => {
          setOpenedOn(pathname);
          setOpen((value) => !value);
        }}
        className="inline-flex h-9 items-center gap-2 rounded-md border border-line bg-white px-3 text-sm font-medium text-ink hover:border-cn sm:hidden"
        data-testid="menu-button"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d={open ? 'M3 3l10 10M13 3L3 13' : 'M2 4h12M2 8h12M2 12h12'} stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
        {label}
      </button>
      {/* Last on phones: the open menu unfolds below the name, button and languages. */}
      <div id={`${id}-menu`} className={`${open ? 'block' : 'hidden'} order-last w-full sm:order-none sm:block sm:w-auto`}>
        {children}
      </div>
    </>
  );
}
