import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { LANGUAGES, type Language } from '../shared/languages.js';
import type { TemplateData, TemplateKind } from './template-data.js';

/** A message kind's three parts, rendered. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** One template as a section of a mail, with its data. */
export type TemplateSection = { [K in TemplateKind]: { kind: K; data: TemplateData[K] } }[TemplateKind];

/** The templates as the mail paths see them: the data is checked against the kind (template-data.ts). */
export interface TemplateSet {
  /** Renders `templates/<kind>/{subject,text,html}.<lang>.hbs` with the given data. */
  render<K extends TemplateKind>(kind: K, lang: Language, data: TemplateData[K]): RenderedMessage;
  /**
   * Renders several templates as the sections of ONE mail, in the order given (issue 15 item 1):
   * one greeting (the first section's), each section's body, then the closing every consumer
   * mail carries once (non-discrimination, signature; the HTML header and footer). The subject
   * is the first section's. One section renders exactly as `render` does.
   */
  renderSections(lang: Language, sections: readonly TemplateSection[]): RenderedMessage;
}

/**
 * The templates as loaded: any folder can be rendered with any data, which is what the tests of
 * the template files and an operator's override folder need. The composition root hands them on
 * as a TemplateSet.
 */
export interface LoadedTemplates extends TemplateSet {
  render(kind: string, lang: Language, data: object): RenderedMessage;
  renderSections(lang: Language, sections: ReadonlyArray<{ kind: string; data: object }>): RenderedMessage;
  kinds(): string[];
}

/** Every template is loaded in each language of the one list (src/shared/languages.ts). */
export { LANGUAGES };
const PARTS = ['subject', 'text', 'html'] as const;
type Part = (typeof PARTS)[number];

/**
 * Loads every template once at start-up. `dirs` are searched in order, so an operator's folder
 * placed first overrides single files of the bundled set. Handlebars environments per language
 * keep partials such as `{{> non-discrimination}}` in the message's language.
 * Text and subject parts are compiled without HTML escaping; the HTML part escapes everything.
 */
export function loadTemplates(dirs: string[]): LoadedTemplates {
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const kindNames = new Set<string>();
  const closings = new Map<Language, Closing>();
  for (const lang of LANGUAGES) {
    // Handlebars compiles a partial on first use with the options of the template that used it,
    // and keeps it: one environment for the HTML part and one for the text and subject, so that a
    // partial holding a name from the mail ({{> greeting}}) is escaped in HTML whatever ran first.
    const partials = readPartials(dirs, lang);
    const envs = { html: Handlebars.create(), plain: Handlebars.create() };
    for (const env of Object.values(envs)) for (const [name, source] of partials) env.registerPartial(name, source);
    for (const kind of listKinds(dirs)) {
      for (const part of PARTS) {
        const file = findFile(dirs, path.join(kind, `${part}.${lang}.hbs`));
        if (!file) continue;
        kindNames.add(kind);
        const env = part === 'html' ? envs.html : envs.plain;
        compiled.set(key(kind, part, lang), env.compile(fs.readFileSync(file, 'utf8'), { noEscape: part !== 'html', strict: false }));
      }
    }
    closings.set(lang, compileClosing(envs));
  }
  const renderPart = (kind: string, name: Part, lang: Language, data: object, options?: Handlebars.RuntimeOptions): string => {
    const template = compiled.get(key(kind, name, lang)) ?? compiled.get(key(kind, name, 'en'));
    if (!template) throw new Error(`template ${kind}/${name}.${lang}.hbs is missing`);
    return template(data, options);
  };
  const render = (kind: string, lang: Language, data: object): RenderedMessage => ({
    subject: renderPart(kind, 'subject', lang, data).replace(/\s+/g, ' ').trim(),
    text: renderPart(kind, 'text', lang, data),
    html: renderPart(kind, 'html', lang, data),
  });
  return {
    kinds: () => [...kindNames].sort(),
    render,
    renderSections(lang, sections) {
      const [first, ...rest] = sections;
      if (!first) throw new Error('a mail has at least one section');
      if (rest.length === 0) return render(first.kind, lang, first.data);
      const closing = closings.get(lang);
      if (!closing) throw new Error(`no templates in ${lang}`);
      const texts: string[] = [];
      const htmls: string[] = [];
      sections.forEach((section, index) => {
        // Every consumer template greets through the `greeting` partial: a later section renders it empty.
        const greeted = index === 0;
        const options = { partials: sectionPartials(greeted ? [] : [GREETING_PARTIAL]) };
        texts.push(renderPart(section.kind, 'text', lang, section.data, options).trim());
        const html = renderPart(section.kind, 'html', lang, section.data, options).trim();
        // The greeting rendered empty leaves the paragraph that held it empty.
        htmls.push(greeted ? html : html.replace(/^\s*<p>\s*<\/p>\s*/, ''));
      });
      const data = first.data;
      return {
        subject: renderPart(first.kind, 'subject', lang, data).replace(/\s+/g, ' ').trim(),
        text: `${[...texts, ...closing.text.map((part) => part(data).trim())].join('\n\n')}\n`,
        html: `${closing.htmlHeader(data)}${htmls.join('\n')}\n${closing.htmlFooter(data)}`,
      };
    },
  };
}

