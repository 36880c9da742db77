/**
 * Partial verification asks for what is missing (issue 15 item 4): a copy (access to specific
 * pieces, portability) verified only to the reasonable degree (§7062(b)) is answered as
 * categories (§7024(a)) with one mail saying which detail and the signed declaration are still
 * needed (§7062(c)); a later reply that completes it upgrades the request. Never "verified" and
 * "could not verify" in one mail.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { judgeCopyFiles } from '../../../src/pipeline/decide/copy-files.js';
import { judgeCopyDetails } from '../../../src/pipeline/decide/judge-verification.js';
import { partialVerificationOf } from '../../../src/pipeline/decide/partial-verification.js';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { TEMPLATE_KINDS } from '../../../src/pipeline/decide/template-kinds.js';
import { DEFAULT_DEGREE_CONFIG } from '../../../src/pipeline/decide/verification-degree.js';
import type { RequestState } from '../../../src/pipeline/decide/request-state.js';
import type { DataPointKind, Extraction, RequestType, RequesterRole } from '../../../src/pipeline/types.js';
import { CHALLENGE, STAFF, ev, mails, newRequest, run } from './request-state-fixtures.js';

const ACK = ev({ kind: 'acknowledged' });
const shown = (type: RequestType, matched: DataPointKind[], signed = false) =>
  partialVerificationOf({ type, accessScope: type === 'access' ? 'specific_pieces' : null }, { matched }, signed, DEFAULT_DEGREE_CONFIG);

/** A copy request whose code was accepted with the date of birth only: 2 of 3 points, unsigned. */
function partiallyVerified(type: 'access' | 'portability' = 'access', requester: RequesterRole = 'self'): RequestState {
  const start = newRequest(type, requester, 'specific_pieces');
  const steps = requester === 'agent' ? [ACK, ev({ kind: 'agent_permission_received' }), CHALLENGE] : [ACK, CHALLENGE];
  return run(start, ...steps, ev({ kind: 'code_accepted', actor: 'consumer', partial: shown(type, ['date_of_birth']) })).state;
}
const reply = (matched: DataPointKind[], declarationSigned: boolean) => ev({ kind: 'copy_details_received', actor: 'consumer', messageId: 'later@example.org', matched, declarationSigned });

describe('a later reply completes or does not complete the reasonably high degree (§7062(c))', () => {
  it.each(['access', 'portability'] as const)('%s: the missing detail and the signed declaration upgrade the request, audited, staff told, the consumer told', (type) => {
    const result = transition(partiallyVerified(type), reply(['phone'], true));
    if (!result.ok) throw new Error(result.rejection.code);
    expect(result.next).toMatchObject({ status: 'verified', partialVerification: null, verifiedDegree: 'reasonably_high' });
    expect(result.actions[0]).toMatchObject({ kind: 'audit', event: 'copy_details_received', actor: 'consumer', messageId: 'later@example.org', detail: { upgraded: true, verifiedDegree: 'reasonably_high', matched: ['date_of_birth', 'phone'] } });
    expect(mails(result.actions).map((m) => [m.template, m.to])).toEqual([['verified', 'requester']]);
    expect(result.actions).toContainEqual(expect.objectContaining({ kind: 'flag_staff', reason: 'verified_ready' }));
  });

  it('a reply with the declaration but no new detail is told exactly what is still missing, and what it brought is kept', () => {
    const once = transition(partiallyVerified(), reply([], true));
    if (!once.ok) throw new Error(once.rejection.code);
    expect(once.next.partialVerification).toMatchObject({ matched: ['date_of_birth'], declarationSigned: true });
    expect(once.actions[0]).toMatchObject({ detail: { upgraded: false, missingDataPoints: 1, missingDeclaration: false } });
    expect(mails(once.actions).map((m) => [m.template, m.data.afterReply, m.data.missingDataPoints, m.data.missingDeclaration])).toEqual([['copy-details-needed', true, 1, false]]);
    expect(once.actions.some((a) => a.kind === 'flag_staff' && a.reason === 'verified_ready')).toBe(false);
    // The detail alone, in a third reply, now completes it: the signature given before still counts.
    const twice = transition(once.next, reply(['postal_address'], false));
    expect(twice.ok && twice.next).toMatchObject({ partialVerification: null, verifiedDegree: 'reasonably_high' });
  });

  it('a detail already counted counts once: the same date of birth again leaves one detail missing', () => {
    const result = transition(partiallyVerified(), reply(['date_of_birth'], true));
    expect(result.ok && mails(result.actions)[0]?.data).toMatchObject({ missingDataPoints: 1, missingDeclaration: false });
  });

  it('an agent’s request: the consumer, who answered the challenge and alone can sign, is asked and told (§7063(a)(2))', () => {
    const state = partiallyVerified('access', 'agent');
    const result = transition(state, reply(['phone'], true));
    expect(result.ok && mails(result.actions).map((m) => [m.template, m.to])).toEqual([['verified', 'consumer']]);
  });

  it('applies only to a partially verified request that is still open', () => {
    const full = run(newRequest('access', 'self', 'specific_pieces'), ACK, CHALLENGE, ev({ kind: 'code_accepted', actor: 'consumer' })).state;
    expect(transition(full, reply(['phone'], true))).toMatchObject({ ok: false, rejection: { code: 'invalid_transition' } });
    const done = run(partiallyVerified(), ev({ kind: 'staff_complete', actor: STAFF, note: 'categories' })).state;
    expect(transition(done, reply(['phone'], true))).toMatchObject({ ok: false, rejection: { code: 'final_state' } });
    const approved = run(partiallyVerified(), ev({ kind: 'staff_approve', actor: STAFF })).state;
    expect(transition(approved, reply(['phone'], true))).toMatchObject({ ok: true, next: { status: 'in_progress', verifiedDegree: 'reasonably_high' } });
  });
});

