'use client';

import Link from 'next/link';
import { useBoundaryMessages } from '@/components/boundary-messages';

// not-found.tsx receives no props; the locale layout hands its strings down.
export default function NotFound() {
  const m = useBoundaryMessages();
  return (
    <main id="main" className="site-main not-found">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFoundBody}</p>
      <p>
        <Link href={`/${m.locale}`}>{m.backHome}</Link>
      </p>
    </main>
  );
}
