import type { ReactNode } from 'react';
import '@/components/forms.css';
import './auth.css';

// Sign-in renders per request, with a CSP nonce from proxy.ts; never cached.
export const dynamic = 'force-dynamic';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="auth-main">
      {children}
    </main>
  );
}
