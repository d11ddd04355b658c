import { describe, expect, it } from '@jest/globals';
import { validateMeeting } from './meeting.js';

const base = { title: 'Ledningsgruppens möte om digitaliseringsfonden', heldOn: '2027-03-15', participants: ['Karin Kommundirektör', '  ', 'Lena Ledningsgrupp'] };

describe('validateMeeting', () => {
  it('accepts a meeting, trims and drops blank participant lines, and leaves notes and diarienummer optional', () => {
    expect(validateMeeting({ ...base, notes: '  ', registrationNumber: '' })).toEqual({
      ok: true,
      value: { ...base, participants: ['Karin Kommundirektör', 'Lena Ledningsgrupp'], notes: null, registrationNumber: null },
    });
    const r = validateMeeting({ ...base, registrationNumber: ' KS  2027/12 ' });
    expect(r.ok && r.value.registrationNumber).toBe('KS 2027/12');
  });

  it('names each invalid field with its code', () => {
    expect(validateMeeting({ title: ' ', heldOn: '2027-02-30', participants: ['x'.repeat(201)], registrationNumber: 'ingen siffra' })).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        { field: 'title', code: 'REQUIRED' },
        { field: 'heldOn', code: 'INVALID_DATE' },
        { field: 'participants.0', code: 'TOO_LONG' },
        { field: 'registrationNumber', code: 'OUT_OF_RANGE' },
      ]),
    });
    expect(validateMeeting(null)).toMatchObject({ ok: false, errors: expect.arrayContaining([{ field: 'title', code: 'REQUIRED' }]) });
    expect(validateMeeting({ ...base, participants: Array.from({ length: 61 }, (_, i) => `P${i}`) })).toMatchObject({ ok: false, errors: [{ field: 'participants', code: 'TOO_LONG' }] });
  });
});
