import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CalculationParameterRoundsQuery, MockHandler, SessionUser } from '@dp/web/data-access';
import { renderAdmin } from '../testing/render';
import { adminUser, analystUser, applicantUser, auditorUser } from '../testing/fixtures';
import { CalculationParametersPage } from './calculation-parameters-page';

type Round = CalculationParameterRoundsQuery['fundRounds'][number];

const parameters = (baseYear: number): Round['calculationParameters'] => ({
  baseYear,
  horizonYears: 5,
  discountRate: 0.03,
  optimismBias: 0.2,
  hoursPerMonth: 142,
  overhead: 0.54,
  defaultMonthlySalary: 35_000,
});

const rounds: Round[] = [
  { id: 'r-2026', code: 'DP2026', name: 'Digitaliseringspotten 2026', year: 2026, status: 'CLOSED', version: 7, calculationParameters: parameters(2026) },
  { id: 'r-2027', code: 'DP2027', name: 'Digitaliseringspotten 2027', year: 2027, status: 'OPEN', version: 3, calculationParameters: parameters(2027) },
];

const nbsp = '\u00a0';

function renderParameters({
  user = analystUser,
  route = '/calculation-parameters',
  mutation,
  roundsHandler = () => rounds,
  language = 'sv',
}: { user?: SessionUser; route?: string; mutation?: MockHandler; roundsHandler?: () => Round[]; language?: 'sv' | 'en' } = {}) {
  return renderAdmin(<CalculationParametersPage />, {
    path: '/calculation-parameters',
    route,
    user,
    language,
    query: (name) => (name === 'CalculationParameterRounds' ? { data: { fundRounds: roundsHandler() } } : undefined),
    ...(mutation ? { mutation } : {}),
  });
}

/** the mutation's answer: the round with the parameters sent and the next version */
const saved: MockHandler = (name, variables) =>
  name === 'UpdateCalculationParameters'
    ? {
        data: {
          updateCalculationParameters: {
            id: variables['fundRoundId'],
            version: (variables['version'] as number) + 1,
            calculationParameters: { baseYear: 2027, ...(variables['input'] as object) },
          },
        },
      }
    : undefined;

const field = (name: RegExp) => screen.getByRole('textbox', { name });

async function replace(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text) await user.type(input, text);
}

