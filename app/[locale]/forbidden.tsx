'use client';

import Link from 'next/link';
import { useBoundaryMessages } from '@/components/boundary-messages';

// Rendered with a 403 for forbidden() (lib/dal.ts): signed in, but the role does not allow it.
export default function Forbidden() {
  const m = useBoundaryMessages();
  return (
    <main id="main" className="site-main">
      <h1>{m.forbiddenTitle}</h1>
      <p>{m.forbiddenBody}</p>
      <p>
        <Link href={`/${m.locale}/admin`}>{m.toAdmin}</Link> · <Link href={`/${m.locale}`}>{m.toSite}</Link>
      </p>
    </main>
  );
}
