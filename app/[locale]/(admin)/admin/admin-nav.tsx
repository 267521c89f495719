'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type NavItem = {
  href: string;
  label: string;
  exact?: boolean;
  badge?: { count: number; label: string };
};

/** The admin sections; the current one is marked for assistive technology as well as visually. */
export function AdminNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  const current = (item: NavItem) =>
    item.exact
      ? pathname === item.href
      : pathname === item.href || pathname.startsWith(`${item.href}/`);
  return (
    <nav aria-label={label} className="admin-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={current(item) ? 'page' : undefined}>
              {item.label}
              {item.badge && (
                <span className="badge" title={item.badge.label}>
                  <span aria-hidden="true">{item.badge.count}</span>
                  <span className="visually-hidden">{item.badge.label}</span>
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
