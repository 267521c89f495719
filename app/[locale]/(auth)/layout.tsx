import type { ReactNode } from 'react';
import '@/components/forms.css';
import './auth.css';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="auth-main">
      {children}
    </main>
  );
}
