'use client';

import { createContext, use, type ReactNode } from 'react';

/**
 * The few strings the error, not-found, forbidden and unauthorized screens need, handed down by
 * the locale layout: those screens are client components, and importing the catalogues there
 * would ship every string of both languages to every reader.
 */
export type BoundaryMessages = {
  locale: string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  errorTitle: string;
  errorBody: string;
  tryAgain: string;
  forbiddenTitle: string;
  forbiddenBody: string;
  unauthorizedTitle: string;
  unauthorizedBody: string;
  toLogin: string;
  toAdmin: string;
  toSite: string;
};

const Context = createContext<BoundaryMessages | null>(null);

export function BoundaryMessagesProvider({ messages, children }: { messages: BoundaryMessages; children: ReactNode }) {
  return <Context value={messages}>{children}</Context>;
}

export function useBoundaryMessages(): BoundaryMessages {
  const messages = use(Context);
  if (!messages) throw new Error('useBoundaryMessages needs the locale layout');
  return messages;
}
