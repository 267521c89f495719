// Chromium for the checks that need a real browser: the system one when present, as the e2e suite uses.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../../e2e/support/chromium';
import { pool } from './harness';

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [...extraArgs, ...CHROMIUM_ARGS],
  });
}

/**
 * Records what must never happen on a page: dialogs (alert, confirm, prompt, print) and CSP
 * violations, whether reported as events or as console errors.
 */
export async function watch(page: Page) {
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.exposeFunction('__reportPrint', () => dialogs.push(`print() on ${page.url()}`));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportViolation: (t: string) => void })
      .__reportViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(
        `${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
    window.print = () => (window as unknown as { __reportPrint: () => void }).__reportPrint();
  });
  return { dialogs, violations };
}

/** Visits `routes` in `tabs` watched pages of one context at once; returns everything they saw. */
export async function inTabs(
  context: BrowserContext,
  routes: string[],
  visit: (page: Page, route: string) => Promise<void>,
  tabs = 4,
) {
  const pages = await Promise.all(
    Array.from({ length: Math.min(tabs, routes.length) }, async () => {
      const page = await context.newPage();
      return { page, seen: await watch(page) };
    }),
  );
  const free = pages.map((p) => p.page);
  await pool(routes, pages.length, async (route) => {
    const page = free.pop()!;
    try {
      await visit(page, route);
    } finally {
      free.push(page);
    }
  });
  return {
    dialogs: pages.flatMap((p) => p.seen.dialogs),
    violations: pages.flatMap((p) => p.seen.violations),
  };
}
