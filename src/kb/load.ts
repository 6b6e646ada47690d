import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import type { ZodError, ZodType, ZodTypeDef } from 'zod';
import { KnowledgeError } from './errors';
import { figuresUsed } from './figures';
import { courtCalendarSchema, entryFrontMatterSchema, figuresFileSchema, outOfScopeFileSchema, synonymsFileSchema, translatedEntryFrontMatterSchema, translatedOutOfScopeFileSchema } from './schema';
import type { CourtCalendar, Figure, KnowledgeBase, KnowledgeEntry, Language, OutOfScopeArea, SynonymGroup } from './types';

export const DEFAULT_KNOWLEDGE_DIR = join(__dirname, '..', '..', '..', 'knowledge');

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Loads and validates every knowledge file. Throws a KnowledgeError naming the first broken file and
 * field: a bot that starts with half its answers missing is worse than one that does not start.
 */
export function loadKnowledge(dir: string = resolveKnowledgeDir()): KnowledgeBase {
  const figures = loadFigures(dir);
  const entries = loadEntries(dir, figures);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const english: KnowledgeBase = {
    language: 'en',
    entries,
    byId,
    figures,
    synonyms: loadSynonyms(join(dir, 'synonyms.yaml'), dir),
    outOfScope: loadOutOfScope(dir),
    courtCalendar: loadCourtCalendar(dir),
  };
  const spanish = loadSpanish(dir, english);
  return spanish ? { ...english, spanish } : english;
}

/** The knowledge in `language`, or English when there is none in that language. */
export function inLanguage(kb: KnowledgeBase, language: Language): KnowledgeBase {
  return language === 'es' ? (kb.spanish ?? kb) : kb;
}

const SPANISH_DIR = 'es';

/**
 * knowledge/es/: a Spanish twin per entry, with English metadata, plus Spanish synonyms and out-of-scope
 * replies. An entry with no twin stays in English in this view (kb:check reports it), so a Spanish
 * speaker gets an answer rather than none.
 */
function loadSpanish(dir: string, english: KnowledgeBase): KnowledgeBase | undefined {
  const spanishDir = join(dir, SPANISH_DIR);
  if (!existsSync(spanishDir)) return undefined;
  const entriesDir = join(spanishDir, 'entries');
  const twins = new Map<string, KnowledgeEntry>();
  const files = existsSync(entriesDir) ? readdirSync(entriesDir).filter((name) => name.endsWith('.md')).sort() : [];
  for (const name of files) {
    const path = join(entriesDir, name);
    const twin = parseTranslatedEntry(path, readFileSync(path, 'utf8'), english, displayPath(dir, path));
    twins.set(twin.id, twin);
  }
  const entries = english.entries.map((entry) => twins.get(entry.id) ?? entry);
  const synonymsPath = join(spanishDir, 'synonyms.yaml');
  return {
    ...english,
    language: 'es',
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    synonyms: existsSync(synonymsPath) ? loadSynonyms(synonymsPath, dir) : [],
    outOfScope: loadTranslatedOutOfScope(join(spanishDir, 'out-of-scope.yaml'), english.outOfScope, dir),
  };
}

export function parseTranslatedEntry(path: string, text: string, english: KnowledgeBase, file = path): KnowledgeEntry {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new KnowledgeError(file, '', 'must start with front matter between two "---" lines');
  const data = validate(translatedEntryFrontMatterSchema, parseYamlText(match[1]!, file), file);
  const expectedId = basename(path, '.md');
  if (data.id !== expectedId) throw new KnowledgeError(file, 'id', `"${data.id}" must match the file name "${expectedId}"`);
  const original = english.byId.get(data.id);
  if (!original) throw new KnowledgeError(file, 'id', `"${data.id}" has no English entry to translate`);
  const body = match[2]!.trim();
  if (body.length < 40) throw new KnowledgeError(file, 'body', 'is missing or too short to be an answer');
  for (const id of figuresUsed(body)) {
    if (!english.figures.has(id)) throw new KnowledgeError(file, 'body', `uses {{${id}}}, which figures.yaml does not define`);
  }
  return {
    ...original,
    question: data.question,
    alternates: data.alternates,
    sources: data.sources ?? original.sources,
    reviewed: data.reviewed,
    body,
    file,
    language: 'es',
  };
}

