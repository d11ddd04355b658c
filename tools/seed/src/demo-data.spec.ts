import { describe, expect, it } from 'vitest';
import { demoData } from './demo-data.js';

const { departments, goalAreas, fundRounds, initiatives } = demoData;

const REQUIRED_DEPARTMENTS: Record<string, string> = {
  BUF: 'Barn- och utbildningsförvaltningen',
  SOC: 'Socialförvaltningen',
  KSF: 'Kommunstyrelsens förvaltning',
  MSF: 'Miljö- och samhällsbyggnadsförvaltningen',
};

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dupes.add(v);
    seen.add(v);
  }
  return [...dupes];
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

describe('demo data', () => {
  describe('codes and titles', () => {
    it('has unique department codes', () => {
      expect(duplicates(departments.map((d) => d.code))).toEqual([]);
    });

    it('has unique goal-area codes', () => {
      expect(duplicates(goalAreas.map((g) => g.code))).toEqual([]);
    });

    it('has unique fund-round codes', () => {
      expect(duplicates(fundRounds.map((r) => r.code))).toEqual([]);
    });

    it('has unique initiative titles', () => {
      expect(duplicates(initiatives.map((i) => i.title))).toEqual([]);
    });

    it('has non-empty codes and names', () => {
      for (const e of [...departments, ...goalAreas, ...fundRounds]) {
        expect(e.code.trim()).not.toBe('');
        expect(e.name.trim()).not.toBe('');
      }
    });
  });

  describe('departments', () => {
    it('has 7 to 9 departments', () => {
      expect(departments.length).toBeGreaterThanOrEqual(7);
      expect(departments.length).toBeLessThanOrEqual(9);
    });

    it.each(Object.entries(REQUIRED_DEPARTMENTS))('contains %s (%s)', (code, name) => {
      expect(departments).toContainEqual({ code, name });
    });
  });

  describe('goal areas', () => {
    it('has 5 to 7 goal areas, each with a description', () => {
      expect(goalAreas.length).toBeGreaterThanOrEqual(5);
      expect(goalAreas.length).toBeLessThanOrEqual(7);
      for (const g of goalAreas) expect(g.description.trim()).not.toBe('');
    });
  });

  describe('fund rounds', () => {
    it('has valid dates, positive integer budgets and a window that opens before it closes', () => {
      for (const r of fundRounds) {
        expect(isIsoDate(r.opensOn), `${r.code} opensOn`).toBe(true);
        expect(isIsoDate(r.closesOn), `${r.code} closesOn`).toBe(true);
        expect(r.opensOn < r.closesOn, r.code).toBe(true);
        expect(Number.isSafeInteger(r.budget) && r.budget > 0, r.code).toBe(true);
      }
    });

    it('has the open 2027 round with a budget of 12 000 000 kr', () => {
      expect(fundRounds.find((r) => r.code === 'DP2027')).toEqual({
        code: 'DP2027',
        name: 'Digitaliseringspotten 2027',
        year: 2027,
        budget: 12_000_000,
        status: 'OPEN',
        opensOn: '2026-09-01',
        closesOn: '2026-12-15',
      });
    });
  });

  describe('initiatives', () => {
    const departmentCodes = new Set(departments.map((d) => d.code));
    const goalAreaCodes = new Set(goalAreas.map((g) => g.code));
    const roundsByCode = new Map(fundRounds.map((r) => [r.code, r]));

    it.each(initiatives.map((i) => [i.title, i] as const))('"%s" is valid', (_title, i) => {
      expect(i.title.length).toBeGreaterThanOrEqual(3);
      expect(i.title.length).toBeLessThanOrEqual(200);
      expect(i.title.trim()).toBe(i.title);

      expect(i.description.trim()).not.toBe('');
      expect(i.description.length).toBeLessThanOrEqual(10_000);

      expect(departmentCodes.has(i.departmentCode), `department ${i.departmentCode}`).toBe(true);

      expect(i.goalAreaCodes.length).toBeGreaterThanOrEqual(1);
      expect(i.goalAreaCodes.length).toBeLessThanOrEqual(10);
      expect(duplicates(i.goalAreaCodes)).toEqual([]);
      for (const code of i.goalAreaCodes) {
        expect(goalAreaCodes.has(code), `goal area ${code}`).toBe(true);
      }

      const round = roundsByCode.get(i.fundRoundCode);
      expect(round, `fund round ${i.fundRoundCode}`).toBeDefined();
      expect(Number.isSafeInteger(i.requestedAmount)).toBe(true);
      expect(i.requestedAmount).toBeGreaterThan(0);
      expect(i.requestedAmount).toBeLessThanOrEqual(round?.budget ?? 0);
    });

    const round2027 = initiatives.filter((i) => i.fundRoundCode === 'DP2027');

    it('has about twenty applications in the 2027 round', () => {
      expect(round2027.length).toBeGreaterThanOrEqual(18);
      expect(round2027.length).toBeLessThanOrEqual(22);
    });

    it('asks for more than the 2027 budget, so that prioritisation is meaningful', () => {
      const budget = roundsByCode.get('DP2027')?.budget ?? 0;
      const requested = round2027.reduce((sum, i) => sum + i.requestedAmount, 0);
      expect(requested).toBeGreaterThan(budget);
    });

    it('has at least one 2027 application from every department', () => {
      const applying = new Set(round2027.map((i) => i.departmentCode));
      expect(departments.filter((d) => !applying.has(d.code)).map((d) => d.code)).toEqual([]);
    });
  });
});
