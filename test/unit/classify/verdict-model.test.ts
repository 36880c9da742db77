import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyWithFeatures } from '../../../src/pipeline/classify/classify-message.js';
import { reconsiderReading } from '../../../src/pipeline/classify/combine-opinions.js';
import type { VerdictModel } from '../../../src/pipeline/classify/linear-model.js';
import { VERDICT_JUNK_PROBABILITY, VERDICT_PROBABILITY, verdictChances, verdictChange } from '../../../src/pipeline/classify/reconsider-category.js';
import { TRAINED_MODEL } from '../../../src/pipeline/classify/second-opinion.js';
import type { Classification } from '../../../src/pipeline/types.js';
import { trainVerdict } from '../../eval/train-verdict.js';

/**
 * Issue 16 items 2 and 3: the verdict model weighs what the rules and the second opinion made of
 * a message (which phrase matched, in what mood, the model's chances), as real texts written by
 * others taught, and may turn a request into a question for staff, or a question it is very sure
 * of into junk for the digest. It never makes junk of a request (§1798.130(a)(2): a request judged
 * junk loses its clock) and never opens a request.
 */
const person = (body: string, subject = '') => ({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human' as const, reason: 'none' } });

/** A verdict model that reads every deletion the rules find as a question, and nothing else. */
const deletionIsQuestion: VerdictModel = { classes: ['privacy_request', 'question', 'other'], bias: [0, 0, 0], weights: { 'Rt:deletion': [0, 6, 0] } };
const withVerdict = { ...TRAINED_MODEL, verdict: deletionIsQuestion };

describe('the verdict model', () => {
  it('reads what the readers made of a message, not its words: the pattern and mood asked, the category each settled on, the shape', () => {
    const { verdictFeatures } = classifyWithFeatures(person('Please delete all of my personal data.'));
    const names = [...(verdictFeatures?.keys() ?? [])];
    expect(names).toEqual(expect.arrayContaining(['bias', 'lreq', 'loth', 'rules:privacy_request', 'got:privacy_request', 'Rt:deletion', 'Rm:ask', 'q0']));
    expect(names.some((n) => n.startsWith('R:') && n.endsWith(':ask'))).toBe(true);
    // No word of the text is a feature: the second opinion reads the words.
    const kinds = /^(?:bias|lreq|loth|nreq|rules:|got:|R:|Rt:|Rm:|A:|N:|V:|q\d$|len\d$|followUp$|explicitAsk$|legal$|hipaa$|generic$|fromQuoted$|withdraw$|es$)/;
    expect(names.filter((n) => !kinds.test(n))).toEqual([]);
  });

  it('gives each category its softmax chance', () => {
    const chances = verdictChances(deletionIsQuestion, new Map([['Rt:deletion', 1]]));
    const e6 = Math.exp(6);
    expect(chances.get('question')).toBeCloseTo(e6 / (e6 + 2), 6);
    expect(chances.get('privacy_request')).toBeCloseTo(1 / (e6 + 2), 6);
    expect(verdictChances(deletionIsQuestion, new Map([['Rt:access', 1]])).get('question')).toBeCloseTo(1 / 3, 6);
  });

  it('changes a request into a question above VERDICT_PROBABILITY, a question into junk above VERDICT_JUNK_PROBABILITY, and nothing else', () => {
    const sure = new Map([['privacy_request', 0.05], ['question', VERDICT_PROBABILITY + 0.01], ['other', 0.24]] as const);
    const unsure = new Map([['privacy_request', 0.3], ['question', VERDICT_PROBABILITY], ['other', 0]] as const);
    expect(verdictChange('privacy_request', sure)).toBe('question');
    expect(verdictChange('privacy_request', unsure)).toBeNull();
    expect(verdictChange('question', new Map([['privacy_request', 0.99], ['question', 0], ['other', 0.01]] as const))).toBeNull();
    expect(verdictChange('question', new Map([['privacy_request', 0], ['question', 0.01], ['other', 0.99]] as const))).toBe('other');
    expect(verdictChange('question', new Map([['privacy_request', 0], ['question', 1 - VERDICT_JUNK_PROBABILITY], ['other', VERDICT_JUNK_PROBABILITY]] as const))).toBeNull();
    // A request is never made junk, however sure the model is.
    expect(verdictChange('privacy_request', new Map([['privacy_request', 0], ['question', 0.01], ['other', 0.99]] as const))).toBeNull();
  });

  it('a question it reads as junk goes to the digest: no right, nobody acting, never answered', () => {
    const question: Classification = classifyMessage(person('What is your opening time on Saturdays?'));
    expect(question.category).toBe('question');
    const junk = reconsiderReading(question, 'other', 0.95, {});
    expect(junk.category).toBe('other');
    expect(junk.requestTypes).toEqual([]);
    expect(junk.requester).toBe('none');
    expect(junk.otherWhy).toMatch(/verdict model reads junk \(p=0\.95/);
  });

  it('a request it reads as a question goes to staff as one, with the reason', () => {
    const c = classifyMessage(person('Please delete all of my personal data.'), { model: withVerdict });
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
    expect(c.requester).toBe('none');
    expect(c.needsReview).toBe(true);
    expect(c.reasons.some((r) => r.startsWith('verdict: a question, not a request'))).toBe(true);
    expect(classifyMessage(person('Please delete all of my personal data.')).category).toBe('privacy_request');
  });

  it('keeps a request asked as an account deletion, read in the quoted mail, or restated by a reminder', () => {
    expect(classifyMessage(person('Please delete my account.'), { model: withVerdict }).category).toBe('privacy_request');
    const request: Classification = classifyMessage(person('Please delete all of my personal data.'));
    for (const guard of ['fromQuoted', 'restated', 'accountDeletionAsked'] as const) {
      expect(reconsiderReading(request, 'question', 0.9, { [guard]: true }).category).toBe('privacy_request');
    }
    expect(reconsiderReading(request, 'question', 0.9, {}).category).toBe('question');
    expect(reconsiderReading(request, 'other', 0.99, {}).category).toBe('privacy_request');
  });

  it('is trained deterministically from readings, and learns which reading the labels overrule', () => {
    const reading = (f: string, label: 'privacy_request' | 'question') => ({ features: new Map([['bias', 1], [f, 1]]), label });
    const examples = [...Array.from({ length: 10 }, () => reading('R:ask-verb:ask', 'privacy_request')), ...Array.from({ length: 10 }, () => reading('R:records-law:ask', 'question'))];
    const a = trainVerdict(examples);
    expect(trainVerdict(examples)).toEqual(a);
    expect(verdictChances(a, new Map([['bias', 1], ['R:records-law:ask', 1]])).get('question')).toBeGreaterThan(0.8);
    expect(verdictChances(a, new Map([['bias', 1], ['R:ask-verb:ask', 1]])).get('privacy_request')).toBeGreaterThan(0.8);
  });
});