function loadTranslatedOutOfScope(path: string, english: readonly OutOfScopeArea[], dir: string): OutOfScopeArea[] {
  if (!existsSync(path)) return [];
  const file = displayPath(dir, path);
  const areas = validate(translatedOutOfScopeFileSchema, readYamlFile(path, file), file).areas;
  return areas.map((area) => {
    const original = english.find((each) => each.id === area.id);
    if (!original) throw new KnowledgeError(file, 'id', `"${area.id}" is not an area in out-of-scope.yaml`);
    return { ...area, link: area.link ?? original.link };
  });
}

/** The knowledge folder, whether running from sources (tsx, vitest) or from dist/. */
export function resolveKnowledgeDir(): string {
  const candidates = [join(__dirname, '..', '..', 'knowledge'), DEFAULT_KNOWLEDGE_DIR];
  return candidates.find((candidate) => existsSync(join(candidate, 'entries'))) ?? candidates[0]!;
}

function loadEntries(dir: string, figures: ReadonlyMap<string, Figure>): KnowledgeEntry[] {
  const entriesDir = join(dir, 'entries');
  if (!existsSync(entriesDir)) throw new KnowledgeError(entriesDir, '', 'folder is missing');
  const files = readdirSync(entriesDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const seen = new Map<string, string>();
  return files.map((name) => {
    const path = join(entriesDir, name);
    const entry = parseEntry(path, readFileSync(path, 'utf8'), displayPath(dir, path));
    const earlier = seen.get(entry.id);
    if (earlier) throw new KnowledgeError(entry.file, 'id', `"${entry.id}" is already used by ${earlier}`);
    seen.set(entry.id, entry.file);
    for (const id of figuresUsed(entry.body)) {
      if (!figures.has(id)) throw new KnowledgeError(entry.file, 'body', `uses {{${id}}}, which figures.yaml does not define`);
    }
    return entry;
  });
}

export function parseEntry(path: string, text: string, file = path): KnowledgeEntry {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new KnowledgeError(file, '', 'must start with front matter between two "---" lines');
  const frontMatter = parseYamlText(match[1]!, file);
  const data = validate(entryFrontMatterSchema, frontMatter, file);
  const expectedId = basename(path, '.md');
  if (data.id !== expectedId) throw new KnowledgeError(file, 'id', `"${data.id}" must match the file name "${expectedId}"`);
  const body = match[2]!.trim();
  if (body.length < 40) throw new KnowledgeError(file, 'body', 'is missing or too short to be an answer');
  return { ...data, body, file, language: 'en' };
}

function loadFigures(dir: string): Map<string, Figure> {
  const path = join(dir, 'figures.yaml');
  const file = displayPath(dir, path);
  const data = validate(figuresFileSchema, readYamlFile(path, file), file);
  return new Map(Object.entries(data).map(([id, figure]) => [id, { id, ...figure }]));
}

function loadSynonyms(path: string, dir: string): SynonymGroup[] {
  const file = displayPath(dir, path);
  return validate(synonymsFileSchema, readYamlFile(path, file), file).groups;
}

function loadOutOfScope(dir: string): OutOfScopeArea[] {
  const path = join(dir, 'out-of-scope.yaml');
  const file = displayPath(dir, path);
  return validate(outOfScopeFileSchema, readYamlFile(path, file), file).areas;
}

function loadCourtCalendar(dir: string): CourtCalendar {
  const path = join(dir, 'court-holidays.yaml');
  const file = displayPath(dir, path);
  return validate(courtCalendarSchema, readYamlFile(path, file), file);
}

function readYamlFile(path: string, file: string): unknown {
  if (!existsSync(path)) throw new KnowledgeError(file, '', 'file is missing');
  return parseYamlText(readFileSync(path, 'utf8'), file);
}

function parseYamlText(text: string, file: string): unknown {
  try {
    // js-yaml rather than `yaml`: the same values here, about six times faster, and knowledge loading
    // is most of start-up. The core schema keeps dates such as `reviewed: 2026-12-01` as strings.
    return parseYaml(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new KnowledgeError(file, '', `is not valid YAML: ${reason}`);
  }
}

function validate<T>(schema: ZodType<T, ZodTypeDef, unknown>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = firstIssue(result.error);
  throw new KnowledgeError(file, issue.field, issue.message);
}

function firstIssue(error: ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = issue.path.length ? `"${issue.path.join('.')}"` : '';
  const message = issue.code === 'unrecognized_keys' ? `has unknown field(s): ${issue.keys.join(', ')}` : issue.message;
  return { field, message };
}

function displayPath(dir: string, path: string): string {
  return join('knowledge', relative(dir, path));
}
