import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import { digestTemplateData } from '../../src/digest/digest-template-data.js';
import { denialReasonData } from '../../src/pipeline/decide/denial-reasons.js';
import { loadTemplates } from '../../src/mail/render-template.js';
import type { Language } from '../../src/pipeline/types.js';
import { confirmationMailData, flagMailData, helpMailData } from '../../src/staff/staff-mail-data.js';
import { isStaffTemplateKind } from '../../src/mail/template-data.js';
import { DIGEST_NOW, DIGEST_ZONE, sampleDigestInput } from '../unit/digest/sample-digest-input.js';

/*
 * Real rendering check (issue 6 item 6): the digest and every HTML template, rendered with
 * sample data, opened in headless Chromium (Debian's package; no network: background
 * networking, sync and component updates off), screenshot, and checked for what a reader sees.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PHONE = { width: 375, height: 740 };
/** The widest phone screens in common use; a consumer message must not scroll sideways on them. */
const MAX_PHONE_WIDTH = 414;
/** Markup smuggled into data: it must show as text, never become an element. */
const INJECTED = '<i data-injected="1">Whitfield</i>';
const templateDir = path.resolve('templates');
const templates = loadTemplates([templateDir]);
const shotDir = process.env.RENDER_SCREENSHOTS_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-render-'));

function consumerData(lang: Language): Record<string, unknown> {
  const en = lang === 'en';
  return {
    reference: 'CCPA-2026-000123',
    references: ['CCPA-2026-000123', 'CCPA-2026-000124'],
    requestTypeLabels: [en ? 'Deletion of your personal information' : 'Eliminación de su información personal'],
    receivedDate: en ? 'November 23, 2026' : '23 de noviembre de 2026',
    dueDate: en ? 'January 7, 2027' : '7 de enero de 2027',
    consumerName: `Dana ${INJECTED}`,
    botAddress: 'compliance@example.com',
    businessName: 'MTBC',
    originalSubject: 'Delete my data',
    code: 'ABCD-EFGH',
    codeExpiresDate: en ? 'December 7, 2026' : '7 de diciembre de 2026',
    dataPointsToProvide: 2,
    declarationRequired: true,
    agentName: 'Jordan Agent',
    waitingForIs: { verification: true },
    extensionReason: 'Your records are held in several systems.',
    originalDueDate: en ? 'January 7, 2027' : '7 de enero de 2027',
    staffNote: `Checked ${INJECTED}`,
    hipaaContact: 'records@example.com',
    ...denialReasonData('not_california'),
  };
}

function staffData(kind: string): Record<string, unknown> {
  const common = { reference: 'CCPA-2026-000123', businessName: 'MTBC' };
  if (kind === 'digest') return digestTemplateData(buildDigest(sampleDigestInput(), DIGEST_NOW, DIGEST_ZONE), { businessName: 'MTBC', timeZone: DIGEST_ZONE });
  if (kind === 'staff-help') return helpMailData({ ...common, problem: 'unknown_command', firstLine: INJECTED });
  if (kind === 'staff-confirmation') return confirmationMailData({ ...common, commandText: 'approve', applied: true, outcomeText: INJECTED, status: 'in_progress', consumerMail: 'verified' });
  return flagMailData({
    ...common,
    reasonCode: 'agent_request',
    typeLabel: 'Deletion',
    requester: 'a-very-long-requester-address-for-wrapping@example.org',
    requesterRole: 'agent',
    receivedDate: 'November 23, 2026',
    dueDate: 'January 7, 2027',
    daysLeft: 44,
    status: 'received',
    botAction: 'Opened the request and sent an acknowledgement.',
    staffAddress: 'alex.kim@example.com',
    keyExpires: 'December 23, 2026',
    original: { from: 'Dana <dana.whitfield@example.org>', date: 'November 23, 2026', subject: 'Delete my data', text: `Please delete my data. ${INJECTED}\n${'long-unbroken-text-'.repeat(12)}` },
    botAddress: 'compliance@example.com',
  });
}

/** Every `templates/<kind>/html.<lang>.hbs` on disk. */
function htmlTemplates(): Array<{ kind: string; lang: Language }> {
  return fs
    .readdirSync(templateDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'partials')
    .flatMap((entry) => fs.readdirSync(path.join(templateDir, entry.name)).map((file) => ({ kind: entry.name, file })))
    .map(({ kind, file }) => ({ kind, lang: /^html\.(en|es)\.hbs$/.exec(file)?.[1] as Language | undefined }))
    .filter((t): t is { kind: string; lang: Language } => t.lang !== undefined)
    .sort((a, b) => `${a.kind}.${a.lang}`.localeCompare(`${b.kind}.${b.lang}`));
}

interface Seen {
  text: string;
  scrollWidth: number;
  injectedElements: number;
  tables: number;
}

async function open(page: Page, html: string, name: string): Promise<Seen> {
  requireBrowser();
  await page.setContent(html, { waitUntil: 'load' });
  const shot = await page.screenshot({ fullPage: true, path: path.join(shotDir, `${name}.png`) });
  expect(shot.subarray(1, 4).toString()).toBe('PNG');
  // Evaluated in the page; a string, because the project's TypeScript has no DOM library.
  return page.evaluate<Seen>(`({
    text: document.body.innerText,
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    injectedElements: document.querySelectorAll('[data-injected]').length,
    tables: document.querySelectorAll('table').length,
  })`);
}

let context: BrowserContext | undefined;
let page: Page;
let profileDir: string;
let missingBrowser: Error | null = null;

