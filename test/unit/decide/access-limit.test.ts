/** The 12-month limit counts what was provided (ccpa-rules, Limits; §1798.130(b)). Issue 18 item 1. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addCalendarYears, checkAccessLimit } from '../../../src/pipeline/decide/access-limit.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { formatLongDate } from '../../../src/mail/labels.js';
import { ev, mails, newRequest, run } from './request-state-fixtures.js';

describe('checkAccessLimit (§1798.130(b))', () => {
  it('is not reached by fewer than two answers in the 12 months before receipt', () => {
    expect(checkAccessLimit([], '2026-11-23')).toEqual({ reached: false });
    expect(checkAccessLimit(['2026-03-20'], '2026-11-23')).toEqual({ reached: false });
    // One answer inside the window and one a year and a day before receipt.
    expect(checkAccessLimit(['2025-11-22', '2026-03-20'], '2026-11-23')).toEqual({ reached: false });
  });

  it('is reached by two answers, and a new request is answered from 12 months after the older of the two latest', () => {
    expect(checkAccessLimit(['2026-03-20', '2025-12-05'], '2026-11-23')).toEqual({ reached: true, newRequestFrom: '2026-12-05' });
    expect(checkAccessLimit(['2025-12-05', '2026-03-20', '2026-08-10'], '2026-11-23')).toEqual({ reached: true, newRequestFrom: '2027-03-20' });
  });

  it('lets an answer leave the window on the same day a year later: that day a new request is answered', () => {
    expect(checkAccessLimit(['2025-12-05', '2026-03-20'], '2026-12-04')).toMatchObject({ reached: true });
    expect(checkAccessLimit(['2025-12-05', '2026-03-20'], '2026-12-05')).toEqual({ reached: false });
  });

  it('ignores answers dated after the receipt (a later request answered first)', () => {
    expect(checkAccessLimit(['2026-03-20', '2026-11-30'], '2026-11-23')).toEqual({ reached: false });
  });

  it('moves February 29 to March 1 in a year without one', () => {
    expect(addCalendarYears('2028-02-29', 1)).toBe('2029-03-01');
    expect(addCalendarYears('2026-12-05', -1)).toBe('2025-12-05');
  });
});

describe('the limit mail gives the date from which a new request will be answered (§1798.130(b))', () => {
  const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
  it.each([
    ['en', 'We will answer a new request for it received on or after December 5, 2026.'],
    ['es', 'Responderemos a una nueva solicitud que recibamos a partir del 5 de diciembre de 2026.'],
  ] as const)('in %s', (lang, sentence) => {
    const [mail] = mails(run(newRequest('access'), ev({ kind: 'limit_exceeded', newRequestFrom: '2026-12-05' })).actions);
    expect(mail?.dates).toMatchObject({ newRequestFrom: '2026-12-05' });
    const data = { reference: 'CCPA-2026-000123', requestTypeLabels: ['x'], receivedDate: 'x', ...mail!.data, newRequestFrom: formatLongDate('2026-12-05', lang) };
    expect(templates.render('limit-reached', lang, data).text.replace(/\s+/g, ' ')).toContain(sentence);
    expect(templates.render('limit-reached', lang, data).html.replace(/\s+/g, ' ')).toContain(sentence);
  });
});
