import type { Evidence } from './gather-evidence.js';

/** Kinds of mail that reach the privacy mailbox but are no privacy matter (issue 16 item 1). */
export type NotPrivacyKind = 'phishing' | 'sales' | 'invoice' | 'job_application' | 'newsletter' | 'misdirected';

/** Why a message is `other`: its kind and one line a reviewer reads in the digest. */
export interface NotPrivacyVerdict {
  kind: NotPrivacyKind;
  why: string;
}

interface JunkSignal {
  kind: Exclude<NotPrivacyKind, 'misdirected'>;
  name: string;
  re: RegExp;
}

// Run on normalized text (lower case, accents removed). Each is a phrase a person asking about
// their own data does not write; two weak ones or one strong one make a message junk.
const SIGNALS: readonly JunkSignal[] = [
  { kind: 'phishing', name: 'mailbox quota or password warning', re: /\b(?:mailbox|e-?mail account|inbox|storage) (?:is )?(?:almost |nearly )?(?:full|over (?:its |the )?(?:quota|limit)|quota)|\b(?:mailbox|inbox|account) (?:has )?exceeded (?:its |your |the )?(?:storage|quota|size|limit)|\bpassword (?:will )?(?:expires?|expired|expiring)|\b(?:re-?validate|verify|confirm|reactivate) your (?:mailbox|e-?mail account|account|credentials|login)\b(?= (?:at|here|now|via|below|within|to continue|to avoid)\b)|\bbuzon (?:esta )?(?:lleno|casi lleno)|\bcontrasena (?:caduca|expira|vencera)/ },
  { kind: 'phishing', name: 'document to sign or open through a link', re: /\b(?:docusign|e-?sign(?:ature)?|adobe sign|sharepoint|onedrive)\b[^.!?\n]{0,80}\b(?:review|sign|view|open|access)\b|\b(?:review|view|open|download) (?:and sign )?(?:the )?(?:secure |shared |attached )?(?:document|file|fax|voicemail|complaint|notice)s? (?:here|below|now|via|at|using)\b/ },
  { kind: 'phishing', name: 'urgent link to click', re: /\b(?:click|tap) (?:here|the (?:link|button) below|below)\b|\bhaga clic aqui\b|\bfailure to (?:comply|respond|verify) (?:will|may) result\b|\bwithin (?:24|48|72) hours? (?:or|to avoid)\b/ },
  { kind: 'sales', name: 'sales pitch', re: /\b(?:book|schedule|set up|hop on|jump on) (?:a |an )?(?:quick |short |brief |15[- ]minute |20[- ]minute |30[- ]minute )?(?:call|demo|meeting|chat)\b|\b(?:our|my) (?:team|agency|company|platform|solution|software|tool|service)s? (?:can |could |will )?(?:help|helps|boost|increase|grow|improve)\b|\bi hope this (?:e-?mail|message|note) finds you well\b|\bfree (?:trial|audit|consultation|quote)\b|\bagendar una (?:llamada|demo|reunion)\b/ },
  { kind: 'sales', name: 'SEO or traffic offer', re: /\b(?:seo|backlinks?|search engine rankings?|first page of google|rank(?:ing)? (?:higher |better )?(?:on|in) google|guest post|web traffic|domain authority)\b/ },
  { kind: 'sales', name: 'crypto or investment offer', re: /\b(?:crypto(?:currency)?|bitcoin|btc|usdt|forex|investment opportunity|guaranteed (?:returns?|profits?)|trading platform|wallet address)\b/ },
  { kind: 'sales', name: 'vendor paperwork or onboarding', re: /\b(?:countersign|counter-sign|sign and return|vendor (?:onboarding|registration|setup) form|supplier (?:onboarding|registration) form|w-?9\b|please sign the (?:attached )?(?:master services agreement|msa|contract)|\b(?:review and )?sign the attached (?:dpa|data processing (?:agreement|addendum)|agreement|contract|msa|form)s? and return)/ },
  { kind: 'invoice', name: 'invoice or payment due', re: /\b(?:invoice|factura)s? (?:#|no\b|number|numero|n[oº]\b|attached|adjunta|is attached|for (?:services|order))|\b(?:amount|balance|payment) (?:is )?(?:due|overdue|past due)\b|\bremittance\b|\bpago (?:pendiente|vencido)\b/ },
  { kind: 'job_application', name: 'job application', re: /\b(?:my |attached (?:is )?(?:my )?)(?:resume|cv|curriculum vitae|cover letter)\b|\bappl(?:y|ying|ication) for the (?:\w+ ){0,3}(?:position|role|job|opening|internship|vacancy)\b|\b(?:job|position) (?:opening|posting|you advertised)\b|\bmi (?:curriculum|hoja de vida|cv)\b|\b(?:la )?vacante\b/ },
  { kind: 'newsletter', name: 'newsletter', re: /\bview (?:this e-?mail |it )?in (?:your |a )?browser\b|\byou(?: are|'re) receiving this (?:e-?mail|newsletter|message) because\b|\bthis (?:week|month)'?\s?s (?:issue|edition|newsletter|roundup)\b|\bif you no longer wish to receive (?:these|our)\b/ },
];

// Mail meant for someone else says so; mail with no privacy word at all is still often a
// customer's question for staff (test/eval/README: account help and complaints are questions).
const MISDIRECTED = /\b(?:(?:this|my|the) (?:e-?mail|message) was (?:meant|intended) for\b|sent (?:this |it )?to the wrong (?:address|person|company)|wrong (?:e-?mail )?address, sorry|not meant for you)/;
const FIRST_PERSON = /\b(?:i|my|me|mine|mi|mis|yo)\b/;
const URL = /\bhttps?:\/\/|\bwww\./;

/**
 * Whether a human-looking message is no privacy matter at all (spam, phishing, a vendor or sales
 * pitch, an invoice, a job application, a newsletter without list headers, mail meant for someone
 * else). Pure. Never for a message with any request evidence: a privacy request must never become
 * `other` (ccpa-rules §1798.130(a)(2): a missed request breaks a legal clock; a junk message listed
 * in the digest costs staff a glance). Questions about rights and unsubscribes stay questions.
 */
export function judgeNotPrivacy(subject: string, e: Evidence): NotPrivacyVerdict | null {
  const d = e.body.decision;
  if (e.types.length > 0 || e.generic || e.followUp || e.empty || e.fromQuoted || d.asked.length > 0 || d.negated.length > 0 || d.hipaaRecords.length > 0) return null;
  const text = `${subject.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}\n${e.body.normalized}`;
  const found = SIGNALS.filter((s) => s.re.test(text));
  const table = e.body.table;
  // A person unsubscribing from our marketing, or asking whether we sell their data, is asking
  // about their own data: a question, even inside a pitch-like message.
  const ownMatter = table.saleQuestion.test(e.body.normalized) || (table.unsubscribe.test(e.body.normalized) && !found.some((s) => s.kind === 'newsletter'));
  if (ownMatter) return null;
  const strong = found.find((s) => s.kind !== 'phishing' || URL.test(text) || found.length > 1);
  // A vendor's invoice names billing and is no HIPAA matter; a person disputing their own
  // medical bill is (ccpa-rules, Health data): staff answer that.
  const vendorInvoice = strong?.kind === 'invoice' && !FIRST_PERSON.test(e.body.normalized);
  if (e.hipaa && !vendorInvoice) return null;
  if (strong) return { kind: strong.kind, why: `${strong.kind.replace('_', ' ')}: ${found.map((s) => s.name).join(', ')}; no privacy request or question` };
  if (MISDIRECTED.test(text)) return { kind: 'misdirected', why: 'misdirected: says it was meant for someone else; no privacy request or question' };
  return null;
}