describe('CalculationParametersPage', () => {
  it('shows the open round’s parameters in Swedish: percent with a decimal comma, kronor with spaces, the base year read-only', async () => {
    renderParameters();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Ansökningsomgång' })).toHaveValue('Digitaliseringspotten 2027 (Öppen)');

    const baseYear = field(/Basår/);
    expect(baseYear).toHaveValue('2027');
    expect(baseYear).toHaveAttribute('readonly');
    expect(field(/Kalkylperiod/)).toHaveValue('5');
    expect(screen.getByText('Antal år efter basåret som kalkylen omfattar, 1–30 år. Just nu 2027–2032.')).toBeInTheDocument();
    expect(field(/Kalkylränta/)).toHaveValue('3');
    expect(field(/Påslag för optimism/)).toHaveValue('20');
    expect(field(/Timmar per månad/)).toHaveValue('142');
    expect(field(/Personalomkostnadspålägg/)).toHaveValue('54');
    expect(field(/Standardmånadslön/)).toHaveValue(`35${nbsp}000`);

    // 35 000 / 142 × 1,54
    expect(screen.getByRole('status', { name: 'Timkostnad' })).toHaveTextContent('379,58 kr per timme');
    expect(screen.getByRole('note')).toBe(screen.getByTestId('recalculation-note'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('recalculation-note')).toHaveTextContent(
      'När du sparar räknas alla nyttokalkyler i ansökningsomgången om med de nya parametrarna. Kalkyler som har låsts genom ett beslut ändras inte.',
    );
  });

  it('saves the exact values with the version: 3,5 % is sent as 0.035, and the hourly cost follows the typing', async () => {
    const user = userEvent.setup();
    const { calls } = renderParameters({ mutation: saved });
    await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' });

    await replace(user, field(/Kalkylränta/), '3,5');
    await replace(user, field(/Påslag för optimism/), '12,5 %');
    await replace(user, field(/Kalkylperiod/), '7');
    await replace(user, field(/Personalomkostnadspålägg/), '41,3');
    await replace(user, field(/Timmar per månad/), '160,5');
    await replace(user, field(/Standardmånadslön/), '40 000');
    // 40 000 / 160,5 × 1,413 = 352,15 kr
    expect(screen.getByRole('status', { name: 'Timkostnad' })).toHaveTextContent('352,15 kr per timme');
    expect(screen.getByText('Antal år efter basåret som kalkylen omfattar, 1–30 år. Just nu 2027–2034.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara kalkylparametrar' }));

    expect(await screen.findByText('Kalkylparametrarna för Digitaliseringspotten 2027 har sparats och kalkylerna har räknats om.')).toBeInTheDocument();
    const mutations = calls.filter((c) => c.kind === 'mutation');
    expect(mutations).toHaveLength(1);
    expect(mutations[0]!.operationName).toBe('UpdateCalculationParameters');
    expect(mutations[0]!.variables).toEqual({
      fundRoundId: 'r-2027',
      version: 3,
      input: { horizonYears: 7, discountRate: 0.035, optimismBias: 0.125, hoursPerMonth: 160.5, overhead: 0.413, defaultMonthlySalary: 40_000 },
    });
    // the form shows what was saved, and the next save goes with the new version
    expect(field(/Kalkylränta/)).toHaveValue('3,5');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylparametrar' }));
    await waitFor(() => expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(2));
    expect(calls.filter((c) => c.kind === 'mutation').map((c) => c.variables['version'])).toEqual([3, 4]);
  });

  it('checks the values with the domain’s rules before sending, with the limits in percent', async () => {
    const user = userEvent.setup();
    const { calls } = renderParameters({ mutation: saved });
    await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' });

    await replace(user, field(/Kalkylränta/), '25');
    await replace(user, field(/Påslag för optimism/), '-5');
    await replace(user, field(/Kalkylperiod/), '2,5');
    await replace(user, field(/Timmar per månad/), 'många');
    await replace(user, field(/Personalomkostnadspålägg/), '');
    await replace(user, field(/Standardmånadslön/), '35 000,50');
    expect(screen.getByRole('status', { name: 'Timkostnad' })).toHaveTextContent(
      'Fyll i standardmånadslön, timmar per månad och personalomkostnadspålägg för att se timkostnaden.',
    );
    await user.click(screen.getByRole('button', { name: 'Spara kalkylparametrar' }));

    expect(await screen.findByText('Formuläret innehåller fel. Rätta de markerade fälten och försök igen.')).toBeInTheDocument();
    expect(field(/Kalkylränta/)).toHaveAccessibleDescription(expect.stringContaining('Ange en kalkylränta från 0 till 20 %.'));
    expect(field(/Påslag för optimism/)).toHaveAccessibleDescription(expect.stringContaining('Påslaget kan inte vara negativt.'));
    expect(field(/Kalkylperiod/)).toHaveAccessibleDescription(expect.stringContaining('Ange ett helt antal år från 1 till 30.'));
    expect(field(/Timmar per månad/)).toHaveAccessibleDescription(expect.stringContaining('Skriv antalet timmar, till exempel 142.'));
    expect(field(/Personalomkostnadspålägg/)).toHaveAccessibleDescription(expect.stringContaining('Fyll i personalomkostnadspålägget i procent.'));
    expect(field(/Standardmånadslön/)).toHaveAccessibleDescription(expect.stringContaining('Ange beloppet i hela kronor, utan ören.'));
    expect(field(/Kalkylränta/)).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);

    // corrected, the message goes away as the user types
    await replace(user, field(/Kalkylränta/), '2');
    expect(field(/Kalkylränta/)).not.toHaveAccessibleDescription(expect.stringContaining('Ange en kalkylränta'));
  });

  it('shows the API’s field errors at their fields, translated', async () => {
    const user = userEvent.setup();
    renderParameters({
      mutation: () => ({
        errors: [
          { message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'discountRate', reason: 'OUT_OF_RANGE' } },
          { message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'defaultMonthlySalary', reason: 'NOT_WHOLE_KRONOR' } },
        ],
      }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' });
    await user.click(screen.getByRole('button', { name: 'Spara kalkylparametrar' }));

    const rate = field(/Kalkylränta/);
    expect(await screen.findByText('Ange en kalkylränta från 0 till 20 %.')).toBeInTheDocument();
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(rate).toHaveAccessibleDescription(expect.stringContaining('Ange en kalkylränta från 0 till 20 %.'));
    expect(rate).toHaveFocus();
    expect(field(/Standardmånadslön/)).toHaveAccessibleDescription(expect.stringContaining('Ange beloppet i hela kronor, utan ören.'));
  });

  it('explains a conflict and offers to load the latest parameters, keeping what was typed', async () => {
    const user = userEvent.setup();
    let loads = 0;
    const { calls } = renderParameters({
      mutation: (name, variables) =>
        variables['version'] === 3 ? { errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 4 } }] } : saved(name, variables),
      roundsHandler: () => {
        loads += 1;
        return loads === 1 ? rounds : rounds.map((r) => (r.id === 'r-2027' ? { ...r, version: 4, calculationParameters: { ...r.calculationParameters, discountRate: 0.04 } } : r));
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' });
    await replace(user, field(/Kalkylränta/), '3,5');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylparametrar' }));

    const conflict = await screen.findByTestId('parameters-conflict');
    expect(conflict).toHaveTextContent('Någon annan har ändrat kalkylparametrarna');
    await user.click(within(conflict).getByRole('button', { name: 'Hämta de senaste parametrarna' }));
    expect(await within(conflict).findByText(/De senaste parametrarna är hämtade\./)).toBeInTheDocument();
    expect(field(/Kalkylränta/)).toHaveValue('3,5');

    await user.click(within(conflict).getByRole('button', { name: 'Behåll mina värden' }));
    await user.click(screen.getByRole('button', { name: 'Spara kalkylparametrar' }));
    expect(await screen.findByText(/har sparats och kalkylerna har räknats om/)).toBeInTheDocument();
    expect(calls.filter((c) => c.kind === 'mutation').map((c) => c.variables['version'])).toEqual([3, 4]);
  });

  it('can take the saved parameters after a conflict instead', async () => {
    const user = userEvent.setup();
    let loads = 0;
    renderParameters({
      mutation: () => ({ errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 4 } }] }),
      roundsHandler: () => {
        loads += 1;
        return loads === 1 ? rounds : rounds.map((r) => (r.id === 'r-2027' ? { ...r, version: 4, calculationParameters: { ...r.calculationParameters, discountRate: 0.04 } } : r));
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' });
    await replace(user, field(/Kalkylränta/), '3,5');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylparametrar' }));
    const conflict = await screen.findByTestId('parameters-conflict');
    await user.click(within(conflict).getByRole('button', { name: 'Hämta de senaste parametrarna' }));
    await user.click(await within(conflict).findByRole('button', { name: 'Använd de sparade parametrarna' }));
    expect(field(/Kalkylränta/)).toHaveValue('4');
    expect(screen.queryByTestId('parameters-conflict')).not.toBeInTheDocument();
  });

  it('explains a refusal by the API', async () => {
    const user = userEvent.setup();
    renderParameters({ mutation: () => ({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' } }] }) });
    await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' });
    await user.click(screen.getByRole('button', { name: 'Spara kalkylparametrar' }));
    expect(await screen.findByText('Bara portföljkontoret och administratörer kan ändra kalkylparametrarna.')).toBeInTheDocument();
  });

  it('opens the round in the URL and puts another chosen round there', async () => {
    const user = userEvent.setup();
    renderParameters({ route: '/calculation-parameters?round=r-2026', mutation: saved });
    await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' });
    expect(field(/Basår/)).toHaveValue('2026');

    await user.click(screen.getByRole('combobox', { name: 'Ansökningsomgång' }));
    await user.click(await screen.findByRole('option', { name: 'Digitaliseringspotten 2027 (Öppen)' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/calculation-parameters?round=r-2027'));
    expect(field(/Basår/)).toHaveValue('2027');
  });

  it('lets an administrator in too', async () => {
    renderParameters({ user: adminUser });
    expect(await screen.findByRole('textbox', { name: /Kalkylränta/ })).toHaveValue('3');
  });

  it.each([
    ['an applicant', applicantUser],
    ['an auditor', auditorUser],
  ])('tells %s that the page is not for them, and asks for nothing', (_who, user) => {
    const { calls } = renderParameters({ user });
    expect(screen.getByRole('heading', { level: 1, name: 'Kalkylparametrar' })).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Du har inte behörighet till sidan');
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Bara portföljkontoret och administratörer kan ändra kalkylparametrarna.');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('keeps what was typed meaning the same when the language changes', async () => {
    const user = userEvent.setup();
    const { calls, i18n } = renderParameters({ mutation: saved });
    await screen.findByRole('heading', { level: 1, name: 'Kalkylparametrar' });
    await replace(user, field(/Kalkylränta/), '3,5');
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Calculation parameters' })).toBeInTheDocument();
    expect(field(/Discount rate/)).toHaveValue('3.5');
    expect(field(/Default monthly salary/)).toHaveValue('35,000');
    await user.click(screen.getByRole('button', { name: 'Save calculation parameters' }));
    await waitFor(() => expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(1));
    expect(calls.find((c) => c.kind === 'mutation')?.variables['input']).toMatchObject({ discountRate: 0.035, defaultMonthlySalary: 35_000 });
  });

  it('speaks English, with a decimal point', async () => {
    const user = userEvent.setup();
    const { calls } = renderParameters({ language: 'en', mutation: saved });
    expect(await screen.findByRole('heading', { level: 1, name: 'Calculation parameters' })).toBeInTheDocument();
    expect(field(/Default monthly salary/)).toHaveValue('35,000');
    expect(screen.getByRole('status', { name: 'Hourly cost' })).toHaveTextContent('379.58 kr per hour');
    await replace(user, field(/Discount rate/), '3.5');
    await user.click(screen.getByRole('button', { name: 'Save calculation parameters' }));
    expect(await screen.findByText('The calculation parameters of Digitaliseringspotten 2027 have been saved and the calculations recalculated.')).toBeInTheDocument();
    expect((calls.find((c) => c.kind === 'mutation')?.variables['input'] as Record<string, unknown>)['discountRate']).toBe(0.035);
  });
});

