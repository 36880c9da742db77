import { describe, expect, it } from 'vitest';
import { classifyMessage, type ClassifyInput } from '../../../src/pipeline/classify/classify-message.js';
import type { AttachmentInfo, ScreenVerdict } from '../../../src/pipeline/types.js';

const HUMAN: ScreenVerdict = { kind: 'human', reason: 'none' };

function classify(body: string, extra: Partial<ClassifyInput> = {}) {
  return classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: 'Pat Example', screen: HUMAN, ...extra });
}

describe('request types (ccpa-rules, Request types)', () => {
  it.each([
    ['Please delete all my personal information.', ['deletion']],
    ['Send me a copy of the personal data you hold about me.', ['access']],
    ['Do not sell or share my personal information.', ['opt_out']],
    ['Please correct my last name in your records, it is misspelled.', ['correction']],
    ['Please limit the use of my sensitive personal information.', ['limit_sensitive']],
    ['Export my data as a CSV file and email it to me please.', ['portability']],
    ['Delete my data and stop selling it.', ['deletion', 'opt_out']],
  ])('%s -> %j (§1798.100-§1798.121)', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('one email can carry several requests, each reported (ccpa-rules: "each gets its own record")', () => {
    const c = classify('I want to know what data you have on me, then I want it deleted, and I do not want it sold in the meantime.');
    expect(c.requestTypes).toEqual(['access', 'deletion', 'opt_out']);
  });

  it('tells categories from specific pieces for access (§7062(b) vs §7062(c))', () => {
    expect(classify('Please tell me what categories of personal information you have about me.').accessScope).toBe('categories');
    expect(classify('Please send me a copy of all personal information you hold about me.').accessScope).toBe('specific_pieces');
    expect(classify('Please delete my data.').accessScope).toBeNull();
  });
});

describe('negation, conditionals and questions about rights', () => {
  it('"I do not want my account deleted, just tell me what you hold" is access only', () => {
    const c = classify('I do not want my account deleted, just tell me what you hold about me.');
    expect(c.requestTypes).toEqual(['access']);
    expect(c.reasons.some((r) => r.startsWith('negated deletion'))).toBe(true);
  });

  it('a negation far from the verb does not cancel it', () => {
    expect(classify('I do not use your portal any more and want my data deleted.').requestTypes).toEqual(['deletion']);
  });

  it('"Do you sell my data?" is a question; "do not sell my data" is an opt-out', () => {
    const asked = classify('Do you sell my data?');
    expect(asked.category).toBe('question');
    expect(asked.requestTypes).toEqual([]);
    expect(asked.requester).toBe('none');
    expect(classify('Do not sell my data.').requestTypes).toEqual(['opt_out']);
  });

  it('a pure question about a right is a question; a question with a go-ahead is a request', () => {
    expect(classify('How do I delete my data?').category).toBe('question');
    const c = classify('How can I get my data deleted? Please do it.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('a hypothetical is not a request, a condition on the facts is', () => {
    expect(classify('What happens to my payment history if I delete my account?').category).toBe('question');
    expect(classify('If you have any data about me, please delete it.').requestTypes).toEqual(['deletion']);
  });

  it('a polite question form is a request', () => {
    expect(classify('Could you please delete my account and all associated data?').requestTypes).toEqual(['deletion']);
  });

  it('unsubscribing from marketing mail is not a deletion or an opt-out of sale', () => {
    expect(classify('Please remove me from your mailing list.').category).toBe('question');
    expect(classify('Please opt me out of your marketing emails.').category).toBe('question');
  });

  it('withdrawing a request is not a new one', () => {
    expect(classify('Please cancel my deletion request, I changed my mind.').category).toBe('question');
  });
});

describe('HIPAA matters (ccpa-rules, Health data; §1798.146(a)(1))', () => {
  it('a request for medical records is a question flagged hipaa, never a CCPA access request', () => {
    const c = classify('Please send me a copy of my medical records from my visit in March.');
    expect(c.category).toBe('question');
    expect(c.hipaa).toBe(true);
    expect(c.requestTypes).toEqual([]);
  });

  it('a billing dispute is a hipaa question', () => {
    const c = classify('I was charged twice on my bill, can someone fix it?');
    expect(c).toMatchObject({ category: 'question', hipaa: true });
  });

  it('a CCPA request next to a billing remark stays a request, sent to staff for review', () => {
    const c = classify('Now that my balance is paid off, please delete my personal information from your marketing database.');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.hipaa).toBe(false);
    expect(c.needsReview).toBe(true);
    expect(c.reasons.some((r) => r.startsWith('mentions medical or billing records'))).toBe(true);
  });

  it('a request with a medical-records part keeps its CCPA part and is flagged hipaa', () => {
    const c = classify('Please delete my marketing profile. Also send me a copy of my medical records.');
    expect(c).toMatchObject({ category: 'privacy_request', requestTypes: ['deletion'], hipaa: true, needsReview: true });
  });
});

describe('requester (§1798.140(ak), §7063, §7070)', () => {
  const permission: AttachmentInfo = { filename: 'signed_authorization.pdf', contentType: 'application/pdf', size: 2048 };

  it('an authorized agent: registration claim, permission document and the consumer name', () => {
    const c = classify(
      'We are an authorized agent registered with the California Secretary of State, writing on behalf of Julia Mendes. She requests deletion of her personal information.',
      { attachments: [permission], fromName: 'Privacy Agent Inc' },
    );
    expect(c.requester).toBe('agent');
    expect(c.agent).toEqual({ claimsSosRegistration: true, permissionAttached: true });
    expect(c.consumerName).toBe('Julia Mendes');
  });

  it('a natural person acting for a relative is an agent, without a registration claim', () => {
    const c = classify('My grandmother, Esther Oduya, asked me to find out what personal data your company has about her.');
    expect(c.requester).toBe('agent');
    expect(c.agent?.claimsSosRegistration).toBe(false);
  });

  it('a parent for a minor child is a parent, an adult child makes the parent an agent', () => {
    const child = classify('My daughter Emma is 12. Please delete all of her data.');
    expect(child.requester).toBe('parent');
    expect(child.consumerName).toBe('Emma');
    const adult = classify('My adult son, who is 24, asked me to find out what personal information you have about him.');
    expect(adult.requester).toBe('agent');
  });

  it('the consumer writing for themselves is self, with no consumer name', () => {
    expect(classify('Please delete my data.')).toMatchObject({ requester: 'self', consumerName: null, agent: null });
  });
});

describe('Spanish', () => {
  it.each([
    ['Por favor borren todos mis datos personales.', ['deletion']],
    ['¿Qué datos personales tienen sobre mí? Quiero saberlo.', ['access']],
    ['No vendan ni compartan mi información personal.', ['opt_out']],
    ['Mi apellido está mal escrito, por favor corríjanlo.', ['correction']],
    ['No quiero que borren mi cuenta, solo quiero saber qué información tienen sobre mí.', ['access']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.lang).toBe('es');
    expect(c.requestTypes).toEqual(types);
  });

  it('a Spanish question about a right is a question', () => {
    expect(classify('¿Cómo puedo borrar mi cuenta?')).toMatchObject({ category: 'question', lang: 'es' });
  });
});

describe('machine mail, confidence and reasons', () => {
  it('maps screen verdicts and keeps the original verdict in the reasons', () => {
    const c = classify('anything', { screen: { kind: 'feedback_report', reason: 'content-type:feedback-report' } });
    expect(c.category).toBe('bulk');
    expect(c.reasons[0]).toContain('screen feedback_report');
    expect(classify('x', { screen: { kind: 'bounce', reason: 'dsn' } }).category).toBe('bounce');
    expect(classify('x', { screen: { kind: 'auto_reply', reason: 'auto-submitted' } }).category).toBe('auto_reply');
  });

  it('a list header on a real request does not hide it, but it goes to staff', () => {
    const c = classify('Please delete all my personal information.', { screen: { kind: 'bulk', reason: 'header:list-id' } });
    expect(c.category).toBe('privacy_request');
    expect(c.needsReview).toBe(true);
  });

  it('a bounce is never read as a request, whatever it quotes', () => {
    expect(classify('Please delete all my personal information.', { screen: { kind: 'bounce', reason: 'dsn' } }).category).toBe('bounce');
  });

  it('needsReview follows the threshold passed in', () => {
    const body = 'My data should be deleted.';
    const c = classify(body);
    expect(c.confidence).toBeGreaterThan(0);
    expect(classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: HUMAN }, { reviewThreshold: 0.99 }).needsReview).toBe(true);
    expect(classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: HUMAN }, { reviewThreshold: 0.01 }).needsReview).toBe(false);
  });

  it('a volunteered SSN is noted as a sensitive identifier without its value (§7060(c)(2))', () => {
    const c = classify('Please delete my data. My SSN is 123-45-6789.');
    expect(c.reasons.some((r) => r.startsWith('sensitive identifier volunteered: ssn'))).toBe(true);
    expect(c.reasons.join(' ')).not.toContain('6789');
  });

  it('the subject counts when the body says nothing, and the result is flagged', () => {
    const c = classify('Thanks, Keiko', { subject: 'Request to delete my personal information' });
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.needsReview).toBe(true);
  });

  it('stays fast on a huge unpunctuated body (hostile input)', () => {
    const body = 'please delete my data information records account what you have about me '.repeat(3000);
    const start = performance.now();
    const c = classify(body);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(c.requestTypes).toContain('deletion');
    expect(c.reasons.length).toBeLessThan(20);
  });

  it('is deterministic', () => {
    const body = 'Please send me my data and then delete it.';
    expect(classify(body)).toEqual(classify(body));
  });
});
