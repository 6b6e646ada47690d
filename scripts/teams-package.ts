/**
 * npm run teams:package: builds appPackage/build/small-claims-helper.zip (manifest.json, color.png,
 * outline.png) from appPackage/manifest.template.json, validated offline against the manifest schema.
 * Without MicrosoftAppId it builds small-claims-helper-LOCAL-TESTING-ONLY.zip instead. Reads
 * MicrosoftAppId, BOT_NAME, TEAMS_APP_ID, BOT_DOMAIN, TEAMS_GROUP_SCOPES and DEVELOPER_* from the environment.
 * The logic is in src/teams/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ManifestError } from '../src/teams/manifest';
import { buildTeamsPackage, PackageError } from '../src/teams/package';

const root = join(__dirname, '..');

try {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const pkg = buildTeamsPackage({
    template: readFileSync(join(root, 'appPackage', 'manifest.template.json'), 'utf8'),
    env: process.env,
    appVersion: version,
  });
  for (const warning of pkg.warnings) console.warn(`warning: ${warning}`);
  const outFile = join(root, 'appPackage', 'build', pkg.fileName);
  mkdirSync(join(root, 'appPackage', 'build'), { recursive: true });
  writeFileSync(outFile, pkg.zip);
  console.log(relative(process.cwd(), outFile) || outFile);
  console.log(
    `Teams app "${pkg.inputs.botName}" ${pkg.inputs.appVersion}, manifest v${String(pkg.manifest.manifestVersion)} valid, ` +
      `bot ${pkg.inputs.botAppId}, ${pkg.files.map((f) => f.name).join(' + ')}, ${pkg.zip.length} bytes`,
  );
} catch (error) {
  if (error instanceof PackageError || error instanceof ManifestError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
