import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_CRITERIA, DEFAULT_MUST_REQUIREMENTS, ahpWeights, normaliseWeights } from '@dp/domain/prioritisation';
import { actorOf, type CriteriaRoundsQuery, type MockHandler, type SessionUser } from '@dp/web/data-access';
import { renderAdmin } from '../testing/render';
import { adminUser, analystUser, applicantUser, auditorUser } from '../testing/fixtures';
import { adminNavItems } from './access';
import { CriteriaPage } from './criteria-page';

type Round = CriteriaRoundsQuery['fundRounds'][number];
type CriteriaSet = Round['criteriaSet'];

const nbsp = '\u00a0';
const weights = normaliseWeights(DEFAULT_CRITERIA);

const defaultSet = (over: Partial<CriteriaSet> = {}): CriteriaSet => ({
  id: 'cs-2027-2',
  number: 2,
  status: 'DRAFT',
  frozenAt: null,
  fingerprint: null,
  criteria: DEFAULT_CRITERIA.map((c, i) => ({ ...c, normalisedWeight: weights[i] ?? 0, scale: c.scale.map((l) => ({ ...l })) })),
  mustRequirements: DEFAULT_MUST_REQUIREMENTS.map((r) => ({ ...r })),
  pairwise: null,
  consistencyRatio: null,
  updatedByName: 'Per Portföljkontor',
  updatedAt: '2027-02-10T09:30:00.000Z',
  version: 5,
  ...over,
});

const FINGERPRINT = 'a3f1c2d4e5b6a7980123456789abcdef0123456789abcdef0123456789abcdef';
const version1 = defaultSet({ id: 'cs-2027-1', number: 1, status: 'FROZEN', frozenAt: '2027-01-20T10:00:00.000Z', fingerprint: FINGERPRINT, version: 3 });

