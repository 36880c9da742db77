import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, loadTemplates } from '../../../src/mail/render-template.js';
import { isStaffTemplateKind } from '../../../src/mail/template-data.js';

const bundled = path.resolve('templates');
const sampleData = {
  reference: 'CCPA-2026-000123',
  references: ['CCPA-2026-000123', 'CCPA-2026-000124'],
  items: [{ reference: 'CCPA-2026-000123', label: 'Deletion', dueDate: 'January 7, 2027' }],
  requestTypeLabels: ['Deletion'],
  receivedDate: 'November 23, 2026',
  dueDate: 'January 7, 2027',
  consumerName: 'Dana <b>Whitfield</b>',
  botAddress: 'compliance@example.com',
  businessName: 'MTBC',
  originalSubject: 'Delete my data',
};

describe('bundled consumer templates', () => {
  const templates = loadTemplates([bundled]);
  // Staff mail and the digest are English-only and addressed to staff, not consumers.
  for (const kind of templates.kinds().filter((k) => !isStaffTemplateKind(k))) {
    for (const lang of LANGUAGES) {
      it(`${kind} (${lang}) renders every part with no template syntax left and the non-discrimination promise (§1798.125)`, () => {
        const message = templates.render(kind, lang, sampleData);
        for (const part of [message.subject, message.text, message.html]) {
          expect(part.trim()).not.toBe('');
          expect(part).not.toMatch(/\{\{|\}\}/);
        }
        expect(message.text).toMatch(lang === 'es' ? /No le discriminaremos/ : /will not discriminate/);
        expect(message.html).not.toContain('<b>Whitfield</b>');
      });
    }
  }

  it('includes the acknowledgement in both languages', () => {
    expect(templates.kinds()).toContain('acknowledgement');
    expect(templates.render('acknowledgement', 'es', sampleData).text).toContain('Recibimos su solicitud');
  });
});

describe('operator overrides', () => {
  it('replace single files and leave the rest bundled', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-templates-'));
    fs.mkdirSync(path.join(dir, 'acknowledgement'));
    fs.writeFileSync(path.join(dir, 'acknowledgement', 'subject.en.hbs'), 'Received: {{reference}}');
    const templates = loadTemplates([dir, bundled]);
    const message = templates.render('acknowledgement', 'en', sampleData);
    expect(message.subject).toBe('Received: CCPA-2026-000123');
    expect(message.text).toContain('We received your privacy request');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