describe('the categories answer proceeds; the copy waits for the higher degree (§7024(a))', () => {
  it.each(['access', 'portability'] as const)('%s: staff complete a partial request with the categories answer, an upgraded one with the copy', (type) => {
    const partial = partiallyVerified(type);
    expect(mails(run(partial, ev({ kind: 'staff_complete', actor: STAFF, note: 'x' })).actions)[0]?.template).toBe('completion-access-categories');
    const upgraded = run(partial, reply(['phone'], true)).state;
    expect(mails(run(upgraded, ev({ kind: 'staff_complete', actor: STAFF, note: 'x' })).actions)[0]?.template).toBe('completion-access-specific');
  });

  it('refuses files for a copy not yet verified to the reasonably high degree, saying why', () => {
    const pdf = { filename: 'copy.pdf', content: Buffer.from('%PDF-1.4 fictional') };
    expect(judgeCopyFiles([pdf], { isCopy: true, partiallyVerified: true, maxBytes: 1_000_000 })).toEqual({ ok: false, problem: { reason: 'copy_not_verified' } });
    expect(judgeCopyFiles([pdf], { isCopy: true, partiallyVerified: false, maxBytes: 1_000_000 }).ok).toBe(true);
  });
});

describe('judgeCopyDetails: what a later reply shows, kinds only', () => {
  const directory = { byEmail: { full_name: 'Dana Whitfield', date_of_birth: '1984-03-14', phone: '(415) 555-0142' }, named: [] };
  const cause = { at: new Date('2026-11-30T18:00:00Z'), messageId: 'later@example.org' };
  const extraction = (dataPoints: Extraction['dataPoints'], declarationSignature: string | null): Extraction => ({ dataPoints, references: [], verificationCodes: [], declarationSignature });

  it('a reply with neither a detail nor a signed declaration is not an answer (staff read it)', () => {
    expect(judgeCopyDetails({ extraction: extraction([], null), directory, lang: 'en', cause })).toBeNull();
    expect(judgeCopyDetails({ extraction: null, directory, lang: 'en', cause })).toBeNull();
  });

  it('matches the details against the record and notes the signature, never a value', () => {
    const event = judgeCopyDetails({ extraction: extraction([{ kind: 'phone', value: '415-555-0142' }, { kind: 'date_of_birth', value: '1985-01-01' }], 'Dana Whitfield'), directory, lang: 'en', cause });
    expect(event).toEqual({ ...cause, actor: 'consumer', kind: 'copy_details_received', matched: ['phone'], mismatched: ['date_of_birth'], declarationSigned: true });
    expect(JSON.stringify(event)).not.toContain('555');
  });
});

