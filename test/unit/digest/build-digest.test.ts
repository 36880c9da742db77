import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/build-digest.js';
import { digestTemplateData } from '../../../src/digest/digest-template-data.js';
import { workloadChart } from '../../../src/digest/workload-chart.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { DIGEST_NOW, DIGEST_ZONE, sampleDigestInput } from './sample-digest-input.js';

const digest = buildDigest(sampleDigestInput(), DIGEST_NOW, DIGEST_ZONE);
const refs = (key: string) => digest.sections.find((s) => s.key === key)?.lines.map((l) => l.reference);

describe('buildDigest: the sections of the daily digest (issue 6 item 5)', () => {
  it('counts days left on the calendar of the configured zone', () => {
    expect(digest.date).toBe('2026-11-24');
    const overdue = digest.sections.find((s) => s.key === 'overdue')?.lines[0];
    expect(overdue).toMatchObject({ reference: 'CCPA-2026-000101', daysLeft: -4, daysLeftText: '4 days overdue', typeLabel: 'Access', requester: 'lee.park@example.org' });
  });

  it('lists each request once, in its most urgent section, most urgent first', () => {
    expect(refs('overdue')).toEqual(['CCPA-2026-000101']);
    expect(refs('dueSoon')).toEqual(['CCPA-2026-000102', 'CCPA-2026-000103']);
    expect(refs('waitingForStaff')).toEqual(['CCPA-2026-000105', 'CCPA-2026-000107', 'CCPA-2026-000108']);
    expect(refs('waitingForConsumer')).toEqual(['CCPA-2026-000104']);
    expect(refs('newSinceLast')).toEqual([]);
    expect(refs('closedSinceLast')).toEqual(['CCPA-2026-000099']);
    const listed = digest.sections.flatMap((s) => s.lines.map((l) => l.reference));
    expect(new Set(listed).size).toBe(listed.length);
    expect(digest.openCount).toBe(8);
  });

  it('says on every line what staff must do and who it is assigned to', () => {
    const line = (reference: string) => digest.sections.flatMap((s) => s.lines).find((l) => l.reference === reference);
    expect(line('CCPA-2026-000101')).toMatchObject({ action: 'Decide: The response deadline has passed with no decision', assignee: null });
    expect(line('CCPA-2026-000102')?.action).toBe('Send the response');
    expect(line('CCPA-2026-000103')?.action).toBe('None: waiting for identity verification');
    expect(line('CCPA-2026-000104')).toMatchObject({ action: "None: waiting for the agent's signed permission", assignee: 'sam.ortiz@example.com' });
    expect(line('CCPA-2026-000105')?.action).toBe('Decide: The bot was not sure what this message asks (low classification confidence) (+1 more)');
    expect(line('CCPA-2026-000107')?.action).toBe('Reply, then close');
    expect(line('CCPA-2026-000108')).toMatchObject({ action: 'Forward to the patient-records team, then close', assignee: 'alex.kim@example.com' });
    expect(line('CCPA-2026-000099')?.action).toBe('none');
  });

  it('gives a question and a HIPAA matter no due date, no days left and no place in the chart or the overdue list', () => {
    for (const reference of ['CCPA-2026-000107', 'CCPA-2026-000108']) {
      const line = digest.sections.flatMap((s) => s.lines).find((l) => l.reference === reference);
      expect(line).toMatchObject({ dueDate: null, daysLeft: null, daysLeftText: 'no legal deadline' });
    }
    expect(digest.chart.reduce((sum, bar) => sum + bar.count, 0)).toBe(6);
  });

  it('shows the confirm-by date (§7021(a)) in the action while receipt is unconfirmed', () => {
    const input = sampleDigestInput();
    input.requests = input.requests.map((r) => (r.reference === 'CCPA-2026-000105' ? { ...r, unconfirmedBy: '2026-12-07' } : r));
    const line = buildDigest(input, DIGEST_NOW, DIGEST_ZONE).sections.find((s) => s.key === 'waitingForStaff')?.lines[0];
    expect(line?.action).toMatch(/; confirm receipt by 2026-12-07$/);
  });

  it('lists problems since the last digest, and stuck outgoing mail whenever it is stuck', () => {
    expect(digest.problems.map((p) => p.kind)).toEqual(['stuck_outbox', 'bounce', 'refused_staff_reply', 'quarantined']);
  });

  it('lists an empty consumer directory in every digest while it lasts, like stuck mail', () => {
    const input = sampleDigestInput();
    const emptyDirectory = { kind: 'empty_directory' as const, reference: null, summary: 'no consumer records are loaded', at: new Date('2026-11-01T00:00:00Z') };
    const withEmpty = buildDigest({ ...input, problems: [...input.problems, emptyDirectory] }, DIGEST_NOW, DIGEST_ZONE);
    expect(withEmpty.problems.find((p) => p.kind === 'empty_directory')).toMatchObject({ kindLabel: 'Consumer directory empty', summary: 'no consumer records are loaded' });
  });

  it('with no previous digest, "new" and "closed" cover the last 24 hours', () => {
    const first = buildDigest({ ...sampleDigestInput(), lastDigestAt: null }, DIGEST_NOW, DIGEST_ZONE);
    expect(first.since).toEqual(new Date('2026-11-23T16:00:00Z'));
  });
});

