import { describe, expect, it } from 'vitest';
import { classifyMessage, type ClassifyInput } from '../../../src/pipeline/classify/classify-message.js';
import { combineOpinions, JUNK_PROBABILITY, JUNK_SURE_PROBABILITY, OTHER_REQUESTER_PROBABILITY, OVERRULE_PROBABILITY, OVERRULE_REQUEST_PROBABILITY } from '../../../src/pipeline/classify/combine-opinions.js';
import type { ModelBundle } from '../../../src/pipeline/classify/linear-model.js';
import { secondOpinion } from '../../../src/pipeline/classify/second-opinion.js';
import { rememberRecent } from '../../../src/pipeline/classify/remember-recent.js';
import { featureName, parseFeatureName, textFeatures } from '../../../src/pipeline/classify/text-features.js';
import { opinion, rulesSaid } from './opinion-fixtures.js';

const none = { bias: -5, weights: {} };
// A hand-made bundle: "erase" means a deletion request, "tienen" leans to a question.
const tiny: ModelBundle = {
  category: { bias: 0, weights: { erase: 4, erase_my: 1, tienen: -3, 's:hello': 0.5 } },
  types: { access: none, portability: none, deletion: { bias: -1, weights: { erase: 3 } }, correction: none, opt_out: none, limit_sensitive: none },
  agent: { bias: -2, weights: { client: 4 } },
  parent: none,
};