describe('never "verified" and "could not verify" in one mail', () => {
  const DIR = fileURLToPath(new URL('../../../templates', import.meta.url));
  const templates = loadTemplates([DIR]);
  const VERIFIED = { en: /we have (now )?verified your identity/i, es: /hemos verificado su identidad/i };
  const NOT_VERIFIED = { en: /could not verify|cannot verify|unable to verify/i, es: /no pudimos verificar|no podemos verificar/i };
  const base = (lang: 'en' | 'es') => ({ reference: 'CCPA-2026-000123', references: [], requestTypeLabels: ['x'], receivedDate: 'x', dueDate: lang === 'en' ? 'January 7, 2027' : '7 de enero de 2027', consumerName: 'Dana Whitfield' });
  const both = (text: string, lang: 'en' | 'es') => VERIFIED[lang].test(text) && NOT_VERIFIED[lang].test(text);

  it.each(['en', 'es'] as const)('the partial-verification mail, first and after a reply, in %s: asks, never claims either', (lang) => {
    const state = partiallyVerified();
    const asked = mails(run(newRequest('access', 'self', 'specific_pieces'), ACK, CHALLENGE, ev({ kind: 'code_accepted', actor: 'consumer', partial: shown('access', ['date_of_birth']) })).actions)[0]!;
    const again = mails(run(state, reply([], true)).actions)[0]!;
    for (const m of [asked, again]) {
      expect(m.template).toBe('copy-details-needed');
      const out = templates.render(m.template, lang, { ...base(lang), ...m.data });
      for (const part of [out.text, out.html.replace(/<[^>]+>/g, ' ')]) {
        const flat = part.replace(/\s+/g, ' ');
        expect(VERIFIED[lang].test(flat)).toBe(false);
        expect(NOT_VERIFIED[lang].test(flat)).toBe(false);
        expect(flat).toContain(lang === 'en' ? 'Still needed:' : 'Lo que falta:');
      }
    }
  });

  it.each(['en', 'es'] as const)('no template in %s says both, whichever of its conditions hold', (lang) => {
    // Every flag a template tests, all on and all off: the two extremes of each conditional.
    for (const kind of TEMPLATE_KINDS) {
      const source = fs.readFileSync(`${DIR}/${kind}/text.${lang}.hbs`, 'utf8');
      const flags = [...source.matchAll(/\{\{#(?:if|unless) ([\w.]+)\}\}/g)].map((m) => m[1]!.split('.')[0]!);
      for (const on of [true, false]) {
        const data = { ...base(lang), ...Object.fromEntries(flags.filter((f) => f !== 'references' && f !== 'consumerName').map((f) => [f, on])) };
        const out = templates.render(kind, lang, data);
        expect(both(out.text.replace(/\s+/g, ' '), lang), `${kind} ${lang} flags ${on}`).toBe(false);
        expect(both(out.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), lang), `${kind} ${lang} html flags ${on}`).toBe(false);
      }
    }
  });
});

describe('staff who verified the rest by other means complete the higher degree (§7062(c))', () => {
  it('`verify METHOD` on a partially verified copy upgrades it, tells the requester and records the method; a bare approve does not', () => {
    const partial = partiallyVerified();
    const verified = transition(partial, ev({ kind: 'staff_approve', method: 'document', actor: STAFF }));
    if (!verified.ok) throw new Error(verified.rejection.code);
    expect(verified.next).toMatchObject({ status: 'in_progress', partialVerification: null, verifiedDegree: 'reasonably_high' });
    expect(verified.actions[0]).toMatchObject({ detail: { verifiedBy: 'document', upgraded: true } });
    expect(mails(verified.actions).map((m) => m.template)).toEqual(['verified']);
    const approved = run(partial, ev({ kind: 'staff_approve', actor: STAFF })).state;
    expect(approved).toMatchObject({ status: 'in_progress', verifiedDegree: 'reasonable' });
    expect(approved.partialVerification).toBeTruthy();
    // Already approved and in progress: staff may still verify the rest.
    expect(transition(approved, ev({ kind: 'staff_approve', method: 'phone', actor: STAFF }))).toMatchObject({ ok: true, next: { status: 'in_progress', verifiedDegree: 'reasonably_high', partialVerification: null } });
  });
});
