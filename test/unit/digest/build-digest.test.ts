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

  it('puts each open request in the sections it belongs to, most urgent first', () => {
    expect(refs('overdue')).toEqual(['CCPA-2026-000101']);
    expect(refs('dueSoon')).toEqual(['CCPA-2026-000102', 'CCPA-2026-000103']);
    expect(refs('waitingForStaff')).toEqual(['CCPA-2026-000101', 'CCPA-2026-000105']);
    expect(refs('waitingForConsumer')).toEqual(['CCPA-2026-000103', 'CCPA-2026-000104']);
    expect(refs('newSinceLast')).toEqual(['CCPA-2026-000105']);
    expect(refs('closedSinceLast')).toEqual(['CCPA-2026-000099']);
    expect(digest.openCount).toBe(6);
  });

  it('says why a request waits for staff', () => {
    const lines = digest.sections.find((s) => s.key === 'waitingForStaff')?.lines ?? [];
    expect(lines.map((l) => l.note)).toEqual(['The response deadline has passed with no decision', 'The bot was not sure what this message asks (low classification confidence) (+1 more)']);
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
    expect(rendered.subject).toBe('Privacy requests digest, November 24, 2026: 6 open, 1 overdue, problems: 4');
    for (const part of [rendered.text, rendered.html]) expect(part).not.toMatch(/\{\{|\}\}/);
    expect(rendered.html).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    expect(rendered.html).not.toContain('<b>not bold</b>');
  });

  it('has every section and the chart in the text part', () => {
    for (const title of ['Overdue (1)', 'Due within 7 days (2)', 'Waiting for staff (2)', 'Waiting for the consumer (2)', 'New since the last digest (1)', 'Closed since the last digest (1)', 'Problems (4)']) {
      expect(rendered.text).toContain(title);
    }
    expect(rendered.text).toContain('  0–7 days: 2');
    expect(rendered.text).toMatch(/CCPA-2026-000101 {2}Access {2}lee\.park@example\.org {2}4 days overdue/);
  });

  it('draws the chart with table cells and inline colours only: no images, no external CSS', () => {
    expect(rendered.html).toContain('id="workload-chart"');
    expect(rendered.html.match(/class="bar"/g)).toHaveLength(5);
    expect(rendered.html).not.toMatch(/<img|<link|url\(|<style/i);
  });
});
