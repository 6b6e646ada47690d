"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOCAL_ONLY_LABEL = exports.ManifestError = exports.DEFAULT_BOT_NAME = exports.PLACEHOLDER_APP_ID = void 0;
exports.resolveInputs = resolveInputs;
exports.normaliseDomain = normaliseDomain;
exports.fillTemplate = fillTemplate;
exports.buildManifest = buildManifest;
exports.teamsSchemaRoot = teamsSchemaRoot;
exports.availableSchemaVersions = availableSchemaVersions;
exports.newestSchemaVersion = newestSchemaVersion;
exports.schemaFile = schemaFile;
exports.validateManifest = validateManifest;
exports.findPromptStarters = findPromptStarters;
exports.isObject = isObject;
/**
 * The Teams app manifest: fill the template's ${{NAME}} placeholders, then validate the result offline
 * against the JSON schema shipped in @microsoft/app-manifest (draft-04, so ajv-draft-04 + ajv-formats,
 * as that package does itself). Plain TypeScript, no Bot Framework imports.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = __importDefault(require("node:path"));
const ajv_draft_04_1 = __importDefault(require("ajv-draft-04"));
const ajv_formats_1 = __importDefault(require("ajv-formats"));
/** Used when MicrosoftAppId is empty: obviously fake, so nobody mistakes the package for a real one. */
exports.PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';
exports.DEFAULT_BOT_NAME = 'Small Claims Helper';
const EXAMPLE_SITE = 'https://example.com/small-claims-helper';
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOSTNAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?$/i;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
exports.ManifestError = ManifestError;
const DEVELOPER_SETTINGS = ['DEVELOPER_NAME', 'DEVELOPER_WEBSITE_URL', 'DEVELOPER_PRIVACY_URL', 'DEVELOPER_TERMS_URL'];
exports.LOCAL_ONLY_LABEL = 'LOCAL TESTING ONLY';
/**
 * Reads the package settings from an environment. An empty MicrosoftAppId builds a local-testing
 * package (placeholder id and example.com links, said so in its name and description). With an app id
 * the package is meant for a tenant, so every developer setting must be real: placeholders are refused.
 */
