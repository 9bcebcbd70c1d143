"use client";

import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

/** The section a path is in: its own link, or the longest link it lies under (a record is in Signups). */
export function currentLink(links: readonly NavLink[], pathname: string): string | null {
  const path = pathname.replace(/\/+$/, "") || "/";
  const within = links.filter((link) => path === link.href || path.startsWith(`${link.href}/`));
  const deepest = within.sort((a, b) => b.href.length - a.href.length)[0];
  return deepest?.href ?? null;
}

/**
 * The staff area's links, the current one marked for assistive technology (aria-current) and
 * to the eye by weight and a bar under it, not by colour alone.
 */
export function AdminNavLinks({ links }: { links: readonly NavLink[] }) {
  const pathname = usePathname();
  const current = currentLink(links, pathname);
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2">
      {links.map((link) => {
        const isCurrent = link.href === current;
        const isPage = isCurrent && pathname.replace(/\/+$/, "") === link.href;
        return (
          <li key={link.href}>
            <a
              href={link.href}
              aria-current={isPage ? "page" : isCurrent ? "true" : undefined}
              className={
                isCurrent ? "border-b-4 border-current pb-0.5 font-bold text-ink no-underline" : "font-medium"
              }
            >
              {link.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
