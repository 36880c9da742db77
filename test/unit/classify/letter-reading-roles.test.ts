import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { describesRight, wantedToBeTold } from '../../../src/pipeline/classify/reading-roles.js';
import { readByRules } from './read-by-rules.js';

// Issue 16 item 2: a formal letter is read as a privacy analyst reads it. A right's words ask for
// that right only where the writer asks us to act; a right described, or what an access request
// wants to be told, asks for nothing more (reading-roles.ts). Sentences written for these tests.

describe('a right described, not asked for', () => {
  it('a consumer "has the right" to access is the law, not a second request (§1798.105 asked)', () => {
    const c = readByRules(
      'Under the CCPA, a consumer has the right to withdraw consent for the collection, use and disclosure of their personal information.\n\nI request the deletion of all personal information you hold about me.',
    );
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('"tiene derecho a" describes; the request is the deletion', () => {
    const c = readByRules('Según la ley, el titular tiene derecho a obtener una copia de sus datos. Solicito que borren mi cuenta y mis datos.');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('"I have the right to ..." is the writer asserting their own right: still a request (§1798.105)', () => {
    expect(describesRight('i have the right to have my data deleted.', 'en')).toBe(false);
    expect(describesRight('consumers have the right to have their data deleted.', 'en')).toBe(true);
  });
});

describe('what an access request wants to be told is part of access (§1798.110)', () => {
  // Issue 16, real texts 17b: the GDPR art. 15(1)(e) item of a subject access request.
  it('"the existence of the right to request rectification or erasure" is an item of the access request', () => {
    const c = readByRules('I hereby request a full copy of the personal data you hold about me, as well as the following information:\n- the purposes of processing;\n- the existence of the right to request from the controller rectification or erasure of personal data or restriction of processing or to object to such processing;');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('the legal grounds for transferring data abroad are not a portability request', () => {
    const c = readByRules('Please tell me what personal data you hold about me, and please explain the legal grounds for transferring my personal data to other countries.');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('the measures that keep staff from disclosing data are not an opt-out', () => {
    const c = readByRules('Please send me a copy of my personal data. Also tell me what measures you use to ensure employees do not disclose my data outside your company.');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('a new clause after the frame asks again: "which third parties ..., and correct my name"', () => {
    const c = readByRules('Please tell me which third parties you shared my information with, and correct the spelling of my surname.');
    expect([...c.requestTypes].sort()).toEqual(['access', 'correction']);
  });

  it('"let me know when you have deleted it" still asks for the deletion', () => {
    expect(wantedToBeTold('please delete my account and let me know when you have deleted it.', 40, 'en')).toBe(false);
    expect(readByRules('Please delete my account and let me know when you have deleted it.').requestTypes).toEqual(['deletion']);
  });
});

describe('a demand made under a right it names', () => {
  it('"pursuant to my right to know" makes the demand an access request (§1798.110)', () => {
    const c = readByRules('I request that you stop selling my data. You must provide the full report, pursuant to my right to know under Section 1798.110.');
    expect([...c.requestTypes].sort()).toEqual(['access', 'opt_out']);
  });

  it('a demand on the reader ("you are required to") under a named right asks it', () => {
    const c = readByRules('I request the deletion of my account. Disclosure report: you are required to name every company that bought my records, under Article 15 GDPR.');
    expect([...c.requestTypes].sort()).toEqual(['access', 'deletion']);
  });

  it('a statement that names the law asks nothing by itself', () => {
    const c = readByRules('This letter concerns my rights under Article 15 of the GDPR. Please delete my account.');
    expect(c.requestTypes).toEqual(['deletion']);
  });
});

describe("a form's field naming the right (ARCO and agents' forms)", () => {
  it.each([
    ['Derecho solicitado: Oposición\nDato: mi correo electrónico', 'opt_out'],
    ['Derecho solicitado: Cancelación\nDato: mi número de teléfono', 'deletion'],
    ['Right requested: deletion\nAccount: 55120', 'deletion'],
  ])('%s -> %s', (body, type) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual([type]);
  });
});

describe("a letter's paragraph about the writer's data is not an e-mail disclaimer", () => {
  it('"a disclosure report naming all recipients ... notify each of them" is read (§1798.110, §1798.105(c))', () => {
    const c = readByRules(
      'Dear Privacy Team,\n\nI request deletion of my account.\n\nPlease provide a disclosure report naming all recipients of my personal information, and notify each of them of my deletion request.\n\nRegards,\nNora Quill',
    );
    expect([...c.requestTypes].sort()).toEqual(['access', 'deletion']);
  });

  it('a real disclaimer paragraph is still dropped', () => {
    const c = readByRules(
      'Please send me a copy of my data.\n\nThis message is confidential and intended only for the addressee. If you received it in error, notify the sender and delete it; any disclosure or copying is prohibited.',
    );
    expect(c.requestTypes).toEqual(['access']);
  });
});

describe('GDPR and ARCO wording mapped to the CCPA rights', () => {
  it('"rechazo el tratamiento ... (incluida la elaboración de perfiles)" is an objection: opt-out', () => {
    const c = readByRules('Solicito la supresión de mis datos. Además, rechazo el tratamiento de todos mis datos personales, incluida la elaboración de perfiles.');
    expect([...c.requestTypes].sort()).toEqual(['deletion', 'opt_out']);
  });

  it('"Confirmation whether ... my personal data" asks access', () => {
    const c = readByRules('I request:\n1. Confirmation whether any of my personal data has been collected by you.\n2. Deletion of my personal data.');
    expect([...c.requestTypes].sort()).toEqual(['access', 'deletion']);
  });
});

describe('a right read only as the ground of a demand goes to staff', () => {
  it('"you are required to name every company ..., under Article 15" is access, flagged for review', () => {
    const c = readByRules('Disclosure report: you are required to name every company that bought my records, under Article 15 GDPR.');
    expect(c.requestTypes).toEqual(['access']);
    expect(c.needsReview).toBe(true);
  });

  // The evidence score before the meta-model, as the classifier reports it in its reasons.
  const rawScore = (reasons: readonly string[]) => Number(/^confidence: score (\d\.\d+)/.exec(reasons.find((r) => r.startsWith('confidence: score')) ?? '')?.[1]);

  it('a right named only in the subject is no such ground: its evidence score is not capped', () => {
    const c = classifyMessage({ subject: 'Delete my personal information', body: 'Please tell me what personal information you hold about me.', quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });
    expect([...c.requestTypes].sort()).toEqual(['access', 'deletion']);
    expect(rawScore(c.reasons)).toBeGreaterThan(0.65);
    expect(rawScore(readByRules('Disclosure report: you are required to name every company that bought my records, under Article 15 GDPR.').reasons)).toBeLessThanOrEqual(0.65);
  });

  it('the same right also asked in its own words is not held by the evidence floor: answered at a threshold its chance meets', () => {
    const read = (body: string) => classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null, reviewThreshold: 0.5 });
    const c = read('Please send me a copy of all personal data you hold about me, under Article 15 GDPR.');
    expect(c.requestTypes).toEqual(['access']);
    expect(c.needsReview).toBe(false);
    expect(read('Disclosure report: you are required to name every company that bought my records, under Article 15 GDPR.').needsReview).toBe(true);
  });
});

describe('a reminder restates the request it cites, whatever the model reads', () => {
  const reminder = (body: string) =>
    classifyMessage({ subject: 'Reminder', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

  it('"on 3 May I sent you a request according to Article 17" stays a deletion request, for staff (§1798.130(a)(2))', () => {
    const c = reminder('On 3 May I sent you a request according to Article 17 GDPR. I have not received an answer so far. Please answer my request within two weeks.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.needsReview).toBe(true);
  });
});

describe('a copy asked with a format line is one portable copy, not access as well (§1798.130(a)(3)(B)(iii))', () => {
  it('"a copy of all my personal data" + "Format: JSON or CSV" -> portability', () => {
    const c = readByRules('I request a copy of all personal data you hold about me under Article 15.\n\nInclude:\n- Orders\n- Reviews\n\nFormat: machine-readable (JSON or CSV)\n\nRegards,\nIvo Brandt');
    expect(c.requestTypes).toEqual(['portability']);
  });

  // Issue 16, real texts 20f and 22b: apps' mailto links write the export in the subject only.
  it('"Data Export Request" over "I would like to request a copy of my personal data" -> portability', () => {
    const c = classifyMessage({ subject: 'Data Export Request', body: 'Hello, I would like to request a copy of my personal data associated with this account.', quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null });
    expect(c.requestTypes).toEqual(['portability']);
  });

  it('the specific pieces asked apart from the portable copy stay access as well', () => {
    const c = readByRules('Tell me the specific pieces of personal information you collected about me.\nThen send me my data in a machine-readable format (CSV).');
    expect([...c.requestTypes].sort()).toEqual(['access', 'portability']);
  });
});

// GDPR Art. 15(1)(e): an access request lists, among what it wants to be told, "the existence of
// the right to request rectification or erasure ... or to object". Read on real subject access
// request templates written by others: as an item of that list the rights ask for nothing.
describe('rights named as an item of what an access request wants to be told', () => {
  it.each([
    'I request access to all personal data you hold about me. Please provide: 1. the purposes of processing; 2. the recipients; 3. the retention period; 4. My rights to rectification, erasure and restriction. 5. The source of the data.',
    'Please provide a copy of my personal data, and the following supplementary information: (a) the purposes of processing; (e) the existence of my rights to rectification, erasure, restriction, and objection.',
    // A list of rights to be told about runs on past its commas ("..., or restriction of processing, and to object").
    'I request a copy of all personal data you hold about me. I also request:\n- Information about the right to request rectification, erasure, or restriction of processing, and to object to processing.\n- The source of my personal data.',
  ])('%s -> access only', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['access']);
  });

  it('rights the writer exercises are still asked', () => {
    expect(readByRules('I exercise my rights to erasure and objection.').requestTypes).toEqual(['deletion', 'opt_out']);
    expect(readByRules('Ejerzo mis derechos de acceso y supresion.').requestTypes).toEqual(['access', 'deletion']);
  });
});

// Issue 16, generated GDPR letters: "data subject request" is what every such letter is, whatever
// right it asks; only a data subject *access* request asks for access.
describe('a data subject request names no right', () => {
  it.each([
    ['This is a data subject request under the GDPR. Please correct the postal address you hold for me to 12 Elm Street.', ['correction']],
    ['This email is a data subject request under the GDPR. I object to the processing of my personal data for direct marketing.', ['opt_out']],
    ['This is a data subject access request under Article 15 GDPR: please send me a copy of my personal data.', ['access']],
  ])('%s -> %j', (body, types) => {
    expect([...readByRules(body).requestTypes].sort()).toEqual(types);
  });
});

// Issue 16, a real Spanish ticket: "modificar" and "rectificar" change their spelling before -e
// (modifiquen, rectifiquen), and a correction asked in the impersonal passive is still asked.
describe('Spanish corrections with the spelling change before -e', () => {
  it.each([
    'Se solicita que se modifique la fecha de nacimiento del titular.',
    'Solicito que modifiquen mi fecha de nacimiento.',
    'Les pido que rectifiquen mi dirección.',
  ])('%s -> correction', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['correction']);
  });
});

// Issue 16, GDPR and CCPA letter templates written by others (sentences written for these tests).
describe('formal letters: what is erased, what is stopped, what is confirmed', () => {
  it('the categories a deletion letter names to erase are no access request', () => {
    const c = readByRules('I request that you delete my personal information. The categories of personal information I am requesting for deletion are:\n- Identifiers\n- Geolocation data');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('the categories asked to be listed are still access', () => {
    expect(readByRules('Please tell me the categories of personal information you collected about me.').requestTypes).toEqual(['access']);
  });

  it('"cessation of profiling and direct marketing" asked in a list is an opt-out (GDPR Art. 21)', () => {
    const c = readByRules('I request the erasure of all personal data you hold about me. I also request:\n1. Written confirmation of the erasure.\n2. Immediate cessation of profiling and direct marketing.');
    expect([...c.requestTypes].sort()).toEqual(['deletion', 'opt_out']);
  });

  it('confirmation whether personal data is processed opens access (GDPR Art. 15(1)), a confirmation of a deletion does not', () => {
    expect(readByRules('As her authorized agent, I request that MTBC:\n1. Confirm whether you process personal data concerning this data subject.').requestTypes).toEqual(['access']);
    expect(readByRules('Please delete my account and confirm whether you have deleted it.').requestTypes).toEqual(['deletion']);
  });
});

// Issue 16, real texts 17a, 17c, 17j, 17l: what a letter says of others' copies, of disclosure to
// third parties, of a suppression list kept "rather than deleting", and of wrong data removed as a
// correction.
describe('objects that ask no right of their own', () => {
  it('"rather than deleting them" refuses the deletion', () => {
    const c = readByRules('I object to the processing of my personal data for direct marketing purposes. Please add these details to your suppression list rather than deleting them.');
    expect(c.requestTypes).toEqual(['opt_out']);
  });

  it('"instead of deleting my account" refuses it too', () => {
    expect(readByRules('Please stop selling my data instead of deleting my account.').requestTypes).toEqual(['opt_out']);
  });

  it("a third party's copy is no copy for the writer", () => {
    const c = readByRules('Please delete my personal data and follow up with any third party with whom my information has been shared to ensure that they deleted their copy of the data.');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('disclosure of my information to third parties is what an opt-out stops, not access', () => {
    const c = readByRules('I request that you delete all personal information you hold about me and opt me out of any sale, sharing, or disclosure of my personal information to third parties.');
    expect(c.requestTypes).toEqual(['deletion', 'opt_out']);
    // Not only at the end of a list of acts: the disclosure to others, asked to stop, on its own.
    expect(readByRules('Please delete my account. I object to any disclosure of my personal information to third parties.').requestTypes).not.toContain('access');
  });

  it('removal of incorrect information beside a correction is the correction', () => {
    const c = readByRules('I request an immediate investigation and correction of the inaccurate personal information in my file. Please confirm the removal of incorrect information listed below.');
    expect(c.requestTypes).toEqual(['correction']);
  });

  it('removal of incorrect data with no fix asked stays a deletion', () => {
    expect(readByRules('Please remove personal/incorrect data about me from this repository.').requestTypes).toEqual(['deletion']);
  });
});

// Issue 16, real texts 17a, 18h, 18i: opting out named as an idea, a confirmation of the deletion
// asked, and the electronic format of an access copy (GDPR art. 15(3)).
describe('words of a right that ask no other right', () => {
  it('"opting out as an option is taking advantage of people" asks no opt-out', () => {
    const c = readByRules('I request that the following data is removed from your dataset: all. I just hope you understand how consent works: opting out as an option is taking advantage of people.');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('"provide written confirmation that my data has been deleted" asks no copy', () => {
    const c = readByRules('Please delete all personal data you have collected about me. After completing the deletion, please provide written confirmation that my data has been deleted.');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('an access copy "in a commonly used electronic format" is access, a CSV export is portability', () => {
    expect(readByRules('I request that you disclose to me, in a commonly used electronic format, all personal data you hold about me.').requestTypes).toEqual(['access']);
    expect(readByRules('Please send me all personal data you hold about me as a CSV file.').requestTypes).toEqual(['portability']);
  });
});

// Issue 16, real texts 18h: the writer's own entry on a list is their data ("my account details
// removed from this list" is no unsubscribe), and consent withdrawn to disclosure is an opt-out.
describe('a list entry and consent to disclosure', () => {
  it('"I ask for my account details to be removed from this list" is a deletion', () => {
    expect(readByRules('I ask for my account details to be removed from this list.').requestTypes).toEqual(['deletion']);
  });

  it('"remove me from your mailing list" stays an unsubscribe', () => {
    expect(readByRules('Please remove me from your mailing list.').category).toBe('question');
  });

  it('"I withdraw my consent to the disclosure of data to parcel service providers" is an opt-out', () => {
    expect(readByRules('I hereby withdraw my consent to the disclosure of data to parcel service providers for my order with immediate effect.').requestTypes).toEqual(['opt_out']);
  });
});

// Issue 16, real texts 20b: an erasure letter asks for the reasons of a refusal, which the business
// owes with a denial (§1798.105(d)); that is no access request.
describe('the reasons for a refusal asked in an erasure letter', () => {
  it('"If you are unable to comply, please provide a written explanation of the legal basis for retaining my data" adds no access', () => {
    const c = readByRules('Please erase all personal data you hold about me. If you are unable to comply, please provide a written explanation of the legal basis for retaining my data.');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('a copy asked in the same case is still access', () => {
    const c = readByRules('Please erase all personal data you hold about me. If you refuse, please send me a copy of my data.');
    expect(c.requestTypes).toEqual(['access', 'deletion']);
  });
});

// Issue 16, real texts 21g: what the business needs from the writer to act is no access request.
describe('"tell me what information I need to give you"', () => {
  it('beside a deletion adds no access', () => {
    const c = readByRules('I would like my donation account to be deleted. Please tell me what information I need to give you, in order for my account to be deleted.');
    expect(c.requestTypes).toEqual(['deletion']);
  });
  it('"tell me what information you hold about me" still asks it', () => {
    expect(readByRules('Please tell me what information you hold about me.').requestTypes).toEqual(['access']);
  });
});

// Issue 16, real texts 21c: a deletion letter's "Please confirm: ... 3. That my data will not be
// sold or shared" asks to be told what follows from the deletion, not for an opt-out (§1798.120).
describe('a confirmation asked that the data will not be sold', () => {
  it('an item under "Please confirm:" adds no opt-out to the deletion', () => {
    const c = readByRules('I request that you delete all of my personal information.\n\nPlease confirm:\n1. Receipt of this deletion request\n2. Timeline for completion\n3. That my data will not be sold or shared\n\nSincerely,\nMarcus Lee');
    expect(c.requestTypes).toEqual(['deletion']);
  });
  it('"confirm in writing that you will not sell or share my personal information in the future" is the opt-out confirmed', () => {
    const c = readByRules('I request that you delete all of my personal information.\n\nPlease confirm in writing that:\n1. You have removed all my personal information\n2. You will not collect, sell, or share my personal information in the future\n\nSincerely,\nMarcus Lee');
    expect(c.requestTypes).toEqual(['deletion', 'opt_out']);
  });
});

// Issue 16, real texts 21f: an issue tracker's wish for the product ("I would like to be able to
// export my data", "Will the export feature be added?") asks for a feature, not a portable copy.
describe('an export feature wished for the product', () => {
  it('"I would like to be able to export my data into a CSV" is no portability request', () => {
    expect(readByRules('I would like to be able to export my data into something like a CSV, to do my own analysis on it.').requestTypes).toEqual([]);
  });
  it('"please email me the export of my data" beside the wish still asks it (§1798.130(a)(2)(B))', () => {
    expect(readByRules('Your app has no export feature yet. Please email me an export of my data as a CSV file.').requestTypes).toEqual(['portability']);
  });
});

// Issue 16, real texts 17-21: an executor's "Please update your records accordingly" notes a death.
describe('a death noted in the records', () => {
  it('is no correction (§1798.106 is about inaccurate information)', () => {
    const c = readByRules('This letter is to notify you of the death of Grace Osei on 2 May. I am the executor of her estate. Please update your records accordingly.');
    expect(c.requestTypes).toEqual([]);
  });
  it('a name change with the same words is a correction', () => {
    expect(readByRules('I married and my last name is now Ortiz. Please update your records.').requestTypes).toEqual(['correction']);
  });
});


// Issue 16, real texts 22a: what a store page or a notice says, reported by the writer, asks nothing.
describe('what a page, a notice or a law says, reported', () => {
  it('"the add-on page states that data is not sold" is no opt-out (§1798.120 not asked)', () => {
    expect(readByRules('Our security team is checking your add-on. The add-on page states that data is not sold to third parties. Which data would be shared, and for what use?').requestTypes).toEqual([]);
  });
  it('the writer speaking after the report asks again', () => {
    expect(readByRules('Your privacy policy says that you may sell customer data, but I do not want you to sell my information.').requestTypes).toEqual(['opt_out']);
  });
  it('"la política dice que no venden datos" is no opt-out either', () => {
    expect(readByRules('La política de privacidad dice que no venden los datos a terceros. ¿Es así?').requestTypes).toEqual([]);
  });
});

// Issue 16, real texts 22b: a deletion letter's sentence about the request's reach.
describe('the reach of a request stated', () => {
  it('"This request applies to all categories of personal information" asks no access (§1798.105 asked)', () => {
    expect(readByRules('I hereby request that you delete all personal information about me that you have collected. This request applies to all categories of personal information as defined under the CCPA.').requestTypes).toEqual(['deletion']);
  });
  it('the categories asked in a sentence of their own still are access (§1798.110)', () => {
    expect(readByRules('Please delete my personal information. Before you do, tell me the categories of personal information you collected about me.').requestTypes).toEqual(['access', 'deletion']);
  });
});
