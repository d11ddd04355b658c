import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { weightedScore } from '@dp/domain/prioritisation';
import { renderPage } from '../../testing/render';
import { MyAssessmentForm, type SaveOutcome } from './my-assessment-form';
import { annasAssessment, criteria, managementUser } from './test-fixtures';
import type { AssessmentInputView, AssessmentView } from './model';

type Save = (version: number | null, input: AssessmentInputView) => Promise<SaveOutcome>;

/** The form as the section holds it: a reload reads `latest` (when given) as the saved assessment. */
function Harness({ saved, latest, onSave, onReload }: { saved: AssessmentView | null; latest?: AssessmentView; onSave: Save; onReload: () => void }) {
  const [current, setCurrent] = useState(saved);
  return (
    <MyAssessmentForm
      criteria={criteria}
      criteriaSetNumber={1}
      saved={current}
      onSave={onSave}
      onReload={() => {
        onReload();
        if (latest) setCurrent(latest);
      }}
    />
  );
}

function renderForm({
  saved = null,
  latest,
  onSave,
  onReload = () => undefined,
}: {
  saved?: AssessmentView | null;
  latest?: AssessmentView;
  onSave: Save;
  onReload?: () => void;
}) {
  return renderPage(<Harness saved={saved} {...(latest ? { latest } : {})} onSave={onSave} onReload={onReload} />, {
    path: '/',
    route: '/',
    user: managementUser,
  });
}

