'use client';

import { useBoundaryMessages } from '@/components/boundary-messages';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const m = useBoundaryMessages();
  return (
    <main id="main" className="site-main">
      <h1>{m.errorTitle}</h1>
      <p>{m.errorBody}</p>
      <button type="button" onClick={reset}>{m.tryAgain}</button>
    </main>
  );
}
