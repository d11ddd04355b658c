import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculateSheet, validateSheet, type CalculationSheet } from '@dp/domain/benefits';
import { formatMoney } from '@dp/domain/money';
import type { InitiativeCalculationsQuery, MockHandler, SessionUser } from '@dp/web/data-access';
import { renderPage } from '../../testing/render';
import { analystUser, applicantUser, initiative, referenceData } from '../../testing/fixtures';
import { applicantCalculation, calculationsOf, reviewedCalculation, roundParameters, savedCalculation } from '../../testing/calculations';
import { EditInitiativePage } from '../edit-initiative-page';
import { ProcessPanel } from '../process-panel';
import { InitiativeTimeline } from '../initiative-timeline';
import { BenefitCalculationSection } from './benefit-calculation-section';
import { sheetFromCalculation } from './sheet-model';

interface Options {
  data?: InitiativeCalculationsQuery | ((reads: number) => InitiativeCalculationsQuery);
  mutation?: MockHandler;
  user?: SessionUser;
  status?: string;
  language?: 'sv' | 'en';
}

function renderSection({ data = calculationsOf(), mutation, user = applicantUser, status = 'DRAFT', language = 'sv' }: Options = {}) {
  let reads = 0;
  return renderPage(<BenefitCalculationSection initiativeId="i-2" status={status} />, {
    path: '/initiatives/:id',
    route: '/initiatives/i-2',
    user,
    language,
    query: (name) => {
      if (name !== 'InitiativeCalculations') return undefined;
      reads += 1;
      return { data: typeof data === 'function' ? data(reads) : data };
    },
    ...(mutation ? { mutation } : {}),
  });
}

/** The applicant's sheet with the licence of one year changed. */
function withLicence(year: number, amount: number): CalculationSheet {
  const sheet = sheetFromCalculation(applicantCalculation);
  const licence = sheet.costs[1]!;
  licence.amounts = licence.amounts.map((a) => (a.year === year ? { year, amount } : a));
  return sheet;
}

const sv = (amount: number) => formatMoney(amount, 'sv-SE');
const figure = (name: string) => screen.getByTestId(`calc-applicant-figure-${name}`);

