/**
 * Texts that follow the business's declarations (issue 18 item 6): what the privacy notice says
 * (privacy-notice.txt: data "will not be sold to, shared with, or otherwise made available to any
 * third parties"; telephone 1-866-266-6822) is configuration, and the completion and denial texts
 * are written from it (§1798.120, §1798.105(c), §7024(b), §7022(f)); both languages.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../../src/config.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { DENIAL_REASONS, denialReasonData } from '../../../src/pipeline/decide/denial-reasons.js';
import { DEFAULT_BUSINESS_DECLARATIONS, declarationFields, type BusinessDeclarations } from '../../../src/workflow/business-declarations.js';
import { workflowSettings } from '../../../src/settings-from-config.js';

const templates = loadTemplates([fileURLToPath(new URL('../../../templates', import.meta.url))]);
const common = { reference: 'CCPA-2026-000123', requestTypeLabels: ['x'], receivedDate: 'x', dueDate: 'x', botAddress: 'compliance@example.com' };
const render = (kind: Parameters<typeof templates.render>[0], lang: 'en' | 'es', declarations: Partial<BusinessDeclarations>, extra: Record<string, unknown> = {}) => {
  const out = templates.render(kind, lang, { ...common, ...declarationFields({ ...DEFAULT_BUSINESS_DECLARATIONS, ...declarations }), ...extra });
  return `${out.text.replace(/\s+/g, ' ')}\n${out.html.replace(/\s+/g, ' ')}`;
};

describe('the declarations as configuration, defaults from the notice', () => {
  it('defaults to what the seed notice declares', () => {
    expect(loadConfig({}).business).toEqual({ sellsPersonalInformation: false, sharesPersonalInformation: false, usesServiceProviders: true, noticeUrl: null, noticePhone: '1-866-266-6822' });
    expect(workflowSettings(loadConfig({ BUSINESS_SELLS_PERSONAL_INFORMATION: 'yes', PRIVACY_NOTICE_URL: 'https://www.example.com/privacy' })).business).toMatchObject({ sellsPersonalInformation: true, noticeUrl: 'https://www.example.com/privacy' });
  });

  it('names the variable and a good value when one is wrong', () => {
    expect(() => loadConfig({ BUSINESS_SHARES_PERSONAL_INFORMATION: 'maybe', PRIVACY_NOTICE_URL: 'www.example.com' })).toThrow(ConfigError);
    try {
      loadConfig({ BUSINESS_SHARES_PERSONAL_INFORMATION: 'maybe', PRIVACY_NOTICE_URL: 'www.example.com' });
    } catch (error) {
      const { problems } = error as ConfigError;
      expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^BUSINESS_SHARES_PERSONAL_INFORMATION must be true or false/), expect.stringMatching(/^PRIVACY_NOTICE_URL must be an http:\/\/ or https:\/\/ address/)]));
    }
  });
});

describe('the opt-out completion follows what the business declares (§1798.120, §7026(f))', () => {
  it.each([
    ['en', 'we do not sell or share personal information with third parties', 'We have stopped selling and sharing it'],
    ['es', 'no vendemos ni compartimos información personal con terceros', 'Hemos dejado de venderla y de compartirla'],
  ] as const)('in %s', (lang, notSold, stopped) => {
    const asNotice = render('completion-opt-out', lang, {});
    expect(asNotice).toContain(notSold);
    expect(asNotice).not.toContain(stopped);
    const seller = render('completion-opt-out', lang, { sellsPersonalInformation: true });
    expect(seller).toContain(stopped);
    expect(seller).not.toContain(notSold);
  });
});

describe('the deletion completion names service providers only when there are some (§1798.105(c))', () => {
  it.each([
    ['en', 'service providers and contractors'],
    ['es', 'proveedores de servicios y contratistas'],
  ] as const)('in %s', (lang, providers) => {
    expect(render('completion-deletion', lang, {})).toContain(providers);
    expect(render('completion-deletion', lang, { usesServiceProviders: false })).not.toContain(providers);
  });
});

describe('the unverifiable denial says where the notice is and why we could not verify (§7024(b))', () => {
  it.each([
    ['en', 'you can read it at https://www.example.com/privacy', 'call us at 1-866-266-6822', 'We received your reply, but we found no record of ours'],
    ['es', 'puede leerlo en https://www.example.com/privacy', 'llamarnos al 1-866-266-6822', 'Recibimos su respuesta, pero no encontramos'],
  ] as const)('in %s', (lang, url, phone, noRecord) => {
    const byDefault = render('unverifiable-denial', lang, {}, denialReasonData('unverifiable'));
    expect(byDefault).toContain(phone);
    expect(byDefault).not.toContain(url);
    expect(byDefault).not.toContain(noRecord);
    expect(render('unverifiable-denial', lang, { noticeUrl: 'https://www.example.com/privacy' }, denialReasonData('unverifiable'))).toContain(url);
    expect(render('unverifiable-denial', lang, {}, { ...denialReasonData('unverifiable'), noDirectoryRecord: true })).toContain(noRecord);
  });
});

describe('a denial says the rest was acted on only for an exemption (§7022(f))', () => {
  it.each([
    ['en', 'we have acted on the rest'],
    ['es', 'hemos atendido el resto'],
  ] as const)('in %s', (lang, actedOn) => {
    for (const reason of DENIAL_REASONS) {
      const says = render('denial', lang, {}, { ...denialReasonData(reason), staffNote: '' }).includes(actedOn);
      expect(says, reason).toBe(reason === 'exempt_hipaa' || reason === 'exempt_other');
    }
  });
});
