// Watching a browser context for Content-Security-Policy violations: every document
// (pages, popups, iframes) reports `securitypolicyviolation` events from before its first
// script, and Chromium's "Refused to ..." console errors are kept too, from pages and
// from their Web Workers (a worker's violations never reach a document).

import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';

export interface CspWatch {
  /** Every violation seen so far, one line each: where, which directive, what was blocked. */
  seen: string[];
}

const CSP_CONSOLE = /Content[- ]Security[- ]Policy|Refused to (load|execute|apply|create|connect|evaluate|frame)/i;

export async function watchCsp(context: BrowserContext): Promise<CspWatch> {
  const watch: CspWatch = { seen: [] };
  await context.exposeBinding('__reportCspViolation', ({ frame }, line: string) => {
    watch.seen.push(`${frame.url().slice(0, 80)}: ${line}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (line: string) => void }).__reportCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${JSON.stringify(e.sample)}`);
    });
  });
  const onConsole = (where: string) => (m: ConsoleMessage) => {
    if (CSP_CONSOLE.test(m.text())) watch.seen.push(`${where} console ${m.type()}: ${m.text().slice(0, 300)}`);
  };
  const onPage = (page: Page) => {
    page.on('console', onConsole('page'));
    page.on('worker', (w) => w.on('console', onConsole(`worker ${w.url().slice(0, 40)}`)));
  };
  for (const page of context.pages()) onPage(page);
  context.on('page', onPage);
  return watch;
}

/** The directives of a policy as a map: name -> sources. */
export function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name)) out.set(name.toLowerCase(), sources);
  }
  return out;
}