const input = (body: string): ClassifyInput => ({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

describe('textFeatures', () => {
  it('folds accents and case, pairs neighbouring words and marks subject words', () => {
    const f = textFeatures('Mis Datos', 'Quiero la Información');
    expect(f).toEqual(expect.arrayContaining(['informacion', 'la_informacion', 's:mis', 's:datos']));
    expect(f).not.toContain('información');
  });

  it('pairs content words across determiners, so one verb-object pair covers many wordings', () => {
    for (const body of ['delete my account', 'Delete the account', 'delete all of my account']) {
      expect(textFeatures('', body)).toContain('delete>account');
    }
  });

  it('reads the body as the rules do: a disclaimer paragraph adds no words', () => {
    const body = 'What is your retention period?\n\nThis e-mail is confidential and intended solely for the addressee. If you received it in error, please delete it.';
    expect(textFeatures('', body)).toContain('retention');
    expect(textFeatures('', body)).not.toContain('delete');
  });

  it('reads a short quoted span as a mention: its words pair with nothing', () => {
    const f = textFeatures('', 'The "Delete my account" button does nothing.');
    expect(f).toEqual(expect.arrayContaining(['q:delete', 'q:account', 'button']));
    expect(f).not.toContain('delete');
    expect(f).not.toContain('delete>account');
    expect(f).not.toContain('q:account_button');
  });

  it('marks the few words after a negator, so a refusal is not read like an ask', () => {
    const f = textFeatures('', "I don't want my account deleted, just tell me what you hold.");
    expect(f).toEqual(expect.arrayContaining(['not:want', 'not:account', 'not:deleted']));
    expect(f).not.toContain('not:hold');
    expect(textFeatures('', 'Please delete my account.')).not.toContain('not:delete');
  });

  it('reads every feature name back into the kind and words it was made of (the model looks them up by parts)', () => {
    const f = textFeatures('Re: "Borrar" mis datos 2024', 'I never want my data sold. Send a copy of "my file" to 555-1234, por favor.');
    for (const name of f) expect(featureName(...parseFeatureName(name))).toBe(name);
    expect(parseFeatureName('s:q:borrar')).toEqual(['subject', 'q:borrar', '']);
    expect(parseFeatureName('not:sold')).toEqual(['negated', 'sold', '']);
    expect(parseFeatureName('send>copy')).toEqual(['content', 'send', 'copy']);
    expect(parseFeatureName('my_data')).toEqual(['pair', 'my', 'data']);
    expect(parseFeatureName('#')).toEqual(['word', '#', '']);
  });
});

describe('secondOpinion', () => {
  it('scores words with the weights and names the heaviest as evidence', () => {
    const o = secondOpinion('hello', 'Please erase my data.', tiny);
    expect(o.requestProbability).toBeCloseTo(1 / (1 + Math.exp(-5.5)), 6);
    expect(o.evidence[0]).toBe('"erase" +4.00');
    expect(o.evidence[1]).toBe('"erase my" +1.00');
    expect(o.types).toEqual(['deletion']);
    expect(o.requester).toBe('self');
  });

  it('reads the requester and leaves types out when a question is likelier', () => {
    expect(secondOpinion('', 'Erase the data of my client.', tiny).requester).toBe('agent');
    const q = secondOpinion('', '¿Tienen oficina?', tiny);
    expect(q.requestProbability).toBeLessThan(0.1);
    expect(q.types).toEqual([]);
  });
});

describe('combineOpinions', () => {
  it('keeps the rules when the model is not sure enough, adding its reason', () => {
    const c = combineOpinions(rulesSaid('question'), opinion(OVERRULE_PROBABILITY - 0.01));
    expect(c.category).toBe('question');
    expect(c.needsReview).toBe(false);
    expect(c.reasons.at(-1)).toMatch(/^model: privacy request p=0\.\d\d \("erase" \+4\.00\)$/);
  });

  it('turns a question into a request when confident, with its types and requester, for staff to check', () => {
    const c = combineOpinions(rulesSaid('question'), opinion(0.99));
    expect(c).toMatchObject({ category: 'privacy_request', requestTypes: ['deletion'], requester: 'agent', needsReview: true });
    expect(c.confidence).toBeLessThan(0.7);
    expect(c.reasons.at(-1)).toMatch(/overrules the rules, a request \(deletion; requester agent\)/);
  });

  it('takes who writes from the rules when they see a representative, and never asks a refused right', () => {
    const who = { requester: 'parent' as const, agent: null, consumerName: 'Milo', reasons: ['requester parent: "my son" (§7070)'] };
    const c = combineOpinions(rulesSaid('question'), opinion(0.99), { requesterIfRequest: () => who });
    expect(c).toMatchObject({ category: 'privacy_request', requester: 'parent', consumerName: 'Milo' });
    const self = { requester: 'self' as const, agent: null, consumerName: null, reasons: [] };
    expect(combineOpinions(rulesSaid('question'), opinion(0.99), { requesterIfRequest: () => self }).requester).toBe('agent');
    expect(combineOpinions(rulesSaid('question'), opinion(0.99), { negatedTypes: ['deletion'] }).category).toBe('question');
    expect(combineOpinions(rulesSaid('question'), opinion(0.99), { withdrawal: true }).category).toBe('question');
  });

  // Issue 16, real texts 17a-17l: "¿Compartís mis datos con terceros?", "¿Qué ocurre con mis datos
  // si cancelo?" were made requests by the model at p 0.90-0.93; the rules read the sentence form.
  it('never makes a request of a message that only asks questions', () => {
    expect(combineOpinions(rulesSaid('question'), opinion(0.99), { onlyQuestions: true }).category).toBe('question');
    expect(combineOpinions(rulesSaid('question'), opinion(0.99), { onlyQuestions: false }).category).toBe('privacy_request');
  });

  it('makes a request of a question the rules read as a medical or billing matter only when as sure as it must be to drop one', () => {
    expect(combineOpinions(rulesSaid('question', { hipaa: true }), opinion(0.9)).category).toBe('question');
    expect(combineOpinions(rulesSaid('question', { hipaa: true }), opinion(0.99)).category).toBe('privacy_request');
  });

  it('turns a request into a question when confident, for staff to check', () => {
    const c = combineOpinions(rulesSaid('privacy_request'), opinion(0.01));
    expect(c).toMatchObject({ category: 'question', requestTypes: [], requester: 'none', needsReview: true });
  });

  // Issue 16, real texts 21a-21c: "I'd like to delete our account but the button does nothing".
  it('never drops an asked deletion of an account: the conventions make it a request (§1798.105)', () => {
    expect(combineOpinions(rulesSaid('privacy_request'), opinion(0.01), { accountDeletionAsked: true }).category).toBe('privacy_request');
    expect(combineOpinions(rulesSaid('privacy_request'), opinion(0.01), { accountDeletionAsked: false }).category).toBe('question');
  });

  // Issue 16, real texts 17-21: executors' and relatives' death notices are estate matters for staff.
  it('never opens a request from a death notice the rules read as a question', () => {
    expect(combineOpinions(rulesSaid('question'), opinion(0.99), { deathNotice: true }).category).toBe('question');
    expect(combineOpinions(rulesSaid('question'), opinion(0.99), { deathNotice: false }).category).toBe('privacy_request');
  });

  // Issue 16, real texts 22c: relatives asking to close, lock or hand over a dead person's account.
  it('never makes junk of a death notice: a relative\'s notice is for staff, never only listed', () => {
    const sure = opinion(0.2, { otherProbability: 0.99 });
    expect(combineOpinions(rulesSaid('question'), sure, { deathNotice: true }).category).toBe('question');
    expect(combineOpinions(rulesSaid('question'), sure, { deathNotice: false }).category).toBe('other');
  });

  it('needs more certainty to drop a request than to find one: a lost request loses its clock', () => {
    expect(OVERRULE_REQUEST_PROBABILITY).toBeGreaterThan(OVERRULE_PROBABILITY);
    const p = (1 - OVERRULE_PROBABILITY) - 0.01;
    expect(combineOpinions(rulesSaid('privacy_request'), opinion(p)).category).toBe('privacy_request');
    expect(combineOpinions(rulesSaid('question'), opinion(1 - p)).category).toBe('privacy_request');
  });

  it('names an agent or a parent the model is sure of where the rules saw the consumer, for staff', () => {
    const agent = combineOpinions(rulesSaid('privacy_request'), opinion(0.9, { agentProbability: OTHER_REQUESTER_PROBABILITY + 0.1 }));
    expect(agent).toMatchObject({ requester: 'agent', requestTypes: ['access'], needsReview: true });
    expect(agent.reasons.at(-1)).toBe('model: requester agent, not self');
    const parent = combineOpinions(rulesSaid('privacy_request'), opinion(0.9, { parentProbability: 0.95 }));
    expect(parent.requester).toBe('parent');
    const unsure = combineOpinions(rulesSaid('privacy_request'), opinion(0.9, { agentProbability: 0.6 }));
    expect(unsure).toMatchObject({ requester: 'self', needsReview: false });
    const agentByRules = combineOpinions(rulesSaid('privacy_request', { requester: 'agent' }), opinion(0.9, { parentProbability: 0.95 }));
    expect(agentByRules.requester).toBe('agent');
  });

  it('makes junk (`other`, issue 16 item 1) of a bare question the junk model is sure enough of, never answered', () => {
    const bare = { showsPrivacyMatter: false };
    const junk = combineOpinions(rulesSaid('question'), opinion(0.2, { otherProbability: JUNK_PROBABILITY + 0.05 }), bare);
    expect(junk).toMatchObject({ category: 'other', requestTypes: [], requester: 'none' });
    expect(junk.otherWhy).toBe(`the second opinion reads junk (p=${(JUNK_PROBABILITY + 0.05).toFixed(2)}), and the rules found no request nor any privacy matter`);
    expect(junk.reasons.at(-1)).toBe(`not a privacy matter: ${junk.otherWhy}`);
    expect(combineOpinions(rulesSaid('question'), opinion(0.2, { otherProbability: JUNK_PROBABILITY - 0.05 }), bare).category).toBe('question');
  });

  it('makes junk of a question that shows a privacy matter only when the junk model is far surer', () => {
    const between = { otherProbability: (JUNK_PROBABILITY + JUNK_SURE_PROBABILITY) / 2 };
    expect(combineOpinions(rulesSaid('question'), opinion(0.2, between)).category).toBe('question');
    expect(combineOpinions(rulesSaid('question'), opinion(0.2, between), { showsPrivacyMatter: true }).category).toBe('question');
    const sure = combineOpinions(rulesSaid('question'), opinion(0.2, { otherProbability: (JUNK_SURE_PROBABILITY + 1) / 2 }), { showsPrivacyMatter: true });
    expect(sure).toMatchObject({ category: 'other', requestTypes: [], requester: 'none' });
    expect(sure.otherWhy).toBe(`the second opinion reads junk (p=${((JUNK_SURE_PROBABILITY + 1) / 2).toFixed(2)}), and the rules found no request`);
  });

  it('makes junk of a medical or billing matter only as sure as of a question that shows a privacy matter', () => {
    // a job application for a medical-billing post names medical billing; a patient's question does too
    const bare = { showsPrivacyMatter: false };
    const between = { otherProbability: (JUNK_PROBABILITY + JUNK_SURE_PROBABILITY) / 2 };
    expect(combineOpinions(rulesSaid('question', { hipaa: true }), opinion(0.2, between), bare)).toMatchObject({ category: 'question', hipaa: true });
    const sure = combineOpinions(rulesSaid('question', { hipaa: true }), opinion(0.2, { otherProbability: (JUNK_SURE_PROBABILITY + 1) / 2 }), bare);
    expect(sure).toMatchObject({ category: 'other', hipaa: false });
  });

  it('never makes junk of a request, a forwarded message, or a question it makes a request', () => {
    const sure = { otherProbability: 0.99 };
    const bare = { showsPrivacyMatter: false };
    // "Is this really from you?" above a forwarded scam: the model reads the scam
    expect(combineOpinions(rulesSaid('question'), opinion(0.2, sure), { showsPrivacyMatter: true, forwards: true }).category).toBe('question');
    expect(combineOpinions(rulesSaid('question'), opinion(0.2, sure), { ...bare, forwards: true }).category).toBe('question');
    expect(combineOpinions(rulesSaid('privacy_request'), opinion(0.6, sure), bare).category).toBe('privacy_request');
    expect(combineOpinions(rulesSaid('question'), opinion(0.99, sure), bare).category).toBe('privacy_request');
  });

  it('never makes junk of request words the rules read, however sure the junk model is (§1798.130(a)(2))', () => {
    // "Download your manual data" in a vendor's pitch, or a parent's "we are opting out": the rules
    // read a right, the model no request and junk; staff read it as a question.
    const pitch = combineOpinions(rulesSaid('privacy_request'), opinion(0.01, { otherProbability: 0.999 }));
    expect(pitch).toMatchObject({ category: 'question', requestTypes: [], requester: 'none', agent: null, needsReview: true });
    expect(pitch.otherWhy).toBeUndefined();
    // A co-occurrence only ("remove you from my outreach" in a seller's last e-mail) asks nothing: junk.
    const outreach = combineOpinions(rulesSaid('privacy_request'), opinion(0.01, { otherProbability: 0.999 }), { coOccurrenceOnly: true });
    expect(outreach.category).toBe('other');
    expect(combineOpinions(rulesSaid('privacy_request'), opinion(0.01, { otherProbability: 0.999 }), { coOccurrenceOnly: true, rightAsked: true }).category).toBe('question');
    const between = combineOpinions(rulesSaid('privacy_request'), opinion(0.01, { otherProbability: (JUNK_PROBABILITY + JUNK_SURE_PROBABILITY) / 2 }));
    expect(between.category).toBe('question');
    // "Would you please remove the following address" above an agent service's pitch for itself:
    // asked in so many words, so a question for staff, never junk.
    expect(combineOpinions(rulesSaid('privacy_request'), opinion(0.01, { otherProbability: 0.99 }), { rightAsked: true }).category).toBe('question');
    // Not overruled (the model is not sure enough it is no request): a request, whatever the junk model says.
    expect(combineOpinions(rulesSaid('privacy_request'), opinion(0.2, { otherProbability: 0.99 })).category).toBe('privacy_request');
  });

  it('never makes junk of a right the rules read asked, even one they sent to staff as a billing matter', () => {
    // "SOLICITO que rectifiquen o supriman el dato inexacto" about a paid invoice in a credit file:
    // the rules route it to staff as a HIPAA matter (a question), and a credit-file letter's words
    // may read as junk to the model; the writer still asked us to act on their data.
    const sure = { otherProbability: 0.99 };
    expect(combineOpinions(rulesSaid('question', { hipaa: true }), opinion(0.2, sure), { rightAsked: true }).category).toBe('question');
    expect(combineOpinions(rulesSaid('question', { hipaa: true }), opinion(0.2, sure), { rightAsked: false }).category).toBe('other');
  });

  it('reads junk from a bundle\'s junk model, and none from a bundle trained without one', () => {
    const withJunk: ModelBundle = { ...tiny, other: { bias: -2, weights: { seo: 5 } } };
    expect(secondOpinion('', 'Cheap SEO for your site', withJunk).otherProbability).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    expect(secondOpinion('', 'Cheap SEO for your site', tiny).otherProbability).toBeLessThan(1e-9);
  });

  it('never touches machine mail', () => {
    const rules = rulesSaid('bounce');
    expect(combineOpinions(rules, opinion(0.99))).toBe(rules);
  });
});

describe('classifyMessage with the second opinion', () => {
  it('adds the trained model\'s reason, and reads with the rules alone when the model is null', () => {
    const withModel = classifyMessage(input('Please delete my account and all my data.'));
    const rulesOnly = classifyMessage(input('Please delete my account and all my data.'), { model: null });
    expect(withModel.reasons.some((r) => /^model: privacy request p=(?:0\.9\d|1\.00) \("/.test(r))).toBe(true);
    expect(rulesOnly.reasons.some((r) => r.startsWith('model:'))).toBe(false);
    expect(withModel.category).toBe(rulesOnly.category);
  });

  it('uses a bundle passed in the options', () => {
    const c = classifyMessage(input('Can you erase it?'), { model: tiny });
    expect(c.reasons.some((r) => r.includes('"erase" +4.00'))).toBe(true);
  });
});

describe('rememberRecent', () => {
  it('computes a text once while it is among the last few, and forgets the oldest', () => {
    const seen: string[] = [];
    const upper = rememberRecent((t) => {
      seen.push(t);
      return t.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
    upper('c');
    upper('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});

// Issue 16, real texts 17-20: the reply prefix of a subject had a weight of its own (-0.96 for a
// request), learned from follow-ups labeled questions, and overruled requests sent as replies
// ("Re: request: Delete Accounts ... do you mind deleting my account manually?").
describe("a subject's reply prefix is no evidence", () => {
  it('"Re:", "AW:", "RV:" are not subject features; the words after them are', () => {
    for (const subject of ['Re: Delete my account', 'RE: AW: Delete my account', 'RV: Delete my account', 'Fwd: Re: Delete my account']) {
      const f = textFeatures(subject, '');
      expect(f).toContain('s:delete');
      expect(f.filter((x) => ['s:re', 's:aw', 's:rv', 's:fwd'].includes(x))).toEqual([]);
    }
  });

  it('a word "re" inside a subject is still a word', () => {
    expect(textFeatures('Request re my records', '')).toContain('s:re');
  });
});
