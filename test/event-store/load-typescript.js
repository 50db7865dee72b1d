/**
 * Lets a plain `node` child process load this repository's TypeScript sources (`node -r ./load-typescript.js x.ts`),
 * so that a test can run a real second process against the same store file. Type checking is tsc's job.
 */
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const { compilerOptions } = require('../../tsconfig.base.json');

const repositoryRoot = path.resolve(__dirname, '../..');

function resolvePathAlias(request) {
  for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
    if (alias.endsWith('/*') && request.startsWith(alias.slice(0, -1))) {
      return path.join(repositoryRoot, target.replace('*', request.slice(alias.length - 1)));
    }
    if (request === alias) return path.join(repositoryRoot, target);
  }
  return request;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, resolvePathAlias(request), ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};
