import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useState } from 'react';
import type { MockHandler } from '@dp/web/data-access';
import { renderAdmin } from '../../testing/render';
import { analystUser } from '../../testing/fixtures';
import { DelegationForm, type DelegationRound } from './delegation-form';


const saved: DelegationRound = {
  id: 'r-2027',
  name: 'Digitaliseringspotten 2027',
  version: 9,
  delegation: [
    { upTo: 500_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
    { upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
  ],
};

/** the page around the form: the round as the cache has it, read again on `reload` */
function Harness({ initial, latest, mayEdit }: { initial: DelegationRound; latest?: DelegationRound; mayEdit: boolean }) {
  const [round, setRound] = useState(initial);
  return <DelegationForm round={round} mayEdit={mayEdit} reload={() => latest && setRound(latest)} />;
}

function renderForm({ mutation, latest, mayEdit = true, language = 'sv' }: { mutation?: MockHandler; latest?: DelegationRound; mayEdit?: boolean; language?: 'sv' | 'en' } = {}) {
  return renderAdmin(<Harness initial={saved} mayEdit={mayEdit} {...(latest ? { latest } : {})} />, {
    path: '/criteria',
    route: '/criteria',
    language,
    ...(mutation ? { mutation } : {}),
    ...(mayEdit ? {} : { user: analystUser }),
  });
}

/** the API's answer: the rules as sent, the next version */
const savedAsSent: MockHandler = (name, variables) =>
  name === 'UpdateDelegation'
    ? {
        data: {
          updateDelegation: {
            id: 'r-2027',
            version: (variables['version'] as number) + 1,
            delegation: (variables['rules'] as { upTo: number | null; signatory: string; label: string | null }[]).map((r) => ({ ...r, label: r.label ?? r.signatory })),
          },
        },
      }
    : undefined;

const upTo = (n: number) => screen.getByRole('textbox', { name: `Upp till och med, nivå ${n} (kr)` });
const signatory = (n: number) => screen.getByRole('textbox', { name: `Id, nivå ${n}` });
const label = (n: number) => screen.getByRole('textbox', { name: `Benämning, nivå ${n}` });
const mutations = (calls: { kind: string }[]) => calls.filter((c) => c.kind === 'mutation');
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The text that describes a field (its error), as a screen reader announces it. */
function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function replace(user: UserEvent, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text) await user.type(input, text);
}

describe('DelegationForm (Delegationsordning)', () => {
  it('shows the saved levels, lowest first, and how the applications are decided', () => {
    renderForm();
    expect(screen.getByRole('heading', { level: 2, name: 'Delegationsordning' })).toBeInTheDocument();
    expect(plain((upTo(1) as HTMLInputElement).value)).toBe('500 000');
    expect(upTo(2)).toHaveValue('');
    expect(upTo(2)).toHaveAttribute('placeholder', 'Ingen övre gräns');
    expect(signatory(1)).toHaveValue('DIGITALISATION_MANAGER');
    expect(label(2)).toHaveValue('Kommundirektör');
    const steps = screen.getByTestId('delegation-steps');
    expect(within(steps).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual([
      'Upp till och med 500 000 kr: Digitaliseringschef',
      'Över 500 000 kr: Kommundirektör',
    ]);
  });

  it('adds a level and saves the order on the round’s version', async () => {
    const user = userEvent.setup();
    const { calls } = renderForm({ mutation: savedAsSent });
    await user.click(screen.getByRole('button', { name: 'Lägg till nivå' }));
    expect(upTo(3)).toHaveFocus();
    await user.type(upTo(2), '2 000 000');
    await user.type(signatory(3), 'MUNICIPAL_BOARD');
    await user.type(label(3), 'Kommunstyrelsen');
    expect(within(screen.getByTestId('delegation-steps')).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual([
      'Upp till och med 500 000 kr: Digitaliseringschef',
      'Över 500 000 kr till och med 2 000 000 kr: Kommundirektör',
      'Över 2 000 000 kr: Kommunstyrelsen',
    ]);
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));

    expect(await screen.findByText('Delegationsordningen för Digitaliseringspotten 2027 har sparats.')).toBeInTheDocument();
    expect(mutations(calls)).toHaveLength(1);
    expect(mutations(calls)[0]).toMatchObject({
      operationName: 'UpdateDelegation',
      variables: {
        fundRoundId: 'r-2027',
        version: 9,
        rules: [
          { upTo: 500_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
          { upTo: 2_000_000, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
          { upTo: null, signatory: 'MUNICIPAL_BOARD', label: 'Kommunstyrelsen' },
        ],
      },
    });

    // the next save builds on the saved version
    await user.click(screen.getByRole('button', { name: 'Ta bort nivå 3' }));
    await user.clear(upTo(2));
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    await waitFor(() => expect(mutations(calls)).toHaveLength(2));
    expect(mutations(calls)[1]).toMatchObject({ variables: { version: 10, rules: [{ upTo: 500_000 }, { upTo: null, signatory: 'MUNICIPAL_DIRECTOR' }] } });
  });

  it('checks the order with the domain’s rules before sending, at each field, and sends nothing', async () => {
    const user = userEvent.setup();
    const { calls } = renderForm({ mutation: savedAsSent });
    // the last level with an amount, the first not below it, a level without id, an id twice, no number
    await user.type(upTo(2), '400 000');
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    expect(descriptionOf(upTo(2))).toContain('Den sista nivån ska inte ha något belopp.');
    expect(upTo(2)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Delegationsordningen innehåller fel. Rätta de markerade fälten och försök igen.')).toBeInTheDocument();
    expect(within(screen.getByTestId('delegation-steps')).getByText('Rätta delegationsordningen för att se hur ansökningarna beslutas.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lägg till nivå' }));
    await replace(user, signatory(3), 'DIGITALISATION_MANAGER');
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    expect(descriptionOf(upTo(2))).toContain('Beloppet måste vara högre än beloppet på nivån före.');
    expect(descriptionOf(signatory(3))).toContain('Id:t finns redan på en annan nivå.');
    expect(upTo(2)).toHaveFocus();

    await replace(user, upTo(1), 'femhundra');
    await replace(user, signatory(2), '');
    await replace(user, upTo(2), '');
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    expect(descriptionOf(upTo(1))).toContain('Skriv ett belopp i kronor, till exempel 500 000.');
    expect(descriptionOf(upTo(2))).toContain('Fyll i beloppet. Bara den sista nivån saknar övre gräns.');
    expect(descriptionOf(signatory(2))).toContain('Fyll i fältet.');
    expect(upTo(1)).toHaveFocus();

    for (const n of [3, 2, 1]) await user.click(screen.getByRole('button', { name: `Ta bort nivå ${n}` }));
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    expect(screen.getByTestId('delegation-rules-error')).toHaveTextContent('Delegationsordningen behöver minst en nivå.');
    expect(mutations(calls)).toHaveLength(0);
  });

  it('shows the API’s field errors at their fields, and those it has no field for beneath', async () => {
    const user = userEvent.setup();
    renderForm({
      mutation: () => ({
        errors: [
          { message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'rules.1.signatory', reason: 'DUPLICATE' } },
          { message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'fundRoundId', reason: 'UNKNOWN_REFERENCE' } },
        ],
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    await waitFor(() => expect(descriptionOf(signatory(2))).toContain('Id:t finns redan på en annan nivå.'));
    expect(signatory(2)).toHaveValue('MUNICIPAL_DIRECTOR');
    expect(await screen.findByText('fundRoundId: Nivån finns inte i delegationsordningen.')).toBeInTheDocument();
    // typing in the field takes its error away
    await user.type(signatory(2), 'X');
    expect(signatory(2)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a conflict, keeps what was typed, and saves over the latest version when the user keeps theirs', async () => {
    const user = userEvent.setup();
    const { calls } = renderForm({
      latest: { ...saved, version: 10, delegation: [{ upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' }] },
      mutation: (name, variables) =>
        variables['version'] === 9 ? { errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 10 } }] } : savedAsSent(name, variables),
    });
    await replace(user, upTo(1), '750 000');
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    const conflict = await screen.findByTestId('delegation-conflict');
    expect(conflict).toHaveTextContent('Någon annan har ändrat ansökningsomgången');
    await user.click(within(conflict).getByRole('button', { name: 'Hämta den senaste versionen' }));
    await user.click(within(conflict).getByRole('button', { name: 'Behåll mina värden' }));
    expect(plain((upTo(1) as HTMLInputElement).value)).toBe('750 000');
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    expect(await screen.findByText('Delegationsordningen för Digitaliseringspotten 2027 har sparats.')).toBeInTheDocument();
    expect(mutations(calls).map((c) => (c as unknown as { variables: { version: number } }).variables.version)).toEqual([9, 10]);
  });

  it('can take the latest version after a conflict instead', async () => {
    const user = userEvent.setup();
    renderForm({
      latest: { ...saved, version: 10, delegation: [{ upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' }] },
      mutation: () => ({ errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 10 } }] }),
    });
    await replace(user, upTo(1), '750 000');
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    const conflict = await screen.findByTestId('delegation-conflict');
    await user.click(within(conflict).getByRole('button', { name: 'Hämta den senaste versionen' }));
    await user.click(within(conflict).getByRole('button', { name: 'Använd de sparade värdena' }));
    expect(screen.queryByRole('textbox', { name: 'Upp till och med, nivå 2 (kr)' })).not.toBeInTheDocument();
    expect(signatory(1)).toHaveValue('MUNICIPAL_DIRECTOR');
    expect(screen.queryByTestId('delegation-conflict')).not.toBeInTheDocument();
  });

  it('explains a refusal, and keeps the values when the server cannot be reached', async () => {
    const user = userEvent.setup();
    let answer: 'forbidden' | 'network' = 'forbidden';
    renderForm({
      mutation: () =>
        answer === 'forbidden'
          ? { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' } }] }
          : { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    expect(await screen.findByText('Bara administratörer kan ändra delegationsordningen.')).toBeInTheDocument();
    answer = 'network';
    await replace(user, label(1), 'Digitaliseringschefen');
    await user.click(screen.getByRole('button', { name: 'Spara delegationsordningen' }));
    expect(await screen.findByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
    expect(label(1)).toHaveValue('Digitaliseringschefen');
  });

  it('is read-only for anybody but administrators', () => {
    const { calls } = renderForm({ mayEdit: false });
    expect(screen.getByTestId('delegation-read-only')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara delegationsordningen' })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Delegationsordningens nivåer, lägst först' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => plain(r.textContent))).toEqual([
      '1500 000 krDIGITALISATION_MANAGERDigitaliseringschef',
      '2Ingen övre gränsMUNICIPAL_DIRECTORKommundirektör',
    ]);
    expect(screen.getByText('Bara administratörer kan ändra delegationsordningen.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('speaks English, with English numbers', async () => {
    const user = userEvent.setup();
    const { calls } = renderForm({ language: 'en', mutation: savedAsSent });
    expect(screen.getByRole('heading', { level: 2, name: 'Delegation order' })).toBeInTheDocument();
    const first = screen.getByRole('textbox', { name: 'Up to and including, level 1 (kr)' });
    expect(first).toHaveValue('500,000');
    expect(within(screen.getByTestId('delegation-steps')).getAllByRole('listitem').map((li) => plain(li.textContent))).toEqual([
      'Up to and including 500,000 kr: Digitaliseringschef',
      'Above 500,000 kr: Kommundirektör',
    ]);
    await replace(user, first, '1,500,000');
    await user.click(screen.getByRole('button', { name: 'Save the delegation order' }));
    await waitFor(() => expect(mutations(calls)).toHaveLength(1));
    expect(mutations(calls)[0]).toMatchObject({ variables: { rules: [{ upTo: 1_500_000 }, { upTo: null }] } });
  });
});
