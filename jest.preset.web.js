// The Jest preset of the React projects (apps/web, libs/web/*): the node preset in jsdom, with React's
// automatic JSX runtime and the class-field semantics of tsconfig.web.json.
import preset, { swcForNode, workspaceRoot } from './jest.preset.js';

export default {
  ...preset,
  testEnvironment: `${workspaceRoot}tools/test/jsdom-environment.js`,
  // the browser builds of the libraries, as Vite picks them
  testEnvironmentOptions: { customExportConditions: ['browser'] },
  setupFilesAfterEnv: [`${workspaceRoot}tools/test/src/web-setup.ts`],
  moduleNameMapper: { '\\.module\\.css$': `${workspaceRoot}tools/test/css-module.js` },
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        ...swcForNode,
        jsc: {
          ...swcForNode.jsc,
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' }, useDefineForClassFields: true },
        },
      },
    ],
  },
};
