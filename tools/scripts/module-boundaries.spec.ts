import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

// The architecture's boundaries are enforced by lint: these imports must be refused.
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: workspaceRoot });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

beforeAll(() => {
  // the rule reads Nx's cached project graph; make sure it exists
  execFileSync('nx', ['show', 'projects'], { cwd: workspaceRoot, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false' } });
});

describe('module boundaries', () => {
  it('keep frameworks out of the domain libraries', async () => {
    const errors = await boundaryErrors('libs/domain/money/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n");
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it('keep the web client away from the API libraries', async () => {
    const errors = await boundaryErrors('libs/web/ui/src/probe.ts', "import { Department } from '@dp/api/database';\nexport const x = Department;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('keep ui libraries away from feature libraries', async () => {
    const errors = await boundaryErrors('libs/web/ui/src/probe.ts', "import * as f from '@dp/web/feature-applications';\nexport const x = f;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('allow the documented direction (feature → domain)', async () => {
    const errors = await boundaryErrors('libs/api/initiatives/src/probe.ts', "import { formatMoney } from '@dp/domain/money';\nexport const x = formatMoney;\n");
    expect(errors).toEqual([]);
  });
});
