import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkColorIcon, checkOutlineIcon, inspectPng, readIcon } from '../../src/teams/icons';
import {
  DEFAULT_BOT_NAME,
  LOCAL_ONLY_LABEL,
  ManifestError,
  PLACEHOLDER_APP_ID,
  buildManifest,
  fillTemplate,
  findPromptStarters,
  newestSchemaVersion,
  resolveInputs,
  validateManifest,
  type JsonObject,
  type JsonValue,
} from '../../src/teams/manifest';
import { PACKAGE_FILE_NAMES, PackageError, buildTeamsPackage } from '../../src/teams/package';
import { createZip, readZip } from '../../src/teams/zip';

const ROOT = join(__dirname, '..', '..');
const TEMPLATE = readFileSync(join(ROOT, 'appPackage', 'manifest.template.json'), 'utf8');
const APP_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
/** What a real build for a tenant sets. */
const REAL: NodeJS.ProcessEnv = {
  MicrosoftAppId: APP_ID,
  DEVELOPER_NAME: 'Bay Legal Aid',
  DEVELOPER_WEBSITE_URL: 'https://help.baylegal.org',
  DEVELOPER_PRIVACY_URL: 'https://help.baylegal.org/privacy',
  DEVELOPER_TERMS_URL: 'https://help.baylegal.org/terms',
};

function manifestFor(env: NodeJS.ProcessEnv = REAL): JsonObject {
  return buildManifest(TEMPLATE, resolveInputs(env, '1.2.3').inputs);
}

function clone(manifest: JsonObject): JsonObject {
  return JSON.parse(JSON.stringify(manifest)) as JsonObject;
}

function firstBot(manifest: JsonObject): JsonObject {
  const bots = manifest.bots as JsonValue[];
  return bots[0] as JsonObject;
}

function commands(manifest: JsonObject): JsonObject[] {
  const lists = firstBot(manifest).commandLists as JsonObject[];
  return lists.flatMap((list) => list.commands as JsonObject[]);
}

