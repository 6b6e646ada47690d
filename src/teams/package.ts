/**
 * Builds the Teams app package in memory: manifest from the template, offline schema validation, the
 * two committed icons and their checks, and a zip with manifest.json, color.png and outline.png at its root.
 * Writing the file is left to the caller (scripts/teams-package.ts).
 */
import { checkColorIcon, checkOutlineIcon, readIcon } from './icons';
import { buildManifest, isObject, resolveInputs, validateManifest, type JsonObject, type ManifestInputs } from './manifest';
import { createZip, readZip, type ZipEntry } from './zip';

export const PACKAGE_FILE_NAMES = ['manifest.json', 'color.png', 'outline.png'] as const;

/** The zip's file name: a local-testing package says so before anyone opens it. */
export function packageFileName(inputs: Pick<ManifestInputs, 'localOnly'>): string {
  return inputs.localOnly ? 'small-claims-helper-LOCAL-TESTING-ONLY.zip' : 'small-claims-helper.zip';
}

export interface TeamsPackage {
  manifest: JsonObject;
  inputs: ManifestInputs;
  files: ZipEntry[];
  zip: Buffer;
  fileName: string;
  /** One line each, e.g. the placeholder-app-id warning. */
  warnings: string[];
}

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Teams app package is not valid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'PackageError';
  }
}

export interface PackageOptions {
  /** Text of appPackage/manifest.template.json. */
  template: string;
  env: NodeJS.ProcessEnv;
  /** The app version (package.json's). */
  appVersion: string;
  schemaRoot?: string;
  /** Icon files other than the committed ones (tests). */
  icons?: { color: Buffer; outline: Buffer };
}

export function buildTeamsPackage(options: PackageOptions): TeamsPackage {
  const { inputs, warnings } = resolveInputs(options.env, options.appVersion);
  const manifest = buildManifest(options.template, inputs);
  const problems = validateManifest(manifest, { schemaRoot: options.schemaRoot }).errors;

  const icons = isObject(manifest.icons) ? manifest.icons : {};
  if (icons.color !== 'color.png') problems.push('icons.color: must be "color.png", the file the package holds');
  if (icons.outline !== 'outline.png') problems.push('icons.outline: must be "outline.png", the file the package holds');

  const color = options.icons?.color ?? readIcon('color.png');
  const outline = options.icons?.outline ?? readIcon('outline.png');
  problems.push(...checkColorIcon(color), ...checkOutlineIcon(outline));
  if (problems.length > 0) throw new PackageError(problems);

  const files: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: 'color.png', data: color },
    { name: 'outline.png', data: outline },
  ];
  const zip = createZip(files);
  const names = readZip(zip).map((entry) => entry.name);
  if (names.join() !== PACKAGE_FILE_NAMES.join()) throw new PackageError([`zip holds ${names.join(', ')} instead of ${PACKAGE_FILE_NAMES.join(', ')}`]);
  return { manifest, inputs, files, zip, fileName: packageFileName(inputs), warnings };
}
