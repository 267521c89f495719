'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useBoundaryMessages } from '@/components/boundary-messages';

// Rendered with a 401 for unauthorized() (lib/dal.ts): nobody is signed in, or the session ended.
export default function Unauthorized() {
  const m = useBoundaryMessages();
  const pathname = usePathname();
  return (
    <main id="main" className="site-main">
      <h1>{m.unauthorizedTitle}</h1>
      <p>{m.unauthorizedBody}</p>
      <p>
        <Link href={`/${m.locale}/login?next=${encodeURIComponent(pathname)}`}>{m.toLogin}</Link>
      </p>
    </main>
  );
}