describe('Teams manifest', () => {
  it('uses the newest v1.x schema shipped in @microsoft/app-manifest', () => {
    const manifest = manifestFor();
    const newest = newestSchemaVersion();
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
  });

  it('passes offline schema validation, with the placeholders filled', () => {
    const manifest = manifestFor();
    expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.name).toEqual({ short: 'Small Claims Helper', full: 'Small Claims Helper: California small claims court questions' });
    const description = manifest.description as JsonObject;
    expect(description.short).toMatch(/not legal advice/i);
    expect(description.full).toMatch(/general information, not legal advice/i);
  });

  it('declares one conversational bot in personal chat only by default, with commands for both sides and no file support', () => {
    const bot = firstBot(manifestFor());
    expect(bot.botId).toBe(APP_ID);
    expect(bot.scopes).toEqual(['personal']);
    expect((bot.commandLists as JsonObject[])[0]!.scopes).toEqual(['personal']);
    expect(bot.supportsFiles).toBe(false);
    const titles = commands(manifestFor()).map((c) => c.title);
    expect(titles).toEqual(['help', 'start over', 'how do I collect my judgment', "I can't pay the judgment"]);
  });

  it('offers team and group chat scopes only when TEAMS_GROUP_SCOPES=true', () => {
    const manifest = manifestFor({ ...REAL, TEAMS_GROUP_SCOPES: 'true' });
    expect(firstBot(manifest).scopes).toEqual(['personal', 'team', 'groupChat']);
    expect((firstBot(manifest).commandLists as JsonObject[])[0]!.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    expect(firstBot(manifestFor({ ...REAL, TEAMS_GROUP_SCOPES: 'no' })).scopes).toEqual(['personal']);
  });

  it('has no prompt starters: every command is a basic command, since the bot sends a welcome message', () => {
    const manifest = manifestFor();
    for (const command of commands(manifest)) {
      expect(command.type).toBe('basic');
      expect(command).not.toHaveProperty('prompt');
    }
    expect(findPromptStarters(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/promptStarter|"type":"prompt"/);

    const withStarter = clone(manifest);
    commands(withStarter)[0]!.type = 'prompt';
    const result = validateManifest(withStarter);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('bots[0].commandLists[0].commands[0]: is a prompt starter');
  });

  it('marks a package built without MicrosoftAppId as local testing only, in its name, description and file name', () => {
    const { inputs, warnings } = resolveInputs({ MicrosoftAppId: '  ' }, '0.1.0');
    expect(inputs.botAppId).toBe(PLACEHOLDER_APP_ID);
    expect(inputs.teamsAppId).toBe(PLACEHOLDER_APP_ID);
    expect(inputs.botName).toBe(DEFAULT_BOT_NAME);
    expect(inputs.localOnly).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/local testing only/);
    const manifest = buildManifest(TEMPLATE, inputs);
    expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    expect((manifest.name as JsonObject).short).toBe('Small Claims Helper (local)');
    const description = manifest.description as JsonObject;
    expect(description.short).toMatch(new RegExp(`^${LOCAL_ONLY_LABEL}`));
    expect(description.full).toMatch(new RegExp(`^${LOCAL_ONLY_LABEL}`));
    expect((manifest.developer as JsonObject).name).toBe(LOCAL_ONLY_LABEL);
    const pkg = buildTeamsPackage({ template: TEMPLATE, env: {}, appVersion: '0.1.0' });
    expect(pkg.fileName).toBe('small-claims-helper-LOCAL-TESTING-ONLY.zip');
    expect(buildTeamsPackage({ template: TEMPLATE, env: REAL, appVersion: '0.1.0' }).fileName).toBe('small-claims-helper.zip');
  });

  it('refuses to build a package for a tenant (MicrosoftAppId set) while any developer setting is a placeholder', () => {
    expect(() => resolveInputs({ MicrosoftAppId: APP_ID }, '1.0.0')).toThrow(ManifestError);
    expect(() => resolveInputs({ MicrosoftAppId: APP_ID }, '1.0.0')).toThrow(/DEVELOPER_NAME, DEVELOPER_WEBSITE_URL, DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL/);
    expect(() => resolveInputs({ ...REAL, DEVELOPER_TERMS_URL: 'https://example.com/terms' }, '1.0.0')).toThrow(/needs real values for DEVELOPER_TERMS_URL \(/);
    const { inputs, warnings } = resolveInputs(REAL, '1.0.0');
    expect(inputs.localOnly).toBe(false);
    expect(warnings).toEqual([]);
    const manifest = buildManifest(TEMPLATE, inputs);
    expect(JSON.stringify(manifest)).not.toMatch(/example\.com|LOCAL TESTING/i);
  });

  it('takes BOT_NAME and BOT_DOMAIN from the environment', () => {
    const manifest = manifestFor({ ...REAL, BOT_NAME: 'Claims "Helper"', BOT_DOMAIN: 'https://Bot.Example.org/api/messages' });
    expect((manifest.name as JsonObject).short).toBe('Claims "Helper"');
    expect(manifest.validDomains).toEqual(['bot.example.org']);
    expect(validateManifest(manifest).valid).toBe(true);
    expect(manifestFor().validDomains).toEqual([]);
    expect(() => resolveInputs({ BOT_DOMAIN: 'not a domain' }, '1.0.0')).toThrow(/BOT_DOMAIN must be a host name/);
  });

  it('refuses a template placeholder with no value', () => {
    expect(() => fillTemplate('{"a": "${{NOPE}}"}', {})).toThrow('no value for ${{NOPE}}');
  });

  it('fails validation, readably, when bots[0].botId is missing', () => {
    const broken = clone(manifestFor());
    delete firstBot(broken).botId;
    const result = validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toContain("bots[0]: must have required property 'botId'");
  });

  it('fails validation, readably, when botId is not a GUID', () => {
    const result = validateManifest(manifestFor({ ...REAL, MicrosoftAppId: 'my-bot' }));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/bots\[0\]\.botId: must be a GUID/);
  });

  it('fails validation, readably, on a bad app version or manifest version', () => {
    const badVersion = clone(manifestFor());
    badVersion.version = 'one point oh';
    expect(validateManifest(badVersion).errors).toContain('version: must be a semantic version such as 1.0.0, got "one point oh"');

    // The v1.29 schema is shipped too, so this one is caught by the $schema URL check.
    const mismatched = clone(manifestFor());
    mismatched.manifestVersion = '1.29';
    expect(validateManifest(mismatched).errors).toContain('$schema: points at v1.30 but manifestVersion is "1.29"');

    expect(validateManifest({ ...manifestFor(), manifestVersion: 1.3 }).errors).toEqual(['manifestVersion: must be a string such as "1.30"']);

    const unknown = clone(manifestFor());
    unknown.manifestVersion = '9.9';
    expect(validateManifest(unknown).errors[0]).toMatch(/^manifestVersion: "9\.9" has no schema in .*available: .*1\.30/);
  });

  it('reports unknown properties and over-long names by path', () => {
    const broken = clone(manifestFor());
    broken.promptStarters = [];
    (broken.name as JsonObject).short = 'x'.repeat(31);
    const errors = validateManifest(broken).errors;
    expect(errors).toContain('manifest: has unknown property "promptStarters"');
    expect(errors).toContain('name.short: must NOT have more than 30 characters');
  });
});

