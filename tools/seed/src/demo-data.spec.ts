import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
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
        expectWithMessage(isIsoDate(r.opensOn), `${r.code} opensOn`).toBe(true);
        expectWithMessage(isIsoDate(r.closesOn), `${r.code} closesOn`).toBe(true);
        expectWithMessage(r.opensOn < r.closesOn, r.code).toBe(true);
        expectWithMessage(Number.isSafeInteger(r.budget) && r.budget > 0, r.code).toBe(true);
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

      expectWithMessage(departmentCodes.has(i.departmentCode), `department ${i.departmentCode}`).toBe(true);

      expect(i.goalAreaCodes.length).toBeGreaterThanOrEqual(1);
      expect(i.goalAreaCodes.length).toBeLessThanOrEqual(10);
      expect(duplicates(i.goalAreaCodes)).toEqual([]);
      for (const code of i.goalAreaCodes) {
        expectWithMessage(goalAreaCodes.has(code), `goal area ${code}`).toBe(true);
      }

      const round = roundsByCode.get(i.fundRoundCode);
      expectWithMessage(round, `fund round ${i.fundRoundCode}`).toBeDefined();
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

    it('has at least 8 PREPARED applications in the 2027 round', () => {
      expect(round2027.filter((i) => i.status === 'PREPARED').length).toBeGreaterThanOrEqual(8);
    });

    it('has 2027 applications at every step of the process', () => {
      const statuses = new Set<string>(round2027.map((i) => i.status ?? 'DRAFT'));
      for (const s of ['DRAFT', 'AWAITING_ANCHORING', 'SUBMITTED', 'IN_PREPARATION', 'PREPARED']) {
        expectWithMessage(statuses.has(s), s).toBe(true);
      }
    });
  });

  describe('application details', () => {
    const TEXT_FIELDS = [
      'contactName',
      'contactEmail',
      'currentSituation',
      'problem',
      'desiredSituation',
      'expectedEffects',
      'risks',
      'dependencies',
    ] as const;
    const REQUIRED_UNLESS_DRAFT = [
      'contactName',
      'contactEmail',
      'currentSituation',
      'problem',
      'desiredSituation',
      'expectedEffects',
      'plannedStart',
      'plannedEnd',
      'handlesPersonalData',
    ] as const;
    const REQUIRED_WHEN_PREPARED = [
      ...REQUIRED_UNLESS_DRAFT,
      'risks',
      'dependencies',
      'coFinancing',
      'confidentialityLevel',
      'integrityLevel',
      'availabilityLevel',
      'dpiaStatus',
    ] as const;

    const notEmpty = (v: unknown): boolean => v !== undefined && v !== null && (typeof v !== 'string' || v.trim() !== '');

    it.each(initiatives.map((i) => [i.title, i] as const))('"%s" has consistent details', (_title, i) => {
      const status = i.status ?? 'DRAFT';

      if (status !== 'DRAFT') {
        for (const field of REQUIRED_UNLESS_DRAFT) expectWithMessage(notEmpty(i[field]), field).toBe(true);
      }
      if (status === 'PREPARED') {
        for (const field of REQUIRED_WHEN_PREPARED) expectWithMessage(notEmpty(i[field]), field).toBe(true);
        if (i.handlesPersonalData) expect(['DONE', 'NOT_REQUIRED']).toContain(i.dpiaStatus);
      }

      for (const field of TEXT_FIELDS) {
        const value = i[field];
        if (value !== undefined) {
          expectWithMessage(value.trim(), field).toBe(value);
          expectWithMessage(value.length, field).toBeLessThanOrEqual(10_000);
        }
      }

      if (i.contactEmail !== undefined) {
        expect(i.contactEmail).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*@demo\.example$/);
      }

      for (const date of [i.plannedStart, i.plannedEnd]) {
        if (date !== undefined) expectWithMessage(isIsoDate(date), date).toBe(true);
      }
      if (i.plannedStart !== undefined && i.plannedEnd !== undefined) {
        expectWithMessage(i.plannedStart <= i.plannedEnd, `${i.plannedStart} – ${i.plannedEnd}`).toBe(true);
      }
      if (i.fundRoundCode === 'DP2027') {
        for (const date of [i.plannedStart, i.plannedEnd]) {
          if (date !== undefined) {
            expectWithMessage(date >= '2027-01-01' && date <= '2028-12-31', `${date} within 2027–2028`).toBe(true);
          }
        }
      }

      for (const level of [i.confidentialityLevel, i.integrityLevel, i.availabilityLevel]) {
        if (level !== undefined) expect([1, 2, 3, 4]).toContain(level);
      }

      if (i.coFinancing !== undefined) {
        expect(Number.isSafeInteger(i.coFinancing)).toBe(true);
        expect(i.coFinancing).toBeGreaterThanOrEqual(0);
      }
    });
  });
});
