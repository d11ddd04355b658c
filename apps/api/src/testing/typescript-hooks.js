// Lets the Jest parent process import the workspace's TypeScript, the way the test workers see it: for the
// integration tests' global setup, which Jest runs outside its module system (no moduleNameMapper, no
// transform of ES modules). `@dp/*` resolves through tsconfig.base.json's paths, `./x.js` to `./x.ts`,
// and SWC compiles each file with the decorator metadata Nest and MikroORM read (jest.preset.js).
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from '@swc/core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the workspace's Jest preset belongs to no project
import { swcForNode, workspacePaths, workspaceRoot } from '../../../../jest.preset.js';

const rootUrl = pathToFileURL(workspaceRoot).href;
const paths = new Map([...workspacePaths].map(([name, file]) => [name, pathToFileURL(file).href]));
const ownSource = (url) => url.startsWith(rootUrl) && !url.includes('/node_modules/') && /\.tsx?$/.test(url);

let registered = false;

export function registerWorkspaceTypeScript() {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const mapped = paths.get(specifier);
      if (mapped) return { url: mapped, format: 'module', shortCircuit: true };
      if (/^\.{1,2}\//.test(specifier) && specifier.endsWith('.js') && context.parentURL && ownSource(context.parentURL)) {
        const asTypeScript = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
        if (!existsSync(fileURLToPath(new URL(specifier, context.parentURL))) && existsSync(fileURLToPath(asTypeScript))) {
          return { url: asTypeScript.href, format: 'module', shortCircuit: true };
        }
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (!ownSource(url)) return nextLoad(url, context);
      const filename = fileURLToPath(url);
      const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swcForNode, filename, module: { type: 'es6' } });
      return { format: 'module', source: code, shortCircuit: true };
    },
  });
}