describe('Teams icons (committed PNG files)', () => {
  it('color.png is 192×192, fully opaque, and drawn smoothly (antialiased edges)', () => {
    const icon = readIcon('color.png');
    const report = inspectPng(icon);
    expect([report.width, report.height]).toEqual([192, 192]);
    expect(report.opaquePixels).toBe(192 * 192);
    expect(report.distinctColors).toBeGreaterThan(16);
    expect(checkColorIcon(icon)).toEqual([]);
  });

  it('outline.png is 32×32 RGBA, white on a transparent background', () => {
    const icon = readIcon('outline.png');
    const report = inspectPng(icon);
    expect([report.width, report.height, report.colorType]).toEqual([32, 32, 6]);
    expect(report.nonWhitePixels).toBe(0);
    expect(report.transparentPixels).toBeGreaterThan(32 * 32 / 2);
    expect(report.opaquePixels).toBeGreaterThan(0);
    expect(checkOutlineIcon(icon)).toEqual([]);
  });

  it('the checks catch a wrong size, an opaque outline, and a blocky colour icon', () => {
    expect(checkOutlineIcon(readIcon('color.png')).join('\n')).toMatch(/must be 32×32, is 192×192[\s\S]*only white and transparent/);
    expect(checkColorIcon(readIcon('outline.png')).join('\n')).toMatch(/must be 192×192, is 32×32[\s\S]*fully opaque/);
    const blocky = new PNG({ width: 192, height: 192 });
    for (let i = 0; i < blocky.data.length; i += 4) blocky.data.set((i / 4) % 192 < 96 ? [31, 78, 121, 255] : [255, 255, 255, 255], i);
    expect(checkColorIcon(PNG.sync.write(blocky)).join('\n')).toMatch(/jagged/);
    expect(() => buildTeamsPackage({ template: TEMPLATE, env: {}, appVersion: '0.1.0', icons: { color: PNG.sync.write(blocky), outline: readIcon('outline.png') } })).toThrow(/jagged/);
  });
});

describe('Teams package zip', () => {
  it('holds exactly manifest.json, color.png and outline.png at the root, intact', () => {
    const pkg = buildTeamsPackage({ template: TEMPLATE, env: REAL, appVersion: '0.1.0' });
    expect(pkg.warnings).toEqual([]);
    const entries = readZip(pkg.zip);
    expect(entries.map((e) => e.name)).toEqual([...PACKAGE_FILE_NAMES]);
    const manifest = JSON.parse(entries[0]!.data.toString('utf8')) as JsonObject;
    expect(manifest).toEqual(pkg.manifest);
    expect(validateManifest(manifest).valid).toBe(true);
    expect(entries[1]!.data.equals(readIcon('color.png'))).toBe(true);
    expect(entries[2]!.data.equals(readIcon('outline.png'))).toBe(true);
  });

  it('parses the central directory by hand too: three entries, stored or deflated, no folders', () => {
    const { zip } = buildTeamsPackage({ template: TEMPLATE, env: {}, appVersion: '0.1.0' });
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    expect(end).toBeGreaterThan(0);
    expect(zip.readUInt16LE(end + 10)).toBe(3);
    let at = zip.readUInt32LE(end + 16);
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      expect(zip.readUInt32LE(at)).toBe(0x02014b50);
      expect([0, 8]).toContain(zip.readUInt16LE(at + 10)); // stored or deflate: what every reader takes
      const nameLength = zip.readUInt16LE(at + 28);
      names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    expect(names).toEqual(['manifest.json', 'color.png', 'outline.png']);
    expect(names.some((n) => n.includes('/'))).toBe(false);
  });

  it('is byte-for-byte reproducible', () => {
    const build = () => buildTeamsPackage({ template: TEMPLATE, env: {}, appVersion: '0.1.0' }).zip;
    expect(build().equals(build())).toBe(true);
  });

  it('refuses to build a package whose manifest is invalid', () => {
    expect(() => buildTeamsPackage({ template: TEMPLATE, env: { ...REAL, MicrosoftAppId: 'nope' }, appVersion: '0.1.0' })).toThrow(PackageError);
    expect(() => buildTeamsPackage({ template: TEMPLATE, env: {}, appVersion: 'v1' })).toThrow(/version: must be a semantic version/);
  });

  it('zip reader and writer agree, and names Teams would reject are refused', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: 'empty', data: Buffer.alloc(0) },
    ];
    expect(readZip(createZip(entries))).toEqual(entries);
    expect(() => createZip([entries[0]!, entries[0]!])).toThrow(/duplicate/);
    expect(() => createZip([{ name: '../evil', data: Buffer.alloc(1) }])).toThrow(/bad zip entry name/);
    expect(() => createZip([{ name: 'icons/color.png', data: Buffer.alloc(1) }])).toThrow(/at the root/);
  });
});