const round = (over: Partial<Round> = {}): Round => ({
  id: 'r-2027',
  code: 'DP2027',
  name: 'Digitaliseringspotten 2027',
  year: 2027,
  status: 'OPEN',
  version: 9,
  budget: 10_000_000,
  calculationParameters: { baseYear: 2027, horizonYears: 3 },
  yearlyBudgets: [],
  staffCapacity: [],
  delegation: [
    { upTo: 500_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
    { upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
  ],
  criteriaSet: defaultSet(),
  criteriaSets: [defaultSet(), version1],
  ...over,
});

const rounds = (over: Partial<Round> = {}): Round[] => [
  round({ id: 'r-2026', code: 'DP2026', name: 'Digitaliseringspotten 2026', year: 2026, status: 'CLOSED', criteriaSet: defaultSet({ id: 'cs-2026-1', number: 1 }), criteriaSets: [] }),
  round(over),
];

function renderCriteria({
  user = analystUser,
  route = '/criteria',
  mutation,
  roundsHandler = () => rounds(),
  language = 'sv',
}: { user?: SessionUser; route?: string; mutation?: MockHandler; roundsHandler?: () => Round[]; language?: 'sv' | 'en' } = {}) {
  return renderAdmin(<CriteriaPage />, {
    path: '/criteria',
    route,
    user,
    language,
    query: (name) => (name === 'CriteriaRounds' ? { data: { fundRounds: roundsHandler() } } : undefined),
    ...(mutation ? { mutation } : {}),
  });
}

/** the API's answer: the set saved as sent, the next version; a frozen set becomes number + 1 */
const savedCriteria =
  (current: CriteriaSet = defaultSet()): MockHandler =>
  (name, variables) => {
    if (name !== 'UpdateCriteriaSet') return undefined;
    const input = variables['input'] as { criteria: { weight: number }[]; mustRequirements: unknown[]; pairwise: number[][] | null };
    const shares = normaliseWeights(input.criteria);
    const frozen = current.status === 'FROZEN';
    return {
      data: {
        updateCriteriaSet: {
          ...current,
          id: frozen ? `cs-new` : current.id,
          number: frozen ? current.number + 1 : current.number,
          status: 'DRAFT',
          frozenAt: null,
          fingerprint: null,
          version: frozen ? 1 : (variables['version'] as number) + 1,
          criteria: input.criteria.map((c, i) => ({ ...c, normalisedWeight: shares[i] })),
          mustRequirements: input.mustRequirements,
          pairwise: input.pairwise,
          consistencyRatio: input.pairwise ? ahpWeights(input.pairwise).consistencyRatio : null,
        },
      },
    };
  };

const mutations = (calls: { kind: string; operationName: string; variables: Record<string, unknown> }[], name: string) =>
  calls.filter((c) => c.kind === 'mutation' && c.operationName === name);

const criterionGroup = (name: RegExp | string) => screen.getByRole('group', { name });
const heading = () => screen.findByRole('heading', { level: 1, name: 'Bedömningskriterier' });

/** puts a longer text in a field at once (typing it character by character only makes the test slow) */
async function paste(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function replace(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text) await user.type(input, text);
}

/** the share column of the weights table, by criterion */
function shares(): Record<string, string> {
  const table = screen.getByRole('table', { name: 'Kriteriernas vikter och andel av totalvikten' });
  const rows = within(table).getAllByRole('row').slice(1);
  return Object.fromEntries(rows.map((r) => [within(r).getByRole('rowheader').textContent ?? '', within(r).getAllByRole('cell').at(-1)?.textContent ?? '']));
}

// a big form: jsdom needs its time for the accessible names when the whole suite runs at once
describe('CriteriaPage', () => {
  it('shows the open round’s current version with its criteria, weights as shares, must-requirements and earlier versions', async () => {
    renderCriteria();
    expect(await heading()).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Ansökningsomgång' })).toHaveValue('Digitaliseringspotten 2027 (Öppen)');

    const version = screen.getByTestId('criteria-version');
    expect(within(version).getByRole('heading', { level: 2, name: 'Version 2' })).toBeInTheDocument();
    expect(version).toHaveTextContent('Status:Utkast');
    expect(version).toHaveTextContent('2027-02-10 10:30 av Per Portföljkontor');
    expect(screen.queryByTestId('criteria-frozen')).not.toBeInTheDocument();

    const first = criterionGroup('Kriterium 1: Bättre kvalitet i service till invånarna');
    expect(within(first).getByRole('textbox', { name: /^Namn/ })).toHaveValue('Bättre kvalitet i service till invånarna');
    expect(within(first).getByRole('textbox', { name: /^Vikt/ })).toHaveValue('20');
    expect(within(first).getByText('Id: quality-for-residents')).toBeInTheDocument();
    expect(within(first).getByTestId('scale-summary-0')).toHaveTextContent('0 Ingen, 1 Liten, 2 Måttlig, 3 Stor, 4 Mycket stor');
    expect(within(first).queryByRole('textbox', { name: 'Benämning, nivå 4' })).not.toBeInTheDocument();
    await userEvent.setup().click(within(first).getByRole('button', { name: 'Visa och ändra skalan' }));
    expect(within(first).getByRole('button', { name: 'Dölj skalan' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(first).getByRole('textbox', { name: 'Benämning, nivå 4' })).toHaveValue('Stor');
    expect(within(first).getByRole('textbox', { name: 'Beskrivning, nivå 4' })).toHaveValue(DEFAULT_CRITERIA[0]!.scale[3]!.description);
    expect(within(first).getByRole('textbox', { name: 'Poäng, nivå 5' })).toHaveValue('4');
    expect(screen.getAllByRole('group', { name: /^Kriterium \d: / })).toHaveLength(6);

    expect(shares()).toEqual({
      'Bättre kvalitet i service till invånarna': `20,0${nbsp}%`,
      'Minskade kostnader för förvaltningarna': `20,0${nbsp}%`,
      'Förbättrad arbetsmiljö': `15,0${nbsp}%`,
      'Strategisk koppling till målområdena': `20,0${nbsp}%`,
      'Genomförbarhet och risk': `15,0${nbsp}%`,
      'Angelägenhet eller lagkrav': `10,0${nbsp}%`,
      Summa: `100,0${nbsp}%`,
    });

    expect(screen.getByRole('group', { name: 'Ska-krav 1: Verifierat behov' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: /^Ska-krav \d: / })).toHaveLength(4);
    expect(screen.getByRole('switch', { name: 'Härled vikterna genom parvis jämförelse' })).not.toBeChecked();

    expect(within(screen.getByTestId('criteria-versions')).getByRole('button', { name: 'Version 1 – Fryst sedan 2027-01-20' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spara bedömningskriterierna' })).toBeInTheDocument();
  });

  it('changes the shares as a weight is typed', async () => {
    const user = userEvent.setup();
    renderCriteria();
    await heading();
    const first = criterionGroup(/^Kriterium 1:/);
    await replace(user, within(first).getByRole('textbox', { name: /^Vikt/ }), '40');
    // 40 / 120
    expect(shares()['Bättre kvalitet i service till invånarna']).toBe(`33,3${nbsp}%`);
    expect(shares()['Angelägenhet eller lagkrav']).toBe(`8,3${nbsp}%`);
    expect(within(first).getByText('Andel: 33,3 %')).toBeInTheDocument();

    await replace(user, within(first).getByRole('textbox', { name: /^Vikt/ }), '12,5');
    // 12,5 / 92,5
    expect(shares()['Bättre kvalitet i service till invånarna']).toBe(`13,5${nbsp}%`);

    await replace(user, within(first).getByRole('textbox', { name: /^Vikt/ }), 'mycket');
    expect(shares()['Bättre kvalitet i service till invånarna']).toBe('–');
    expect(screen.getByText('Fyll i en giltig vikt för varje kriterium för att se andelarna.')).toBeInTheDocument();
  });

  it('derives the weights by pairwise comparison, warns about inconsistent judgements and sends the matrix', async () => {
    const user = userEvent.setup();
    const three = defaultSet({ criteria: defaultSet().criteria.slice(0, 3) });
    const { calls } = renderCriteria({ roundsHandler: () => rounds({ criteriaSet: three, criteriaSets: [three] }), mutation: savedCriteria(three) });
    await heading();
    await user.click(screen.getByRole('switch', { name: 'Härled vikterna genom parvis jämförelse' }));

    const residents = 'Bättre kvalitet i service till invånarna';
    const costs = 'Minskade kostnader för förvaltningarna';
    const environment = 'Förbättrad arbetsmiljö';
    const ab = screen.getByRole('combobox', { name: `${residents} (A) jämfört med ${costs} (B)` });
    const bc = screen.getByRole('combobox', { name: `${costs} (A) jämfört med ${environment} (B)` });
    const ac = screen.getByRole('combobox', { name: `${residents} (A) jämfört med ${environment} (B)` });
    expect(ab).toHaveValue('1');
    expect(within(ab).getByRole('option', { name: 'A mycket starkt viktigare än B' })).toHaveValue('7');
    expect(within(ab).getByRole('option', { name: 'B måttligt viktigare än A' })).toHaveValue('1/3');
    expect(within(ab).getAllByRole('option')).toHaveLength(17);
    // no weight fields while they are derived
    expect(within(criterionGroup(/^Kriterium 1:/)).queryByRole('textbox', { name: /^Vikt/ })).not.toBeInTheDocument();

    // consistent: residents 2 × costs, costs 2 × environment, residents 4 × environment
    await user.selectOptions(ab, '2');
    await user.selectOptions(bc, '2');
    await user.selectOptions(ac, '4');
    expect(screen.getByRole('status', { name: 'Konsistenskvot (CR)' })).toHaveTextContent('0,00 (godtagbart upp till 0,10)');
    expect(shares()).toMatchObject({ [residents]: `57,1${nbsp}%`, [costs]: `28,6${nbsp}%`, [environment]: `14,3${nbsp}%` });
    expect(screen.queryByTestId('ahp-inconsistent')).not.toBeInTheDocument();

    // circular: residents ≫ costs ≫ environment ≫ residents
    await user.selectOptions(ab, '9');
    await user.selectOptions(bc, '9');
    await user.selectOptions(ac, '1/9');
    const matrix = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const cr = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ahpWeights(matrix).consistencyRatio);
    expect(screen.getByTestId('ahp-inconsistent')).toHaveTextContent(`Jämförelserna är inte konsekventa (CR ${cr}). Se över dem innan du sparar.`);
    expect(screen.getByRole('status', { name: 'Konsistenskvot (CR)' })).toHaveTextContent(cr);

    // a milder judgement makes it acceptable again
    await user.selectOptions(ab, '1');
    await user.selectOptions(bc, '1');
    await user.selectOptions(ac, '1');
    expect(screen.queryByTestId('ahp-inconsistent')).not.toBeInTheDocument();
    await user.selectOptions(ab, '1/3');

    await user.click(screen.getByRole('button', { name: 'Spara bedömningskriterierna' }));
    expect(await screen.findByText('Bedömningskriterierna för Digitaliseringspotten 2027 har sparats.')).toBeInTheDocument();
    const [sent] = mutations(calls, 'UpdateCriteriaSet');
    const input = sent!.variables['input'] as { pairwise: number[][]; criteria: { weight: number }[] };
    expect(input.pairwise).toEqual([
      [1, 1 / 3, 1],
      [3, 1, 1],
      [1, 1, 1],
    ]);
    expect(input.criteria.map((c) => c.weight)).toEqual(ahpWeights(input.pairwise).weights);
  });

  it('checks the criteria with the domain’s rules before sending and shows each error at its field', async () => {
    const user = userEvent.setup();
    const { calls } = renderCriteria({ mutation: savedCriteria() });
    await heading();
    const second = criterionGroup(/^Kriterium 2:/);
    await user.clear(within(second).getByRole('textbox', { name: /^Namn/ }));
    await replace(user, within(second).getByRole('textbox', { name: /^Vikt/ }), '-5');
    const first = criterionGroup(/^Kriterium 1:/);
    await user.click(within(first).getByRole('button', { name: 'Visa och ändra skalan' }));
    await replace(user, within(first).getByRole('textbox', { name: 'Poäng, nivå 3' }), '7');
    await user.clear(within(screen.getByRole('group', { name: 'Ska-krav 1: Verifierat behov' })).getByRole('textbox', { name: /^Beskrivning/ }));

    await user.click(screen.getByRole('button', { name: 'Spara bedömningskriterierna' }));

    expect(await screen.findByTestId('criteria-invalid')).toHaveTextContent('Formuläret innehåller fel. Rätta de markerade fälten och försök igen.');
    const unnamed = criterionGroup('Kriterium 2');
    const name = within(unnamed).getByRole('textbox', { name: /^Namn/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Fyll i kriteriets namn.'));
    expect(within(unnamed).getByRole('textbox', { name: /^Vikt/ })).toHaveAccessibleDescription(expect.stringContaining('Vikten kan inte vara negativ.'));
    expect(within(first).getByRole('textbox', { name: 'Poäng, nivå 3' })).toHaveAccessibleDescription(
      'Poängen ska vara heltal i följd, till exempel 0, 1, 2, 3, 4, från -100 till 100.',
    );
    const requirement = within(screen.getByRole('group', { name: 'Ska-krav 1: Verifierat behov' })).getByRole('textbox', { name: /^Beskrivning/ });
    expect(requirement).toHaveAccessibleDescription('Beskriv ska-kravet.');
    // the first field with an error, in the order of the form
    expect(within(first).getByRole('textbox', { name: 'Poäng, nivå 3' })).toHaveFocus();
    expect(mutations(calls, 'UpdateCriteriaSet')).toHaveLength(0);

    // corrected, the message goes away as the user types
    await user.type(name, 'Billigare');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('saves the edited set on its version: weights, a moved criterion, a new level and a new must-requirement with an id from its name', async () => {
    const user = userEvent.setup();
    const { calls } = renderCriteria({ mutation: savedCriteria() });
    await heading();
    const first = criterionGroup(/^Kriterium 1:/);
    await replace(user, within(first).getByRole('textbox', { name: /^Vikt/ }), '25,5');
    await user.click(within(first).getByRole('button', { name: 'Visa och ändra skalan' }));
    await user.click(within(first).getByRole('button', { name: 'Lägg till nivå' }));
    await user.type(within(first).getByRole('textbox', { name: 'Benämning, nivå 6' }), 'Exceptionell');
    await paste(user, within(first).getByRole('textbox', { name: 'Beskrivning, nivå 6' }), 'Förändrar servicen i grunden.');
    await user.click(screen.getByRole('button', { name: 'Flytta ned Förbättrad arbetsmiljö' }));
    expect(screen.getByText('Förbättrad arbetsmiljö är nu kriterium 4.')).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', { name: 'Ta bort Angelägenhet eller lagkrav' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till ska-krav' }));
    const added = screen.getByRole('group', { name: 'Ska-krav 5' });
    await paste(user, within(added).getByRole('textbox', { name: /^Namn/ }), 'Godkänd informationsklassning');
    await paste(user, within(added).getByRole('textbox', { name: /^Beskrivning/ }), 'K/R/T är gjord.');

    await user.click(screen.getByRole('button', { name: 'Spara bedömningskriterierna' }));
    expect(await screen.findByText('Bedömningskriterierna för Digitaliseringspotten 2027 har sparats.')).toBeInTheDocument();

    const sent = mutations(calls, 'UpdateCriteriaSet');
    expect(sent).toHaveLength(1);
    const criteria = DEFAULT_CRITERIA.map((c) => ({ id: c.id, name: c.name, description: c.description, weight: c.weight, scale: c.scale.map((l) => ({ ...l })) }));
    const [residents, costs, environment, strategic, feasibility] = criteria;
    expect(sent[0]!.variables).toEqual({
      fundRoundId: 'r-2027',
      version: 5,
      input: {
        criteria: [
          { ...residents!, weight: 25.5, scale: [...residents!.scale, { value: 5, label: 'Exceptionell', description: 'Förändrar servicen i grunden.' }] },
          costs,
          strategic,
          environment,
          feasibility,
        ],
        mustRequirements: [...DEFAULT_MUST_REQUIREMENTS, { id: 'godkand-informationsklassning', name: 'Godkänd informationsklassning', description: 'K/R/T är gjord.' }],
        pairwise: null,
      },
    });
    // the form now shows what was saved, with the new id, and the next save goes with the new version
    expect(within(screen.getByRole('group', { name: 'Ska-krav 5: Godkänd informationsklassning' })).getByText('Id: godkand-informationsklassning')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara bedömningskriterierna' }));
    await waitFor(() => expect(mutations(calls, 'UpdateCriteriaSet')).toHaveLength(2));
    expect(mutations(calls, 'UpdateCriteriaSet')[1]!.variables['version']).toBe(6);
  });

  it('explains a frozen version, shows its fingerprint and saves the change as the next version', async () => {
    const user = userEvent.setup();
    const frozen = defaultSet({ status: 'FROZEN', frozenAt: '2027-03-01T08:00:00.000Z', fingerprint: FINGERPRINT });
    let saved = false;
    const { calls } = renderCriteria({
      roundsHandler: () => {
        if (!saved) return rounds({ criteriaSet: frozen, criteriaSets: [frozen, version1] });
        const next = defaultSet({ id: 'cs-new', number: 3, version: 1 });
        return rounds({ criteriaSet: next, criteriaSets: [next, frozen, version1] });
      },
      mutation: (name, variables) => {
        saved = true;
        return savedCriteria(frozen)(name, variables);
      },
    });
    await heading();
    const version = screen.getByTestId('criteria-version');
    expect(version).toHaveTextContent('Status:Fryst sedan 2027-03-01');
    expect(screen.getByTestId('criteria-fingerprint')).toHaveTextContent(FINGERPRINT);
    expect(screen.getByRole('note')).toHaveTextContent('Versionen är fryst eftersom ett scenario har föreslagits. Ändringar sparas som en ny version.');

    await replace(user, within(criterionGroup(/^Kriterium 1:/)).getByRole('textbox', { name: /^Vikt/ }), '30');
    await user.click(screen.getByRole('button', { name: 'Spara som version 3' }));

    expect(await screen.findByText('Ändringarna har sparats som version 3 för Digitaliseringspotten 2027.')).toBeInTheDocument();
    expect(mutations(calls, 'UpdateCriteriaSet')[0]!.variables['version']).toBe(5);
    // the page reads the round again: version 3 is current, version 2 among the earlier ones
    expect(await within(screen.getByTestId('criteria-version')).findByRole('heading', { name: 'Version 3' })).toBeInTheDocument();
    expect(screen.getByTestId('criteria-version')).toHaveTextContent('Status:Utkast');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('criteria-versions')).getByRole('button', { name: 'Version 2 – Fryst sedan 2027-03-01' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spara bedömningskriterierna' })).toBeInTheDocument();
  });

  it('shows the API’s field errors at their fields, translated', async () => {
    const user = userEvent.setup();
    renderCriteria({
      mutation: () => ({
        errors: [
          { message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'criteria.2.scale.1.label', reason: 'TOO_LONG' } },
          { message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'mustRequirements.1.id', reason: 'DUPLICATE' } },
        ],
      }),
    });
    await heading();
    await user.click(screen.getByRole('button', { name: 'Spara bedömningskriterierna' }));

    const label = within(criterionGroup(/^Kriterium 3:/)).getByRole('textbox', { name: 'Benämning, nivå 2' });
    await waitFor(() => expect(label).toHaveAttribute('aria-invalid', 'true'));
    expect(label).toHaveAccessibleDescription('Skriv högst 200 tecken.');
    expect(label).toHaveFocus();
    expect(within(screen.getByRole('group', { name: /^Ska-krav 2:/ })).getByRole('textbox', { name: /^Namn/ })).toHaveAccessibleDescription(
      expect.stringContaining('Två ska-krav får samma id av sina namn. Ändra namnet på det ena.'),
    );
  });

  it('explains a conflict and keeps what was typed until the user chooses', async () => {
    const user = userEvent.setup();
    let loads = 0;
    const { calls } = renderCriteria({
      mutation: (name, variables) =>
        variables['version'] === 5 ? { errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 6 } }] } : savedCriteria(defaultSet({ version: 6 }))(name, variables),
      roundsHandler: () => {
        loads += 1;
        return loads === 1 ? rounds() : rounds({ criteriaSet: defaultSet({ version: 6, updatedByName: 'Karin Kollega' }) });
      },
    });
    await heading();
    const weight = () => within(criterionGroup(/^Kriterium 1:/)).getByRole('textbox', { name: /^Vikt/ });
    await replace(user, weight(), '35');
    await user.click(screen.getByRole('button', { name: 'Spara bedömningskriterierna' }));

    const conflict = await screen.findByTestId('criteria-conflict');
    expect(conflict).toHaveTextContent('Någon annan har ändrat bedömningskriterierna');
    await user.click(within(conflict).getByRole('button', { name: 'Hämta de senaste kriterierna' }));
    expect(await within(conflict).findByText(/De senaste kriterierna är hämtade\./)).toBeInTheDocument();
    expect(weight()).toHaveValue('35');

    await user.click(within(conflict).getByRole('button', { name: 'Behåll mina ändringar' }));
    await user.click(screen.getByRole('button', { name: 'Spara bedömningskriterierna' }));
    expect(await screen.findByText('Bedömningskriterierna för Digitaliseringspotten 2027 har sparats.')).toBeInTheDocument();
    expect(mutations(calls, 'UpdateCriteriaSet').map((c) => c.variables['version'])).toEqual([5, 6]);
  });

  it('explains a refusal by the API', async () => {
    const user = userEvent.setup();
    renderCriteria({ mutation: () => ({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' } }] }) });
    await heading();
    await user.click(screen.getByRole('button', { name: 'Spara bedömningskriterierna' }));
    expect(await screen.findByText('Bara portföljkontoret och administratörer kan ändra bedömningskriterierna.')).toBeInTheDocument();
  });

  it('opens the round in the URL and puts another chosen round there', async () => {
    const user = userEvent.setup();
    renderCriteria({ route: '/criteria?round=r-2026' });
    await heading();
    expect(within(screen.getByTestId('criteria-version')).getByRole('heading', { name: 'Version 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Ansökningsomgång' }));
    await user.click(await screen.findByRole('option', { name: 'Digitaliseringspotten 2027 (Öppen)' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/criteria?round=r-2027'));
    expect(within(screen.getByTestId('criteria-version')).getByRole('heading', { name: 'Version 2' })).toBeInTheDocument();
  });

  describe('budget per year and staff capacity', () => {
    const savedCapacity: MockHandler = (name, variables) =>
      name === 'UpdateRoundCapacity'
        ? {
            data: {
              updateRoundCapacity: {
                id: variables['fundRoundId'],
                version: (variables['version'] as number) + 1,
                year: 2027,
                budget: 10_000_000,
                calculationParameters: { baseYear: 2027, horizonYears: 3 },
                yearlyBudgets: variables['yearlyBudgets'],
                staffCapacity: variables['staffCapacity'],
              },
            },
          }
        : undefined;

    it('has a row per year of the horizon, sums the yearly budgets beside the round’s budget and sends years and amounts', async () => {
      const user = userEvent.setup();
      const { calls } = renderCriteria({ mutation: savedCapacity, roundsHandler: () => rounds({ staffCapacity: [{ year: 2028, amount: 2000 }] }) });
      await heading();
      const table = screen.getByRole('table', { name: 'Budget och personaltimmar per år' });
      expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['2027', '2028', '2029', '2030', 'Summa årsbudgetar', 'Ansökningsomgångens budget']);
      expect(screen.getByRole('textbox', { name: 'Personaltimmar 2028' })).toHaveValue(`2${nbsp}000`);
      expect(screen.getByTestId('capacity-sum')).toHaveTextContent('Inga årsbudgetar');
      expect(screen.getByTestId('capacity-total')).toHaveTextContent(`10 000 000 kr`);
      expect(screen.queryByTestId('capacity-differs')).not.toBeInTheDocument();

      await user.type(screen.getByRole('textbox', { name: 'Budget 2027 (kr)' }), '4 000 000');
      await user.type(screen.getByRole('textbox', { name: 'Budget 2028 (kr)' }), '3 500 000');
      await user.type(screen.getByRole('textbox', { name: 'Personaltimmar 2027' }), '1 500,5');
      expect(screen.getByTestId('capacity-sum')).toHaveTextContent(`7 500 000 kr`);
      expect(screen.getByTestId('capacity-differs')).toHaveTextContent(
        `Summan av årsbudgetarna (7 500 000 kr) skiljer sig från ansökningsomgångens budget (10 000 000 kr) med 2 500 000 kr.`,
      );
      await user.type(screen.getByRole('textbox', { name: 'Budget 2029 (kr)' }), '2500000');
      expect(screen.queryByTestId('capacity-differs')).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Spara budget och personalkapacitet' }));
      expect(await screen.findByText('Budget per år och personalkapacitet för Digitaliseringspotten 2027 har sparats.')).toBeInTheDocument();
      const sent = mutations(calls, 'UpdateRoundCapacity');
      expect(sent).toHaveLength(1);
      expect(sent[0]!.variables).toEqual({
        fundRoundId: 'r-2027',
        version: 9,
        yearlyBudgets: [
          { year: 2027, amount: 4_000_000 },
          { year: 2028, amount: 3_500_000 },
          { year: 2029, amount: 2_500_000 },
        ],
        staffCapacity: [
          { year: 2027, amount: 1500.5 },
          { year: 2028, amount: 2000 },
        ],
      });
      expect(screen.getByRole('textbox', { name: 'Budget 2029 (kr)' })).toHaveValue(`2${nbsp}500${nbsp}000`);
      expect(mutations(calls, 'UpdateCriteriaSet')).toHaveLength(0);
    });

    it('sends empty lists when every field is emptied, and refuses what is no amount', async () => {
      const user = userEvent.setup();
      const { calls } = renderCriteria({ mutation: savedCapacity, roundsHandler: () => rounds({ yearlyBudgets: [{ year: 2027, amount: 5_000_000 }] }) });
      await heading();
      const budget = screen.getByRole('textbox', { name: 'Budget 2027 (kr)' });
      await replace(user, budget, '5 000 000,50');
      await user.click(screen.getByRole('button', { name: 'Spara budget och personalkapacitet' }));
      expect(budget).toHaveAccessibleDescription('Ange beloppet i hela kronor, utan ören.');
      expect(budget).toHaveFocus();
      expect(mutations(calls, 'UpdateRoundCapacity')).toHaveLength(0);

      await user.clear(budget);
      await user.click(screen.getByRole('button', { name: 'Spara budget och personalkapacitet' }));
      await waitFor(() => expect(mutations(calls, 'UpdateRoundCapacity')).toHaveLength(1));
      expect(mutations(calls, 'UpdateRoundCapacity')[0]!.variables).toMatchObject({ yearlyBudgets: [], staffCapacity: [] });
    });

    it('shows the API’s errors at the year they belong to, and a conflict keeping the values', async () => {
      const user = userEvent.setup();
      let attempt = 0;
      renderCriteria({
        mutation: () => {
          attempt += 1;
          return attempt === 1
            ? { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'staffCapacity.0.year', reason: 'OUTSIDE_HORIZON' } }] }
            : { errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', currentVersion: 10 } }] };
        },
      });
      await heading();
      await user.type(screen.getByRole('textbox', { name: 'Personaltimmar 2029' }), '800');
      await user.click(screen.getByRole('button', { name: 'Spara budget och personalkapacitet' }));
      expect(await screen.findByText('Året ligger utanför ansökningsomgångens kalkylperiod. Töm fältet.')).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Personaltimmar 2029' })).toHaveAttribute('aria-invalid', 'true');

      await user.click(screen.getByRole('button', { name: 'Spara budget och personalkapacitet' }));
      expect(await screen.findByTestId('capacity-conflict')).toHaveTextContent('Någon annan har ändrat ansökningsomgången');
      expect(screen.getByRole('textbox', { name: 'Personaltimmar 2029' })).toHaveValue('800');
    });
  });

  it('speaks English, with English numbers', async () => {
    const user = userEvent.setup();
    const { calls } = renderCriteria({ language: 'en', mutation: savedCriteria() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Assessment criteria' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Fund round' })).toHaveValue('Digitaliseringspotten 2027 (Open)');
    expect(screen.getByTestId('criteria-version')).toHaveTextContent('Status:Draft');
    const first = screen.getByRole('group', { name: 'Criterion 1: Bättre kvalitet i service till invånarna' });
    await replace(user, within(first).getByRole('textbox', { name: /^Weight/ }), '12.5');
    expect(within(first).getByText('Share: 13.5%')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'The weights of the criteria and their share of the total weight' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Must-requirements' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Budget per year and staff capacity' })).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Derive the weights by pairwise comparison' }));
    expect(screen.getAllByRole('option', { name: 'A very strongly more important than B' }).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('switch', { name: 'Derive the weights by pairwise comparison' }));
    await user.click(screen.getByRole('button', { name: 'Save the assessment criteria' }));
    expect(await screen.findByText('The assessment criteria of Digitaliseringspotten 2027 have been saved.')).toBeInTheDocument();
    // equal judgements: every weight 1/6 of the whole, left in the fields as percent
    expect((mutations(calls, 'UpdateCriteriaSet')[0]!.variables['input'] as { criteria: { weight: number }[] }).criteria.map((c) => c.weight)).toEqual(Array(6).fill(16.7));
  });

  it('keeps what was typed meaning the same when the language changes', async () => {
    const user = userEvent.setup();
    const { i18n } = renderCriteria();
    await heading();
    await replace(user, within(criterionGroup(/^Kriterium 1:/)).getByRole('textbox', { name: /^Vikt/ }), '12,5');
    await user.type(screen.getByRole('textbox', { name: 'Budget 2027 (kr)' }), '1 500 000');
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Assessment criteria' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: /^Criterion 1:/ })).getByRole('textbox', { name: /^Weight/ })).toHaveValue('12.5');
    expect(screen.getByRole('textbox', { name: 'Budget 2027 (kr)' })).toHaveValue('1,500,000');
  });

  it('is in the menu of the portfolio office and the administrators only', () => {
    const criteria = { path: '/criteria', labelKey: 'admin:nav.criteria' };
    expect(adminNavItems(actorOf(analystUser))).toContainEqual(criteria);
    expect(adminNavItems(actorOf(adminUser))).toContainEqual(criteria);
    expect(adminNavItems(actorOf(auditorUser))).not.toContainEqual(criteria);
    expect(adminNavItems(actorOf(applicantUser))).not.toContainEqual(criteria);
  });

  it('lets an administrator in too', async () => {
    renderCriteria({ user: adminUser });
    expect(await heading()).toBeInTheDocument();
    expect(criterionGroup(/^Kriterium 1:/)).toBeInTheDocument();
  });

  it('has the round’s delegation order: editable by an administrator, read-only for the portfolio office', async () => {
    const user = userEvent.setup();
    const { calls } = renderCriteria({
      user: adminUser,
      mutation: (name, variables) =>
        name === 'UpdateDelegation'
          ? { data: { updateDelegation: { id: 'r-2027', version: (variables['version'] as number) + 1, delegation: variables['rules'] } } }
          : undefined,
    });
    await heading();
    const form = screen.getByTestId('delegation-form');
    expect(within(form).getByRole('heading', { level: 2, name: 'Delegationsordning' })).toBeInTheDocument();
    await replace(user, within(form).getByRole('textbox', { name: 'Upp till och med, nivå 1 (kr)' }), '600 000');
    await user.click(within(form).getByRole('button', { name: 'Spara delegationsordningen' }));
    expect(await screen.findByText('Delegationsordningen för Digitaliseringspotten 2027 har sparats.')).toBeInTheDocument();
    expect(mutations(calls, 'UpdateDelegation')[0]).toMatchObject({
      variables: { fundRoundId: 'r-2027', version: 9, rules: [{ upTo: 600_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' }, { upTo: null }] },
    });
  });

  it('shows the delegation order read-only to the portfolio office', async () => {
    renderCriteria();
    await heading();
    expect(screen.getByTestId('delegation-read-only')).toHaveTextContent('Bara administratörer kan ändra delegationsordningen.');
    expect(screen.queryByTestId('delegation-form')).not.toBeInTheDocument();
  });

  it.each([
    ['an applicant', applicantUser],
    ['an auditor', auditorUser],
  ])('tells %s that the page is not for them, and asks for nothing', (_who, user) => {
    const { calls } = renderCriteria({ user });
    expect(screen.getByRole('heading', { level: 1, name: 'Bedömningskriterier' })).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Du har inte behörighet till sidan');
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Bara portföljkontoret och administratörer kan ändra bedömningskriterierna');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