/** Every test fails, with the install message, when Chromium is missing: never a skip. */
function requireBrowser(): void {
  if (missingBrowser) throw missingBrowser;
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    missingBrowser = new Error(
      `Chromium not found at ${CHROMIUM}: the rendering check needs it. Install Debian's package: ` +
        '`sudo apt-get install -y --no-install-recommends chromium` (or run `bash scripts/ensure-test-servers.sh` as root), or set CHROMIUM_PATH.',
    );
    return;
  }
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: PHONE,
    // The machine has no internet: nothing in the browser may try to reach it.
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  // Mail HTML must need nothing from outside: any request but the page itself fails the test.
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
});

describe('every HTML template, as a reader sees it in Chromium at 375 px', () => {
  const all = htmlTemplates();

  it('covers the workflow, staff and digest templates', () => {
    expect(all.length).toBeGreaterThanOrEqual(44);
    expect(all.map((t) => t.kind)).toEqual(expect.arrayContaining(['acknowledgement', 'denial', 'staff-flag', 'digest']));
  });

  for (const { kind, lang } of all) {
    it(`${kind} (${lang}): no template syntax, injected markup shown as text, ${isStaffTemplateKind(kind) ? 'staff mail' : `no wider than ${MAX_PHONE_WIDTH} px`}`, async () => {
      const data = isStaffTemplateKind(kind) ? staffData(kind) : consumerData(lang);
      const seen = await open(page, templates.render(kind, lang, data).html, `${kind}.${lang}`);
      expect(seen.text.trim().length).toBeGreaterThan(40);
      expect(seen.text).not.toMatch(/\{\{|\}\}/);
      expect(seen.text).not.toMatch(/<\/?(p|div|td|tr|table|span|strong|br|ul|li|html|body)\b/i);
      expect(seen.injectedElements).toBe(0);
      // Consumer mail is read on phones: nothing may force sideways scrolling.
      if (!isStaffTemplateKind(kind)) expect(seen.scrollWidth).toBeLessThanOrEqual(MAX_PHONE_WIDTH);
    });
  }
});

describe('the digest in Chromium', () => {
  it('shows every section table and the workload chart with bars in proportion, within a phone screen', async () => {
    requireBrowser();
    const html = templates.render('digest', 'en', staffData('digest')).html;
    const seen = await open(page, html, 'digest-phone');
    expect(seen.scrollWidth).toBeLessThanOrEqual(MAX_PHONE_WIDTH);
    for (const title of ['Overdue (1)', 'Due within 7 days (2)', 'Waiting for staff (3)', 'Waiting for the consumer (1)', 'New since the last digest (0)', 'Closed since the last digest (1)', 'Problems (4)']) {
      expect(seen.text).toContain(title);
    }
    // Five sections with lines; the empty one says "None." instead of a table.
    expect(await page.locator('table.digest-section').count()).toBe(5);
    expect(await page.locator('table.digest-section').first().locator('tr').count()).toBe(2);
    const chart = page.locator('#workload-chart');
    expect(await chart.isVisible()).toBe(true);
    const bars = await page.evaluate<Array<{ width: number; height: number; colour: string }>>(`[...document.querySelectorAll('#workload-chart td.bar')].map((cell) => ({
      width: cell.getBoundingClientRect().width,
      height: cell.getBoundingClientRect().height,
      colour: getComputedStyle(cell).backgroundColor,
    }))`);
    expect(bars).toHaveLength(5);
    for (const bar of bars) {
      expect(bar.height).toBeGreaterThanOrEqual(12);
      expect(bar.colour).not.toBe('rgba(0, 0, 0, 0)');
    }
    const [overdue, dueSoon] = bars;
    // The 0-7 bucket holds two requests, the overdue one: its bar is twice as long.
    expect((dueSoon?.width ?? 0) / (overdue?.width ?? 1)).toBeCloseTo(2, 1);
    const chartShot = await chart.screenshot({ path: path.join(shotDir, 'digest-chart.png') });
    expect(chartShot.length).toBeGreaterThan(1000);
  });

  it('at 375 px no address breaks a word mid-way: it wraps only before its @ or a dot, and nothing scrolls sideways', async () => {
    requireBrowser();
    const seen = await open(page, templates.render('digest', 'en', staffData('digest')).html, 'digest-addresses');
    expect(seen.scrollWidth).toBeLessThanOrEqual(PHONE.width);
    const addresses = await page.evaluate<Array<{ text: string; lines: number; partLines: number[] }>>(`[...document.querySelectorAll('table.digest-section .address')].map((el) => ({
      text: el.textContent,
      lines: new Set([...el.querySelectorAll('.address-part')].map((part) => Math.round(part.getBoundingClientRect().top))).size,
      partLines: [...el.querySelectorAll('.address-part')].map((part) => part.getClientRects().length),
    }))`);
    expect(addresses).toHaveLength(8);
    expect(addresses.map((a) => a.text)).toContain('authorized.agent.services.department@privacy-agents.example.com');
    // Every piece of every address stays on one line.
    for (const address of addresses) expect(address.partLines.every((n) => n === 1)).toBe(true);
    // The long agent address does not fit the column, so it does wrap: at a piece's edge.
    expect(addresses.find((a) => a.text?.startsWith('authorized'))?.lines).toBeGreaterThan(1);
  });

  it('at a desktop width the chart uses the room and the tables stay within the 640 px column', async () => {
    requireBrowser();
    await page.setViewportSize({ width: 1024, height: 800 });
    try {
      const seen = await open(page, templates.render('digest', 'en', staffData('digest')).html, 'digest-desktop');
      expect(seen.scrollWidth).toBeLessThanOrEqual(1024);
      const width = await page.locator('#workload-chart').evaluate((el) => el.getBoundingClientRect().width);
      expect(width).toBeGreaterThan(500);
      expect(width).toBeLessThanOrEqual(640);
    } finally {
      await page.setViewportSize(PHONE);
    }
  });
});