const group = (name: string) => screen.getByRole('radiogroup', { name });
const liveScore = () => screen.getByTestId('my-live-score');
const sv1 = (value: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(value);

describe('MyAssessmentForm', () => {
  it('shows every criterion’s anchored scale: each level with its value, name and description, and Ej bedömd', () => {
    renderForm({ onSave: jest.fn<Save>() });
    const quality = group('Bättre kvalitet i service till invånarna');
    const radios = within(quality).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['none', '0', '1', '2', '3', '4']);
    expect(within(quality).getByRole('radio', { name: 'Ej bedömd' })).toBeChecked();
    const large = within(quality).getByRole('radio', { name: '3 – Stor' });
    expect(large).toHaveAccessibleDescription('Stor förbättring för en bred målgrupp eller i en tjänst med många ärenden.');
    expect(quality).toHaveAccessibleDescription(/Vikt 20\s%\./);
    expect(screen.getByRole('textbox', { name: 'Kommentar om Bättre kvalitet i service till invånarna' })).toBeInTheDocument();
    expect(liveScore()).toHaveTextContent('Ofullständig – 0 av 6 kriterier bedömda');
    expect(screen.getByText('Du har inte sparat någon bedömning av initiativet ännu.')).toBeInTheDocument();
  });

  it('recalculates the weighted score with the domain’s formula as levels are chosen by click and by keyboard', async () => {
    const user = userEvent.setup();
    renderForm({ onSave: jest.fn<Save>() });
    // click: 4 of 4 on a criterion weighing 20 %
    await user.click(within(group('Bättre kvalitet i service till invånarna')).getByRole('radio', { name: '4 – Mycket stor' }));
    expect(liveScore()).toHaveTextContent('Ofullständig – 1 av 6 kriterier bedömda. Preliminärt 100 av 100 för de bedömda kriterierna.');

    // keyboard: from Ej bedömd, arrow down walks up the scale (0, 1, 2)
    const lower = group('Minskade kostnader för förvaltningarna');
    within(lower).getByRole('radio', { name: 'Ej bedömd' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(within(lower).getByRole('radio', { name: '2 – Måttlig' })).toBeChecked();
    expect(within(lower).getByRole('radio', { name: '2 – Måttlig' })).toHaveFocus();
    // (20 × 1 + 20 × 0,5) / 40 = 75
    expect(liveScore()).toHaveTextContent('Preliminärt 75 av 100');

    const chosen = [4, 2, 3, 1, 2, 4];
    for (const [i, c] of criteria.entries()) {
      const level = c.scale.find((l) => l.value === chosen[i])!;
      await user.click(within(group(c.name)).getByRole('radio', { name: `${level.value} – ${level.label}` }));
    }
    const expected = weightedScore(
      criteria.map((c, i) => ({ criterionId: c.id, mean: chosen[i]! })),
      criteria,
    ).score!;
    // by hand: (20·1 + 20·0,5 + 15·0,75 + 20·0,25 + 15·0,5 + 10·1) / 100 = 63,75
    expect(expected).toBeCloseTo(63.75, 10);
    expect(liveScore()).toHaveTextContent(`${sv1(expected)} av 100`);

    // Ej bedömd again makes it incomplete
    await user.click(within(group(criteria[5]!.name)).getByRole('radio', { name: 'Ej bedömd' }));
    expect(liveScore()).toHaveTextContent('Ofullständig – 5 av 6 kriterier bedömda.');
  });

  it('creates the assessment with a null version, every criterion in order and trimmed comments', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn<Save>(async () => ({ ok: true, version: 1, updatedAt: '2026-11-29T10:00:00.000Z' }));
    renderForm({ onSave });
    await user.click(within(group(criteria[0]!.name)).getByRole('radio', { name: '3 – Stor' }));
    await user.type(screen.getByRole('textbox', { name: `Kommentar om ${criteria[0]!.name}` }), '  Många invånare berörs. ');
    await user.type(screen.getByRole('textbox', { name: 'Övergripande kommentar' }), 'Bra ansökan');
    expect(screen.getByTestId('my-assessment-status')).toHaveTextContent('Det finns ändringar som inte är sparade.');
    await user.click(screen.getByRole('button', { name: 'Spara bedömningen' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const [version, input] = onSave.mock.calls[0]!;
    expect(version).toBeNull();
    expect(input).toEqual({
      scores: criteria.map((c, i) => ({ criterionId: c.id, score: i === 0 ? 3 : null, comment: i === 0 ? 'Många invånare berörs.' : null })),
      comment: 'Bra ansökan',
    });
    expect(await screen.findByText('Din bedömning har sparats.')).toBeInTheDocument();
    expect(screen.getByTestId('my-assessment-status')).toHaveTextContent('Alla ändringar är sparade.');

    // the next save is based on the version the first one created
    await user.click(within(group(criteria[1]!.name)).getByRole('radio', { name: '1 – Liten' }));
    await user.click(screen.getByRole('button', { name: 'Spara bedömningen' }));
    expect(onSave.mock.calls[1]![0]).toBe(1);
  });

  it('opens with the saved assessment and saves on top of its version', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn<Save>(async () => ({ ok: true, version: 3, updatedAt: '2026-11-29T10:00:00.000Z' }));
    renderForm({ saved: annasAssessment, onSave });
    expect(within(group(criteria[0]!.name)).getByRole('radio', { name: '3 – Stor' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: `Kommentar om ${criteria[0]!.name}` })).toHaveValue('Tydlig nytta för vårdnadshavare.');
    expect(screen.getByRole('textbox', { name: 'Övergripande kommentar' })).toHaveValue('Väl underbyggd ansökan.');
    const expected = weightedScore(annasAssessment.scores.map((s) => ({ criterionId: s.criterionId, mean: s.score })), criteria).score!;
    expect(liveScore()).toHaveTextContent(`${sv1(expected)} av 100`);
    await user.click(screen.getByRole('button', { name: 'Spara bedömningen' }));
    expect(onSave.mock.calls[0]![0]).toBe(2);
  });

  it('on CONFLICT keeps the choices, loads the saved version on request and shows what differs', async () => {
    const user = userEvent.setup();
    const onReload = jest.fn();
    const onSave = jest.fn<Save>(async (version) =>
      version === 2 ? { ok: false, failure: { kind: 'conflict', currentVersion: 3 } } : { ok: true, version: 4, updatedAt: '2026-11-29T10:00:00.000Z' },
    );
    // saved in another tab meanwhile: 4 on the first criterion
    const latest: AssessmentView = {
      ...annasAssessment,
      version: 3,
      scores: annasAssessment.scores.map((s, i) => (i === 0 ? { ...s, score: 4 } : s)),
    };
    renderForm({ saved: annasAssessment, latest, onSave, onReload });
    const quality = group(criteria[0]!.name);
    await user.click(within(quality).getByRole('radio', { name: '1 – Liten' }));
    await user.click(screen.getByRole('button', { name: 'Spara bedömningen' }));

    const notice = await screen.findByTestId('assessment-conflict');
    expect(notice).toHaveTextContent('Någon annan har sparat under tiden');
    expect(within(quality).getByRole('radio', { name: '1 – Liten' })).toBeChecked();
    await user.click(within(notice).getByRole('button', { name: 'Hämta den senaste versionen' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    const table = await within(screen.getByTestId('assessment-conflict')).findByRole('table');
    const row = within(table).getByRole('rowheader', { name: criteria[0]!.name }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 – Liten', '4 – Mycket stor']);

    await user.click(screen.getByRole('button', { name: 'Behåll mina val' }));
    expect(within(group(criteria[0]!.name)).getByRole('radio', { name: '1 – Liten' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Spara bedömningen' }));
    expect(onSave.mock.calls.map((c) => c[0])).toEqual([2, 3]);
  });

  it('shows a validation error at its criterion and a refusal translated', async () => {
    const user = userEvent.setup();
    const outcomes: SaveOutcome[] = [
      { ok: false, failure: { kind: 'validation', fields: [{ field: 'scores.1.score', reason: 'OUT_OF_RANGE' }, { field: 'comment', reason: 'TOO_LONG' }] } },
      { ok: false, failure: { kind: 'forbidden', reason: 'NOT_EDITABLE' } },
    ];
    const onSave = jest.fn<Save>(async () => outcomes.shift()!);
    renderForm({ onSave });
    await user.click(screen.getByRole('button', { name: 'Spara bedömningen' }));
    expect(await screen.findByTestId('assessment-invalid')).toHaveTextContent('Rätta de markerade fälten');
    expect(group(criteria[1]!.name)).toHaveAccessibleDescription(/Välj en av nivåerna på skalan\./);
    expect(screen.getByRole('textbox', { name: 'Övergripande kommentar' })).toHaveAccessibleDescription(/Skriv högst 4\s000 tecken\./);

    await user.click(screen.getByRole('button', { name: 'Spara bedömningen' }));
    const refusal = await screen.findByTestId('assessment-forbidden');
    expect(refusal).toHaveTextContent('Du har inte behörighet');
    expect(refusal).toHaveTextContent('Initiativet kan inte bedömas i sin nuvarande status.');
  });

  it('checks a too long comment with the domain’s rule before sending anything', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn<Save>();
    renderForm({ onSave });
    const comment = screen.getByRole('textbox', { name: `Kommentar om ${criteria[2]!.name}` });
    await user.click(comment);
    await user.paste('x'.repeat(4001));
    await user.click(screen.getByRole('button', { name: 'Spara bedömningen' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(comment).toHaveAccessibleDescription('Skriv högst 4\u00a0000 tecken.');
  });
});
