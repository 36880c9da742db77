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

/** The templates as the mail paths see them: the data is checked against the kind (template-data.ts). */
export interface TemplateSet {
  /** Renders `templates/<kind>/{subject,text,html}.<lang>.hbs` with the given data. */
  render<K extends TemplateKind>(kind: K, lang: Language, data: TemplateData[K]): RenderedMessage;
}

/**
 * The templates as loaded: any folder can be rendered with any data, which is what the tests of
 * the template files and an operator's override folder need. The composition root hands them on
 * as a TemplateSet.
 */
export interface LoadedTemplates extends TemplateSet {
  render(kind: string, lang: Language, data: object): RenderedMessage;
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
  }
  return {
    kinds: () => [...kindNames].sort(),
    render(kind, lang, data) {
      const part = (name: Part): string => {
        const template = compiled.get(key(kind, name, lang)) ?? compiled.get(key(kind, name, 'en'));
        if (!template) throw new Error(`template ${kind}/${name}.${lang}.hbs is missing`);
        return template(data);
      };
      return { subject: part('subject').replace(/\s+/g, ' ').trim(), text: part('text'), html: part('html') };
    },
  };
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
