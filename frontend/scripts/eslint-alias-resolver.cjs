// Import resolver for eslint-plugin-boundaries (eslint-module-utils interface v2): maps the `@/` alias
// of tsconfig.app.json and vite.config.ts onto src/, then resolves like Node with TypeScript's extensions.
// Local on purpose: eslint-import-resolver-typescript pulls native bindings per platform.
const path = require('node:path');
const node = require('eslint-import-resolver-node');

const SRC = path.join(__dirname, '..', 'src');
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'];

exports.interfaceVersion = 2;

exports.resolve = function resolve(source, file) {
  if (source.startsWith('@/')) {
    return node.resolve(path.join(SRC, source.slice(2)), file, { extensions: EXTENSIONS });
  }
  return node.resolve(source, file, { extensions: EXTENSIONS });
};