/** What a mail of several sections ends with once, in each language. */
interface Closing {
  text: Handlebars.TemplateDelegate[];
  htmlHeader: Handlebars.TemplateDelegate;
  htmlFooter: Handlebars.TemplateDelegate;
}

/**
 * The closing, from the same partials as the templates (an operator's override first), compiled
 * in the language's two environments: escaped for HTML, not for text, as the templates are.
 */
function compileClosing(envs: { html: typeof Handlebars; plain: typeof Handlebars }): Closing {
  return {
    text: CLOSING_TEXT.map((name) => envs.plain.compile(`{{> ${name}}}`, { noEscape: true, strict: false })),
    htmlHeader: envs.html.compile('{{> html-header}}', { strict: false }),
    htmlFooter: envs.html.compile('{{> html-footer}}', { strict: false }),
  };
}

/** The closing of a consumer mail's text part, as each template ends: the §1798.125 promise, then who we are; a paragraph each. */
const CLOSING_TEXT = ['non-discrimination', 'signature'];
const GREETING_PARTIAL = 'greeting';
/** The partials a section leaves to the mail around it: it says them once, not once a section. */
const FRAME_PARTIALS = ['non-discrimination', 'signature', 'html-header', 'html-footer'];

function sectionPartials(alsoEmpty: readonly string[]): Record<string, Handlebars.Template> {
  return Object.fromEntries([...FRAME_PARTIALS, ...alsoEmpty].map((name) => [name, () => '']));
}

function key(kind: string, part: Part, lang: Language): string {
  return `${kind}/${part}.${lang}`;
}

function listKinds(dirs: string[]): string[] {
  const kinds = new Set<string>();
  for (const dir of dirs.filter((d) => fs.existsSync(d))) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'partials') kinds.add(entry.name);
    }
  }
  return [...kinds];
}

function readPartials(dirs: string[], lang: Language): Map<string, string> {
  const partials = new Map<string, string>();
  // Later dirs first, so the earlier (operator) dirs overwrite them.
  for (const dir of [...dirs].reverse()) {
    const folder = path.join(dir, 'partials');
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder)) {
      const match = /^(.+)\.(en|es)\.hbs$/.exec(file);
      if (match?.[2] === lang && match[1]) partials.set(match[1], fs.readFileSync(path.join(folder, file), 'utf8'));
    }
  }
  return partials;
}

function findFile(dirs: string[], relative: string): string | undefined {
  return dirs.map((dir) => path.join(dir, relative)).find((file) => fs.existsSync(file));
}
