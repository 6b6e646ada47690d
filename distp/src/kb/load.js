"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_KNOWLEDGE_DIR = void 0;
exports.loadKnowledge = loadKnowledge;
exports.resolveKnowledgeDir = resolveKnowledgeDir;
exports.parseEntry = parseEntry;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const yaml_1 = require("yaml");
const errors_1 = require("./errors");
const figures_1 = require("./figures");
const schema_1 = require("./schema");
exports.DEFAULT_KNOWLEDGE_DIR = (0, node_path_1.join)(__dirname, '..', '..', '..', 'knowledge');
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
/**
 * Loads and validates every knowledge file. Throws a KnowledgeError naming the first broken file and
 * field: a bot that starts with half its answers missing is worse than one that does not start.
 */
function loadKnowledge(dir = resolveKnowledgeDir()) {
    const figures = loadFigures(dir);
    const entries = loadEntries(dir, figures);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    return {
        entries,
        byId,
        figures,
        synonyms: loadSynonyms(dir),
        outOfScope: loadOutOfScope(dir),
        courtCalendar: loadCourtCalendar(dir),
    };
}
/** The knowledge folder, whether running from sources (tsx, vitest) or from dist/. */
function resolveKnowledgeDir() {
    const candidates = [(0, node_path_1.join)(__dirname, '..', '..', 'knowledge'), exports.DEFAULT_KNOWLEDGE_DIR];
    return candidates.find((candidate) => (0, node_fs_1.existsSync)((0, node_path_1.join)(candidate, 'entries'))) ?? candidates[0];
}
function loadEntries(dir, figures) {
    const entriesDir = (0, node_path_1.join)(dir, 'entries');
    if (!(0, node_fs_1.existsSync)(entriesDir))
        throw new errors_1.KnowledgeError(entriesDir, '', 'folder is missing');
    const files = (0, node_fs_1.readdirSync)(entriesDir)
        .filter((name) => name.endsWith('.md'))
        .sort();
    const seen = new Map();
    return files.map((name) => {
        const path = (0, node_path_1.join)(entriesDir, name);
        const entry = parseEntry(path, (0, node_fs_1.readFileSync)(path, 'utf8'), displayPath(dir, path));
        const earlier = seen.get(entry.id);
        if (earlier)
            throw new errors_1.KnowledgeError(entry.file, 'id', `"${entry.id}" is already used by ${earlier}`);
        seen.set(entry.id, entry.file);
        for (const id of (0, figures_1.figuresUsed)(entry.body)) {
            if (!figures.has(id))
                throw new errors_1.KnowledgeError(entry.file, 'body', `uses {{${id}}}, which figures.yaml does not define`);
        }
        return entry;
    });
}
function parseEntry(path, text, file = path) {
    const match = FRONT_MATTER.exec(text);
    if (!match)
        throw new errors_1.KnowledgeError(file, '', 'must start with front matter between two "---" lines');
    const frontMatter = parseYamlText(match[1], file);
    const data = validate(schema_1.entryFrontMatterSchema, frontMatter, file);
    const expectedId = (0, node_path_1.basename)(path, '.md');
    if (data.id !== expectedId)
        throw new errors_1.KnowledgeError(file, 'id', `"${data.id}" must match the file name "${expectedId}"`);
    const body = match[2].trim();
    if (body.length < 40)
        throw new errors_1.KnowledgeError(file, 'body', 'is missing or too short to be an answer');
    return { ...data, body, file };
}
function loadFigures(dir) {
    const path = (0, node_path_1.join)(dir, 'figures.yaml');
    const file = displayPath(dir, path);
    const data = validate(schema_1.figuresFileSchema, readYamlFile(path, file), file);
    return new Map(Object.entries(data).map(([id, figure]) => [id, { id, ...figure }]));
}
function loadSynonyms(dir) {
    const path = (0, node_path_1.join)(dir, 'synonyms.yaml');
    const file = displayPath(dir, path);
    return validate(schema_1.synonymsFileSchema, readYamlFile(path, file), file).groups;
}
function loadOutOfScope(dir) {
    const path = (0, node_path_1.join)(dir, 'out-of-scope.yaml');
    const file = displayPath(dir, path);
    return validate(schema_1.outOfScopeFileSchema, readYamlFile(path, file), file).areas;
}
function loadCourtCalendar(dir) {
    const path = (0, node_path_1.join)(dir, 'court-holidays.yaml');
    const file = displayPath(dir, path);
    return validate(schema_1.courtCalendarSchema, readYamlFile(path, file), file);
}
function readYamlFile(path, file) {
    if (!(0, node_fs_1.existsSync)(path))
        throw new errors_1.KnowledgeError(file, '', 'file is missing');
    return parseYamlText((0, node_fs_1.readFileSync)(path, 'utf8'), file);
}
function parseYamlText(text, file) {
    try {
        return (0, yaml_1.parse)(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new errors_1.KnowledgeError(file, '', `is not valid YAML: ${reason}`);
    }
}
function validate(schema, data, file) {
    const result = schema.safeParse(data);
    if (result.success)
        return result.data;
    const issue = firstIssue(result.error);
    throw new errors_1.KnowledgeError(file, issue.field, issue.message);
}
function firstIssue(error) {
    const issue = error.issues[0];
    const field = issue.path.length ? `"${issue.path.join('.')}"` : '';
    const message = issue.code === 'unrecognized_keys' ? `has unknown field(s): ${issue.keys.join(', ')}` : issue.message;
    return { field, message };
}
function displayPath(dir, path) {
    return (0, node_path_1.join)('knowledge', (0, node_path_1.relative)(dir, path));
}