function resolveInputs(env, appVersion) {
    const warnings = [];
    const given = env.MicrosoftAppId?.trim() ?? '';
    const localOnly = !given;
    const botAppId = given || exports.PLACEHOLDER_APP_ID;
    const setting = (name) => env[name]?.trim() ?? '';
    if (localOnly) {
        warnings.push(`MicrosoftAppId is empty: using the placeholder id ${exports.PLACEHOLDER_APP_ID} and example.com links; this package is for local testing only.`);
    }
    else {
        const missing = DEVELOPER_SETTINGS.filter((name) => !setting(name) || setting(name).includes('example.com'));
        if (missing.length) {
            throw new ManifestError(`A package with MicrosoftAppId set is meant for a tenant and needs real values for ${missing.join(', ')} (no example.com placeholders). Leave MicrosoftAppId empty to build a local-testing package.`);
        }
    }
    const domain = normaliseDomain(env.BOT_DOMAIN ?? '');
    const inputs = {
        botAppId,
        teamsAppId: env.TEAMS_APP_ID?.trim() || botAppId,
        botName: env.BOT_NAME?.trim() || exports.DEFAULT_BOT_NAME,
        appVersion,
        developerName: setting('DEVELOPER_NAME') || exports.LOCAL_ONLY_LABEL,
        websiteUrl: setting('DEVELOPER_WEBSITE_URL') || EXAMPLE_SITE,
        privacyUrl: setting('DEVELOPER_PRIVACY_URL') || `${EXAMPLE_SITE}/privacy`,
        termsUrl: setting('DEVELOPER_TERMS_URL') || `${EXAMPLE_SITE}/terms`,
        localOnly,
        groupScopes: env.TEAMS_GROUP_SCOPES?.trim().toLowerCase() === 'true',
    };
    if (domain)
        inputs.botDomain = domain;
    return { inputs, warnings };
}
/** "https://bot.example.org/api/messages" or "bot.example.org" → "bot.example.org"; empty stays empty. */
function normaliseDomain(raw) {
    const trimmed = raw.trim();
    if (!trimmed)
        return '';
    const host = trimmed.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
    if (!HOSTNAME.test(host))
        throw new ManifestError(`BOT_DOMAIN must be a host name such as bot.example.org, got "${raw}".`);
    return host;
}
/** Replaces every ${{NAME}} in the template text; a placeholder with no value is an error, not an empty string. */
function fillTemplate(template, values) {
    const missing = new Set();
    const filled = template.replace(PLACEHOLDER, (_match, name) => {
        const value = values[name];
        if (value === undefined) {
            missing.add(name);
            return '';
        }
        // Values land inside JSON strings: escape quotes, backslashes and control characters.
        return JSON.stringify(value).slice(1, -1);
    });
    if (missing.size > 0)
        throw new ManifestError(`manifest template: no value for ${[...missing].map((n) => `\${{${n}}}`).join(', ')}`);
    return filled;
}
function buildManifest(template, inputs) {
    const text = fillTemplate(template, {
        MicrosoftAppId: inputs.botAppId,
        TEAMS_APP_ID: inputs.teamsAppId,
        BOT_NAME: inputs.botName,
        APP_VERSION: inputs.appVersion,
        DEVELOPER_NAME: inputs.developerName,
        DEVELOPER_WEBSITE_URL: inputs.websiteUrl,
        DEVELOPER_PRIVACY_URL: inputs.privacyUrl,
        DEVELOPER_TERMS_URL: inputs.termsUrl,
    });
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new ManifestError(`manifest template is not valid JSON after filling: ${error.message}`);
    }
    if (!isObject(parsed))
        throw new ManifestError('manifest template must be a JSON object');
    if (inputs.groupScopes)
        addGroupScopes(parsed);
    if (inputs.localOnly)
        markLocalOnly(parsed);
    if (inputs.botDomain) {
        const domains = Array.isArray(parsed.validDomains) ? parsed.validDomains : [];
        if (!domains.includes(inputs.botDomain))
            domains.push(inputs.botDomain);
        parsed.validDomains = domains;
    }
    return parsed;
}
const GROUP_SCOPES = ['team', 'groupChat'];
/** People describe their own debts, so the template offers personal chat only; groups are opt-in. */
function addGroupScopes(manifest) {
    const bots = Array.isArray(manifest.bots) ? manifest.bots : [];
    for (const bot of bots) {
        if (!isObject(bot))
            continue;
        const lists = Array.isArray(bot.commandLists) ? bot.commandLists : [];
        for (const holder of [bot, ...lists]) {
            if (isObject(holder) && Array.isArray(holder.scopes))
                holder.scopes = [...new Set([...holder.scopes, ...GROUP_SCOPES])];
        }
    }
}
/** The name and both descriptions say, first, that this package is not for a tenant. */
function markLocalOnly(manifest) {
    if (isObject(manifest.name)) {
        manifest.name.short = `${String(manifest.name.short)} (local)`;
        manifest.name.full = `${String(manifest.name.full)} (${exports.LOCAL_ONLY_LABEL.toLowerCase()})`;
    }
    if (isObject(manifest.description)) {
        manifest.description.short = `${exports.LOCAL_ONLY_LABEL}: placeholder app id and links. Not legal advice.`;
        manifest.description.full = `${exports.LOCAL_ONLY_LABEL}. This package has a placeholder app id and example.com links; build it again with MicrosoftAppId and the DEVELOPER_* settings before giving it to a tenant admin. ${String(manifest.description.full)}`;
    }
}
/** node_modules/@microsoft/app-manifest/build/json-schemas/teams, found through module resolution. */
function teamsSchemaRoot() {
    return node_path_1.default.join(node_path_1.default.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
}
/** The v1.x schema versions shipped, oldest first ("1.0" … "1.30"); vDevPreview is left out. */
function availableSchemaVersions(root = teamsSchemaRoot()) {
    return (0, node_fs_1.readdirSync)(root)
        .filter((name) => /^v1\.\d+$/.test(name))
        .map((name) => name.slice(1))
        .sort((a, b) => minor(a) - minor(b));
}
function newestSchemaVersion(root = teamsSchemaRoot()) {
    const versions = availableSchemaVersions(root);
    const newest = versions[versions.length - 1];
    if (!newest)
        throw new ManifestError(`no Teams manifest schemas found in ${root}`);
    return newest;
}
function schemaFile(version, root = teamsSchemaRoot()) {
    return node_path_1.default.join(root, `v${version}`, 'MicrosoftTeams.schema.json');
}
const validators = new Map();
function validatorFor(version, root) {
    const file = schemaFile(version, root);
    const cached = validators.get(file);
    if (cached)
        return cached;
    const schema = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
    // Same options @microsoft/app-manifest uses; strictTypes off because the schemas mix `type` and `enum` loosely.
    const ajv = new ajv_draft_04_1.default({ allErrors: true, strictTypes: false });
    (0, ajv_formats_1.default)(ajv, ['uri', 'email', 'regex']);
    const validate = ajv.compile(schema);
    validators.set(file, validate);
    return validate;
}
/**
 * Validates against the schema named by the manifest's own manifestVersion (no network), then checks
 * what the schema leaves out: a semantic app version and no prompt starters (this bot sends a welcome
 * message, and Teams wants one or the other).
 */
function validateManifest(manifest, options = {}) {
    const root = options.schemaRoot ?? teamsSchemaRoot();
    if (!isObject(manifest))
        return { valid: false, errors: ['manifest: must be a JSON object'] };
    const version = manifest.manifestVersion;
    if (typeof version !== 'string') {
        return { valid: false, errors: ['manifestVersion: must be a string such as "1.30"'] };
    }
    const versions = availableSchemaVersions(root);
    if (!versions.includes(version)) {
        return { valid: false, errors: [`manifestVersion: "${version}" has no schema in ${root} (available: ${versions.join(', ')})`] };
    }
    const validate = validatorFor(version, root);
    const errors = [];
    if (!validate(manifest))
        errors.push(...(validate.errors ?? []).map(describeError));
    const schemaUrlVersion = typeof manifest.$schema === 'string' ? /\/v(\d+\.\d+)\//.exec(manifest.$schema)?.[1] : undefined;
    if (schemaUrlVersion && schemaUrlVersion !== version) {
        errors.push(`$schema: points at v${schemaUrlVersion} but manifestVersion is "${version}"`);
    }
    if (typeof manifest.version === 'string' && !SEMVER.test(manifest.version)) {
        errors.push(`version: must be a semantic version such as 1.0.0, got "${manifest.version}"`);
    }
    errors.push(...findPromptStarters(manifest));
    return { valid: errors.length === 0, errors: [...new Set(errors)] };
}
/** Paths of commands Teams would show as prompt starters (type "prompt", or a prompt text). */
function findPromptStarters(manifest) {
    const found = [];
    const bots = Array.isArray(manifest.bots) ? manifest.bots : [];
    bots.forEach((bot, b) => {
        if (!isObject(bot) || !Array.isArray(bot.commandLists))
            return;
        bot.commandLists.forEach((list, l) => {
            if (!isObject(list) || !Array.isArray(list.commands))
                return;
            list.commands.forEach((command, c) => {
                if (isObject(command) && (command.type === 'prompt' || 'prompt' in command)) {
                    found.push(`bots[${b}].commandLists[${l}].commands[${c}]: is a prompt starter; this bot sends a welcome message instead, so use type "basic" with no "prompt"`);
                }
            });
        });
    });
    return found;
}
function describeError(error) {
    const where = jsonPath(error.instancePath);
    const params = error.params;
    let message = error.message ?? 'is invalid';
    if (error.schemaPath.includes('/definitions/guid'))
        message = 'must be a GUID such as 01234567-89ab-cdef-0123-456789abcdef';
    else if (error.keyword === 'additionalProperties')
        message = `has unknown property "${String(params.additionalProperty)}"`;
    else if (error.keyword === 'enum')
        message = `must be one of ${JSON.stringify(params.allowedValues)}`;
    else if (error.keyword === 'const')
        message = `must be ${JSON.stringify(params.allowedValue)}`;
    return `${where}: ${message}`;
}
/** "/bots/0/botId" → "bots[0].botId"; "" → "manifest". */
function jsonPath(pointer) {
    if (!pointer)
        return 'manifest';
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}
function minor(version) {
    return Number(version.split('.')[1]);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=manifest.js.map