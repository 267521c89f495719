import type { NextRequest } from 'next/server';
import { handlers } from '@/server/auth';
import { crossOriginRefusal, isSameOrigin } from '@/server/request-meta';

export const { GET } = handlers;

/** Sign-in and sign-out posts: refused from other sites before Auth.js (and its CSRF token) sees them. */
export function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers)) return crossOriginRefusal();
  return handlers.POST(request);
}
