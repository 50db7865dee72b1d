'use strict';
/**
 * The benchmark runs the project's compiled JavaScript. It compiles into its own folder
 * (bench-results/build) with the project's own build settings, so that it measures the working
 * tree as it is without rewriting dist/, which others may be using at the same moment.
 */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { settings } = require('./settings');

function buildProject() {
  const tsc = join(settings.root, 'node_modules', 'typescript', 'bin', 'tsc');
  const tscAlias = join(settings.root, 'node_modules', 'tsc-alias', 'dist', 'bin', 'index.js');
  const options = { cwd: settings.root, stdio: 'inherit' };
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', settings.buildDir, '--tsBuildInfoFile', join(settings.buildDir, '.tsbuildinfo')], options);
  execFileSync(process.execPath, [tscAlias, '-p', 'tsconfig.build.json', '--outDir', settings.buildDir], options);
}

/** Loads a compiled module of the project by its source path: `built('libs/projections/index')`. */
function built(sourcePath) {
  return require(join(settings.buildDir, sourcePath));
}

module.exports = { buildProject, built };