// typing into the grid re-renders the whole calculation on every key: slower than most page tests in jsdom
describe('BenefitCalculationSection', () => {
  it('shows the applicant’s calculation as a table per kind of line, with the round’s years and the line totals', async () => {
    renderSection();
    expect(await screen.findByRole('heading', { level: 2, name: 'Nyttokalkyl' })).toBeInTheDocument();
    const costs = screen.getByRole('table', { name: 'Kostnader per år, 2027–2032' });
    const headers = within(costs).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Benämning', 'Typ', 'Enhet', 'Månadslön (kr)', '2027', '2028', '2029', '2030', '2031', '2032', 'Summa', 'Åtgärder']);
    expect(within(costs).getByRole('textbox', { name: 'Licenser 2028' })).toHaveValue('200\u00a0000');
    expect(within(costs).getByRole('combobox', { name: 'Typ, Licenser' })).toHaveValue('RUNNING');
    // 5 × 200 000 kr
    expect(within(within(costs).getByTestId('line-c2')).getByTestId('line-total').textContent).toContain('1\u00a0000\u00a0000\u00a0kr');
    const benefits = screen.getByRole('table', { name: 'Nyttor per år, 2027–2032' });
    expect(within(benefits).getByRole('combobox', { name: 'Kategori, Frigjord handläggartid' })).toHaveValue('REDISTRIBUTION');
    expect(within(benefits).getByRole('checkbox', { name: 'Värderad i kronor, Nöjdare invånare' })).not.toBeChecked();
    expect(screen.getByTestId('calculation-parameters')).toHaveTextContent('Kalkylperiod 2027–2032 · Kalkylränta 3 %');
  });

  it('recalculates NNV and the payback year as an amount is typed, with the domain’s own calculation', async () => {
    const user = userEvent.setup();
    renderSection();
    const cell = await screen.findByRole('textbox', { name: 'Licenser 2028' });
    const before = calculateSheet(sheetFromCalculation(applicantCalculation), roundParameters);
    expect(figure('npv').textContent).toBe(sv(before.npv));
    // by hand: 2027 −1 000 000 − 500 h × 34 000/142 × 1,54; then +400 000 + 600 h × 379,58 − 200 000 a year → paid back in 2030
    expect(figure('paybackYear').textContent).toBe('2030');

    await user.clear(cell);
    await user.type(cell, '900 000');

    const after = calculateSheet(withLicence(2028, 900_000), roundParameters);
    expect(after.npv).toBeLessThan(before.npv);
    expect(figure('npv').textContent).toBe(sv(after.npv));
    expect(figure('paybackYear').textContent).toBe('2032');
    expect(figure('pvCosts').textContent).toBe(sv(after.pvCosts));
    expect(figure('benefitCostRatio').textContent).toBe(new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(after.benefitCostRatio!));
    // the cash flow per year follows too
    const years = screen.getByTestId('calc-applicant-years');
    const row2028 = within(years).getByRole('rowheader', { name: '2028' }).closest('tr')!;
    expect(within(row2028).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      sv(after.years[1]!.costs),
      sv(after.years[1]!.benefits),
      sv(after.years[1]!.net),
      sv(after.years[1]!.cumulativeNet),
    ]);
    expect(screen.getByTestId('calc-applicant-save-status')).toHaveTextContent('Det finns ändringar som inte är sparade.');
  });

  it('shows the validation message at the cell, tied to its input, once the user leaves it', async () => {
    const user = userEvent.setup();
    renderSection();
    const cell = await screen.findByRole('textbox', { name: 'Licenser 2029' });
    await user.clear(cell);
    await user.type(cell, '-5');
    expect(cell).not.toHaveAttribute('aria-invalid', 'true');
    await user.tab();
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleDescription('Beloppet kan inte vara negativt.');

    const other = screen.getByRole('textbox', { name: 'Licenser 2030' });
    await user.clear(other);
    await user.type(other, 'tusen');
    await user.tab();
    expect(other).toHaveAccessibleDescription('Skriv ett tal, till exempel 250 000 eller 12,5.');

    const label = screen.getByRole('textbox', { name: 'Benämning, Kostnad 2' });
    await user.clear(label);
    await user.tab();
    expect(label).toHaveAccessibleDescription('Skriv en benämning.');
  });

  it('does not send a sheet with errors: it says so and moves the focus to the first field with an error', async () => {
    const user = userEvent.setup();
    const { calls } = renderSection({ mutation: () => ({ data: savedCalculation(applicantCalculation, 4) }) });
    const cell = await screen.findByRole('textbox', { name: 'Licenser 2031' });
    await user.clear(cell);
    await user.type(cell, '12,5');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
    expect(await screen.findByTestId('calculation-invalid')).toHaveTextContent('Kalkylen innehåller fel.');
    expect(cell).toHaveAccessibleDescription('Skriv hela kronor, utan ören.');
    await waitFor(() => expect(cell).toHaveFocus());
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);
  });

  it('saves the whole sheet with the version it was loaded at', async () => {
    const user = userEvent.setup();
    const { calls } = renderSection({ mutation: () => ({ data: savedCalculation({ ...applicantCalculation, version: 3 }, 4) }) });
    const cell = await screen.findByRole('textbox', { name: 'Licenser 2028' });
    await user.clear(cell);
    await user.type(cell, '250000');
    await user.tab();
    expect(cell).toHaveValue('250\u00a0000');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));

    expect(await screen.findByText('Sökandes kalkyl har sparats.')).toBeInTheDocument();
    const expected = validateSheet(withLicence(2028, 250_000), roundParameters);
    expect(expected.ok).toBe(true);
    const saves = calls.filter((c) => c.kind === 'mutation');
    expect(saves).toHaveLength(1);
    expect(saves[0]!.operationName).toBe('SaveBenefitCalculation');
    expect(saves[0]!.variables).toEqual({ initiativeId: 'i-2', kind: 'APPLICANT', version: 2, sheet: expected.ok ? expected.value : null });
    expect(screen.getByTestId('calc-applicant-save-status')).toHaveTextContent('Alla ändringar är sparade.');

    // the next save builds on the version the first one left
    await user.clear(cell);
    await user.type(cell, '240000');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
    await waitFor(() => expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(2));
    expect(calls.filter((c) => c.kind === 'mutation')[1]!.variables['version']).toBe(3);
  });

  it('puts the server’s field errors at their cells and keeps what the user typed', async () => {
    const user = userEvent.setup();
    renderSection({
      mutation: () => ({
        errors: [{ message: 'Invalid', extensions: { code: 'BAD_USER_INPUT', field: 'sheet.costs.1.amounts.0.amount', reason: 'OUT_OF_RANGE' } }],
      }),
    });
    const cell = await screen.findByRole('textbox', { name: 'Licenser 2028' });
    await user.clear(cell);
    await user.type(cell, '300 000');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
    expect(await screen.findByTestId('calculation-invalid')).toBeInTheDocument();
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleDescription('Beloppet är för stort.');
    expect(cell).toHaveValue('300\u00a0000');
    // typing in the cell again clears the server's verdict
    await user.type(cell, '1');
    expect(cell).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('on CONFLICT keeps the user’s values and can save them over the newer version', async () => {
    const user = userEvent.setup();
    const { calls } = renderSection({
      mutation: (_name, variables) =>
        variables['version'] === 2
          ? { errors: [{ message: 'Stale', extensions: { code: 'CONFLICT', currentVersion: 5 } }] }
          : { data: savedCalculation({ ...applicantCalculation, version: 6 }, 9) },
    });
    const cell = await screen.findByRole('textbox', { name: 'Licenser 2028' });
    await user.clear(cell);
    await user.type(cell, '310000');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
    const conflict = await screen.findByTestId('calculation-conflict');
    expect(conflict).toHaveTextContent('Någon annan har sparat kalkylen');
    expect(cell).toHaveValue('310\u00a0000');
    await user.click(within(conflict).getByRole('button', { name: 'Behåll mina värden' }));
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
    expect(await screen.findByText('Sökandes kalkyl har sparats.')).toBeInTheDocument();
    expect(calls.filter((c) => c.kind === 'mutation').map((c) => c.variables['version'])).toEqual([2, 5]);
  });

  it('can load the saved calculation after a CONFLICT instead', async () => {
    const user = userEvent.setup();
    const newer = { ...applicantCalculation, version: 5, costs: [applicantCalculation.costs[0]!, { ...applicantCalculation.costs[1]!, label: 'Licenser (ny offert)' }] };
    renderSection({
      data: (reads) => calculationsOf({ applicantCalculation: reads === 1 ? applicantCalculation : newer }),
      mutation: () => ({ errors: [{ message: 'Stale', extensions: { code: 'CONFLICT', currentVersion: 5 } }] }),
    });
    const cell = await screen.findByRole('textbox', { name: 'Licenser 2028' });
    await user.clear(cell);
    await user.type(cell, '310000');
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
    await user.click(within(await screen.findByTestId('calculation-conflict')).getByRole('button', { name: 'Hämta den sparade kalkylen' }));
    expect(await screen.findByRole('textbox', { name: 'Licenser (ny offert) 2028' })).toHaveValue('200\u00a0000');
    expect(screen.queryByRole('textbox', { name: 'Egen tid för test 2027' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('calculation-conflict')).not.toBeInTheDocument();
  });

  it.each([
    ['CALCULATION_FROZEN', 'Ett beslut har fattats på kalkylen, så den kan inte ändras längre.'],
    ['NOT_EDITABLE', 'Kalkylen kan inte ändras i initiativets nuvarande status.'],
    ['ROLE_REQUIRED', 'Din roll ger inte behörighet att ändra den här kalkylen.'],
  ])('translates the refusal %s', async (reason, text) => {
    const user = userEvent.setup();
    renderSection({ mutation: () => ({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN', reason } }] }) });
    await screen.findByRole('textbox', { name: 'Licenser 2028' });
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
    const alert = await screen.findByTestId('calculation-forbidden');
    expect(alert).toHaveTextContent('Kalkylen kunde inte sparas');
    expect(alert).toHaveTextContent(text);
  });

  it('adds and removes lines', async () => {
    const user = userEvent.setup();
    const { calls } = renderSection({ mutation: () => ({ data: savedCalculation(applicantCalculation, 4) }) });
    await screen.findByRole('table', { name: /Kostnader per år/ });
    await user.click(screen.getByRole('button', { name: 'Lägg till kostnad' }));
    const label = screen.getByRole('textbox', { name: 'Benämning, Kostnad 4' });
    expect(label).toHaveFocus();
    await user.type(label, 'Utbildning');
    await user.type(screen.getByRole('textbox', { name: 'Utbildning 2027' }), '80 000');
    await user.click(screen.getByRole('button', { name: 'Ta bort Egen tid för test' }));
    expect(screen.queryByRole('textbox', { name: 'Egen tid för test 2027' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
    await waitFor(() => expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(1));
    const sheet = calls.find((c) => c.kind === 'mutation')!.variables['sheet'] as CalculationSheet;
    expect(sheet.costs.map((c) => c.label)).toEqual(['Införande och upphandling', 'Licenser', 'Utbildning']);
    expect(sheet.costs[2]).toMatchObject({ type: 'ONE_OFF', unit: 'KRONOR', amounts: [{ year: 2027, amount: 80_000 }] });
    expect(sheet.costs[2]!.id).toMatch(/\S/);
  });

  it('is read-only when the calculation is not among the editable ones', async () => {
    renderSection({ data: calculationsOf({ editableCalculations: [] }), user: analystUser, status: 'SUBMITTED' });
    const costs = await screen.findByRole('table', { name: /Kostnader per år/ });
    expect(within(costs).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(costs).getByRole('rowheader', { name: /Licenser/ })).toBeInTheDocument();
    expect(within(within(costs).getByTestId('line-c2')).getAllByRole('cell').map((c) => c.textContent)).toContain('200\u00a0000');
    expect(screen.getByTestId('calc-applicant-read-only')).toHaveTextContent('Du kan läsa kalkylen men inte ändra den.');
    expect(screen.queryByRole('button', { name: 'Spara kalkylen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lägg till kostnad' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Starta granskning' })).not.toBeInTheDocument();
    // the figures are shown all the same
    expect(figure('npv').textContent).toBe(sv(calculateSheet(sheetFromCalculation(applicantCalculation), roundParameters).npv));
  });

  it('says when a decision has locked the calculation', async () => {
    renderSection({
      data: calculationsOf({ editableCalculations: [], applicantCalculation: { ...applicantCalculation, frozenAt: '2027-03-15T10:00:00.000Z', frozenByAction: 'GRANT' } }),
      status: 'GRANTED',
    });
    expect(await screen.findByTestId('calc-applicant-frozen')).toHaveTextContent('Låst vid beslut 2027-03-15');
    expect(screen.queryByRole('textbox', { name: 'Licenser 2028' })).not.toBeInTheDocument();
  });

  it('offers the calculation as an Excel file', async () => {
    renderSection();
    const link = await screen.findByRole('link', { name: 'Ladda ned som Excel: Sökandes kalkyl' });
    expect(link).toHaveAttribute('href', '/api/initiatives/i-2/calculations/APPLICANT.xlsx');
  });

  it('lists what each benefit’s realisation plan lacks, and that it is needed before preparation', async () => {
    const user = userEvent.setup();
    renderSection();
    expect(await screen.findByTestId('calc-applicant-plan-summary')).toHaveTextContent(
      '15 uppgifter saknas i nyttorealiseringsplanen. Krävs innan ansökan kan markeras som beredd.',
    );
    const control = screen.getByRole('button', { name: /Nyttorealiseringsplan för Frigjord handläggartid/ });
    expect(control).toHaveTextContent('7 uppgifter saknas');
    expect(screen.getByRole('button', { name: /Nyttorealiseringsplan för Minskade portokostnader/ })).toHaveTextContent('Planen är komplett.');
    await user.click(control);
    const panel = screen.getByTestId('calc-applicant-plan-b2');
    const missing = within(panel).getByTestId('plan-missing');
    expect(missing).toHaveTextContent('Krävs innan ansökan kan markeras som beredd.');
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'indikator',
      'mätmetod',
      'nuläge (värde)',
      'nuläge (datum)',
      'målvärde',
      'måldatum',
      'uppföljningstillfällen',
    ]);
    expect(within(panel).getByRole('textbox', { name: /Nyttoägare/ })).toHaveValue('Avdelningschef');

    await user.type(within(panel).getByRole('textbox', { name: /Indikator/ }), 'Handläggningstid i dagar');
    await user.click(within(panel).getByRole('button', { name: 'Lägg till uppföljningstillfälle' }));
    await user.type(within(panel).getByRole('textbox', { name: /Uppföljningstillfälle 1/ }), '2028-13-01');
    await user.tab();
    expect(within(panel).getByRole('textbox', { name: /Uppföljningstillfälle 1/ })).toHaveAccessibleDescription(/Skriv ett datum som finns/);
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).not.toContain('indikator');
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).not.toContain('uppföljningstillfällen');
  });

  it('shows the reviewed calculation beside the applicant’s with the lines that changed and the difference in the figures', async () => {
    const user = userEvent.setup();
    renderSection({ data: calculationsOf({ reviewedCalculation, editableCalculations: ['REVIEWED'], status: 'IN_PREPARATION' }), user: analystUser, status: 'IN_PREPARATION' });
    const diff = await screen.findByTestId('calculation-difference');
    expect(within(diff).getByRole('heading', { name: 'Skillnad mot sökandes kalkyl' })).toBeInTheDocument();
    const lines = within(diff).getByRole('table', { name: 'Rader som skiljer sig mellan kalkylerna' });
    const licence = within(lines).getByRole('rowheader', { name: 'Licenser' }).closest('tr')!;
    expect(within(licence).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Kostnad', 'Ändrad', 'Belopp 2028', sv(1_000_000), sv(1_060_000)]);
    const added = within(lines).getByRole('rowheader', { name: 'Förvaltningskostnad' }).closest('tr')!;
    expect(within(added).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Kostnad', 'Tillagd', '–', '–', sv(250_000)]);

    const figures = within(diff).getByRole('table', { name: /Nyckeltal i sökandes och i portföljkontorets granskade kalkyl/ });
    const before = calculateSheet(sheetFromCalculation(applicantCalculation), roundParameters);
    const after = calculateSheet(sheetFromCalculation(reviewedCalculation), roundParameters);
    const npvRow = within(figures).getByRole('rowheader', { name: 'Nettonuvärde (NNV)' }).closest('tr')!;
    expect(within(npvRow).getAllByRole('cell').map((c) => c.textContent)).toEqual([sv(before.npv), sv(after.npv), sv(after.npv - before.npv)]);

    // the analyst works in the reviewed calculation; the difference follows as she types
    const tabs = screen.getByRole('tablist', { name: 'Kalkyler' });
    expect(within(tabs).getByRole('tab', { name: 'Portföljkontorets granskade kalkyl' })).toHaveAttribute('aria-selected', 'true');
    const reviewedPanel = screen.getByTestId('calculation-REVIEWED');
    const cell = within(reviewedPanel).getByRole('textbox', { name: 'Licenser 2028' });
    await user.clear(cell);
    await user.type(cell, '200000');
    expect(within(lines).queryByRole('rowheader', { name: 'Licenser' })).not.toBeInTheDocument();
    // the applicant's calculation is there to read in its tab
    expect(within(screen.getByTestId('calculation-APPLICANT')).queryByRole('textbox', { name: 'Licenser 2028' })).not.toBeInTheDocument();
  });

  it('lets the portfolio office start the review with a copy of the applicant’s calculation', async () => {
    const user = userEvent.setup();
    const preparing = { editableCalculations: ['REVIEWED' as const], status: 'IN_PREPARATION' as const };
    const { calls } = renderSection({
      user: analystUser,
      status: 'IN_PREPARATION',
      data: (reads) => calculationsOf(reads === 1 ? preparing : { ...preparing, reviewedCalculation: { ...applicantCalculation, id: 'calc-r', kind: 'REVIEWED', version: 1 } }),
      mutation: () => ({ data: savedCalculation({ ...applicantCalculation, id: 'calc-r', kind: 'REVIEWED', version: 1 }, 7) }),
    });
    await user.click(await screen.findByRole('button', { name: 'Starta granskning' }));
    expect(await screen.findByText('Granskningen har startat. Den granskade kalkylen är en kopia av sökandes kalkyl.')).toBeInTheDocument();
    const save = calls.find((c) => c.kind === 'mutation')!;
    expect(save.variables).toEqual({ initiativeId: 'i-2', kind: 'REVIEWED', version: null, sheet: sheetFromCalculation(applicantCalculation) });
    expect(await screen.findByRole('tab', { name: 'Portföljkontorets granskade kalkyl' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('button', { name: 'Starta granskning' })).not.toBeInTheDocument();
    expect(within(screen.getByTestId('difference-figures')).getAllByRole('row')).toHaveLength(10);
  });

  it('speaks English in English, with English digit grouping for the figures', async () => {
    renderSection({ language: 'en' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Benefit calculation' })).toBeInTheDocument();
    const costs = screen.getByRole('table', { name: 'Costs per year, 2027–2032' });
    expect(within(costs).getByRole('combobox', { name: 'Type, Licenser' })).toHaveDisplayValue('Running cost');
    const npv = calculateSheet(sheetFromCalculation(applicantCalculation), roundParameters).npv;
    expect(figure('npv').textContent).toBe(formatMoney(npv, 'en-GB'));
    expect(screen.getByRole('button', { name: 'Save the calculation' })).toBeInTheDocument();
  });
});

describe('the calculation on the initiative page', () => {
  it('sits below the application, and a saved calculation moves the form on to the initiative’s new version', async () => {
    const user = userEvent.setup();
    const { calls } = renderPage(<EditInitiativePage />, {
      path: '/initiatives/:id',
      route: '/initiatives/i-2',
      query: (name) => {
        if (name === 'ReferenceData') return { data: referenceData };
        if (name === 'Initiative') return { data: { initiative } };
        if (name === 'InitiativeCalculations') return { data: calculationsOf() };
        return undefined;
      },
      mutation: (name, variables) => {
        if (name === 'SaveBenefitCalculation') return { data: savedCalculation({ ...applicantCalculation, version: 3 }, 4) };
        if (name === 'UpdateInitiative') return { data: { updateInitiative: { ...initiative, ...(variables['input'] as object), version: 5 } } };
        return undefined;
      },
    });
    const section = await screen.findByRole('region', { name: 'Nyttokalkyl' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Nyttokalkyl')).toBe(headings.indexOf('Uppgifter om initiativet') + 1);

    const cell = await within(section).findByRole('textbox', { name: 'Licenser 2028' });
    await user.clear(cell);
    await user.type(cell, '250000');
    await user.click(within(section).getByRole('button', { name: 'Spara kalkylen' }));
    await screen.findByText('Sökandes kalkyl har sparats.');

    // the calculation changed the initiative's figures (version 3 → 4): the form saves on top of that
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'UpdateInitiative')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'UpdateInitiative')!.variables['version']).toBe(4);
  });
});

describe('keyboard use of the grid', () => {
  it('moves between the lines of a year with the arrow keys', async () => {
    const user = userEvent.setup();
    renderSection();
    const first = await screen.findByRole('textbox', { name: 'Införande och upphandling 2029' });
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('textbox', { name: 'Licenser 2029' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('textbox', { name: 'Egen tid för test 2029' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('textbox', { name: 'Egen tid för test 2029' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('textbox', { name: 'Licenser 2029' })).toHaveFocus();
  });
});

describe('the process panel and the benefit realisation plan', () => {
  it('names the incomplete plan as the reason "Markera som beredd" is blocked, with a link to the calculation', async () => {
    renderPage(
      <ProcessPanel
        initiative={{ ...initiative, status: 'IN_PREPARATION', availableActions: [{ action: 'MARK_PREPARED', to: 'PREPARED', allowed: false, reasons: ['REALISATION_PLAN_INCOMPLETE'] }] }}
        onTransitioned={() => undefined}
        onReload={() => undefined}
      />,
      { path: '/initiatives/:id', route: '/initiatives/i-2', user: analystUser },
    );
    const blocked = await screen.findByTestId('blocked-steps');
    expect(blocked).toHaveTextContent(
      'Nyttorealiseringsplanen är inte komplett: varje nytta behöver nyttoägare, indikator, mätmetod, nuläge, målvärde och uppföljningsdatum.',
    );
    expect(within(blocked).getByRole('link', { name: 'Till nyttorealiseringsplanen i nyttokalkylen' })).toHaveAttribute('href', '#nyttokalkyl');
  });
});

describe('the calculations in the initiative’s history', () => {
  it('are named and summed up readably, without the technical fields', async () => {
    const calcHistory = {
      ...initiative,
      history: [
        {
          id: 'h1',
          occurredAt: '2026-11-25T09:30:00.000Z',
          actorName: 'Per Portföljkontor',
          operation: 'CREATE',
          changes: [
            { field: 'kind', before: null, after: '"REVIEWED"' },
            { field: 'sheet', before: null, after: JSON.stringify({ costs: [{ label: 'Licenser', unit: 'KRONOR', amounts: [{ year: 2028, amount: 200000 }, { year: 2029, amount: 200000 }] }], benefits: [{ label: 'Frigjord tid', unit: 'HOURS', amounts: [{ year: 2028, amount: 1400 }] }] }) },
            { field: 'figures', before: null, after: JSON.stringify({ npv: 1234567.8, benefitCostRatio: 1.456 }) },
            { field: 'parameters', before: null, after: JSON.stringify({ baseYear: 2027 }) },
            { field: 'initiative', before: null, after: '"i-2"' },
            { field: 'updatedById', before: null, after: '"u-analyst"' },
          ],
        },
        { id: 'h2', occurredAt: '2026-11-25T09:30:00.000Z', actorName: 'Per Portföljkontor', operation: 'UPDATE', changes: [{ field: 'npv', before: null, after: '1234567.8' }] },
      ],
    };
    renderPage(<InitiativeTimeline initiative={calcHistory} reference={referenceData} />, { path: '/initiatives/:id', route: '/initiatives/i-2' });
    const table = await screen.findByTestId('change-history');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').slice(3).map((c) => c.textContent)]);
    expect(rows).toEqual([
      ['Nyttokalkyl', '(tomt)', 'Portföljkontorets granskade kalkyl'],
      ['Nyttokalkylens rader', '(tomt)', `Kostnader: Licenser ${sv(400_000)}. Nyttor: Frigjord tid 1\u00a0400 h.`],
      ['Nyttokalkylens nyckeltal', '(tomt)', `Nettonuvärde ${sv(1_234_568)}, nyttokvot 1,46`],
      ['Nettonuvärde (NNV)', '(tomt)', sv(1_234_568)],
    ]);
  });
});