describe('workloadChart', () => {
  it('counts open requests by days left into fixed buckets, the longest bar 80% wide', () => {
    expect(digest.chart.map((b) => [b.label, b.count, b.widthPct])).toEqual([
      ['Overdue', 1, 40],
      ['0–7 days', 2, 80],
      ['8–14 days', 0, 0],
      ['15–30 days', 1, 40],
      ['31–45 days', 1, 40],
      ['Over 45 days', 1, 40],
    ]);
    expect(workloadChart([]).every((b) => b.count === 0 && b.widthPct === 0)).toBe(true);
    expect(workloadChart([-1, 0, 7, 8, 14, 15, 30, 31, 45, 46]).map((b) => b.count)).toEqual([1, 2, 2, 2, 2, 1]);
  });
});

describe('digest templates', () => {
  const templates = loadTemplates([path.resolve('templates')]);
  const rendered = templates.render('digest', 'en', digestTemplateData(digest, { businessName: 'MTBC', timeZone: DIGEST_ZONE }));

  it('renders subject, text and html with no template syntax left and markup escaped', () => {
    expect(rendered.subject).toBe('Privacy requests digest, November 24, 2026: 8 open, 1 overdue, problems: 4');
    for (const part of [rendered.text, rendered.html]) expect(part).not.toMatch(/\{\{|\}\}/);
    expect(rendered.html).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    expect(rendered.html).not.toContain('<b>not bold</b>');
  });

  it('has every section and the chart in the text part', () => {
    for (const title of ['Overdue (1)', 'Due within 7 days (2)', 'Waiting for staff (3)', 'Waiting for the consumer (1)', 'New since the last digest (0)', 'Closed since the last digest (1)', 'Problems (4)']) {
      expect(rendered.text).toContain(title);
    }
    expect(rendered.text).toContain('  0–7 days: 2');
    expect(rendered.text).toMatch(/CCPA-2026-000101 {2}Access {2}lee\.park@example\.org {2}4 days overdue/);
    expect(rendered.text).toContain('To do: Decide: The response deadline has passed with no decision. Assignee: unassigned');
  });

  it('writes no due date and no CCPA clock on a question or HIPAA line, in text or HTML', () => {
    for (const part of [rendered.text, rendered.html]) {
      for (const reference of ['CCPA-2026-000107', 'CCPA-2026-000108']) {
        const at = part.indexOf(reference);
        const line = part.slice(at, part.indexOf(part === rendered.text ? 'Assignee' : '</tr>', at));
        expect(line).toContain('no legal deadline');
        expect(line).not.toMatch(/due |overdue|days left|November|December/);
      }
    }
  });

  it('draws the chart with table cells and inline colours only: no images, no external CSS', () => {
    expect(rendered.html).toContain('id="workload-chart"');
    expect(rendered.html.match(/class="bar"/g)).toHaveLength(5);
    expect(rendered.html).not.toMatch(/<img|<link|url\(|<style/i);
  });
});
