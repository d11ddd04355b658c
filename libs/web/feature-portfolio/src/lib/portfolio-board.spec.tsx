import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { budgetLine, rankingOrder } from '@dp/domain/prioritisation';
import { formatMoney } from '@dp/domain/money';
import type { BoardItem, ScenarioInputShape, SettingsInput } from './board-model';
import { PortfolioBoard, type BoardScenario, type OptimiseOutcome } from './portfolio-board';
import type { SaveScenarioOutcome } from './save-scenario-panel';
import { items, optimalResult, round } from './testing/fixtures';
import { renderPortfolio } from './testing/render';

const titleOf = (id: string) => items.find((i) => i.id === id)?.title ?? id;
const rankingItems = items.map((i) => ({ id: i.id, score: i.score, npv: i.npv, npvPerKrona: i.npvPerKrona, amount: i.requestedAmount }));
/** money as the page shows it, with the spaces testing-library's text matching sees */
const sv = (amount: number) => formatMoney(amount, 'sv-SE').replace(/\s/g, ' ');

/** The ids of the board's rows, top to bottom. */
const shownOrder = () => screen.getAllByTestId('ranking-row').map((row) => row.getAttribute('data-id'));

/** The rows and the budget line row, top to bottom: ids, and `LINE` for the line. */
const shownRowsWithLine = () =>
  within(screen.getByRole('table', { name: /^Rangordning av/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => (row.getAttribute('data-testid') === 'budget-line' ? 'LINE' : row.getAttribute('data-id')));

/** dnd-kit's live region (it announces the keyboard drag). */
const dndAnnouncement = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';

interface Props {
  items?: BoardItem[];
  scenarios?: BoardScenario[];
  mayEdit?: boolean;
  onOptimise?: (settings: SettingsInput) => Promise<OptimiseOutcome>;
  onSave?: (input: ScenarioInputShape) => Promise<SaveScenarioOutcome>;
  yearly?: boolean;
  language?: 'sv' | 'en';
}

function renderBoard({ items: shown = items, scenarios = [], mayEdit = true, onOptimise, onSave, yearly = false, language = 'sv' }: Props = {}) {
  const optimise = jest.fn(onOptimise ?? (() => Promise.resolve<OptimiseOutcome>({ ok: true, result: optimalResult })));
  const save = jest.fn(
    onSave ??
      ((input: ScenarioInputShape) =>
        Promise.resolve<SaveScenarioOutcome>({
          ok: true,
          scenario: { id: 's-1', name: input.name, result: { selected: ['i-a', 'i-b'], totalCost: 3_900_000, shareOfOptimum: 0.87 } },
        })),
  );
  const r = yearly
    ? {
        ...round,
        yearlyBudgets: [
          { year: 2027, amount: 6_000_000 },
          { year: 2028, amount: 6_000_000 },
        ],
      }
    : round;
  const view = renderPortfolio(<PortfolioBoard round={r} items={shown} scenarios={scenarios} mayEdit={mayEdit} onOptimise={optimise} onSave={save} />, {
    language,
  });
  return { ...view, optimise, save };
}

// jsdom lays nothing out: give every board row a place (40 px high, in DOM order) so that dnd-kit's
// keyboard coordinates find the row above and below
const realRect = Element.prototype.getBoundingClientRect;
beforeEach(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (this instanceof HTMLTableRowElement && this.dataset['testid'] === 'ranking-row') {
      const rows = Array.from(document.querySelectorAll('tr[data-testid="ranking-row"]'));
      const top = rows.indexOf(this) * 40;
      return { x: 0, y: top, top, left: 0, right: 800, bottom: top + 40, width: 800, height: 40, toJSON: () => ({}) } as DOMRect;
    }
    return realRect.call(this);
  };
});
afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect;
});


describe('PortfolioBoard: ordering', () => {
  it('orders by weighted score first, and by NPV, NPV per krona and a blend exactly as the domain ranks them', async () => {
    const user = userEvent.setup();
    renderBoard();
    expect(screen.getByRole('radio', { name: 'Viktad poäng' })).toBeChecked();
    expect(shownOrder()).toEqual(rankingOrder(rankingItems, 'SCORE'));
    expect(shownOrder()).toEqual(['i-a', 'i-b', 'i-c', 'i-d', 'i-e', 'i-f', 'i-g', 'i-h', 'i-i', 'i-j', 'i-k']);

    await user.click(screen.getByRole('radio', { name: 'Nettonuvärde' }));
    expect(shownOrder()).toEqual(rankingOrder(rankingItems, 'NPV'));
    expect(shownOrder()[0]).toBe('i-b');
    expect(screen.getByTestId('board-announcement')).toHaveTextContent('Listan är nu ordnad efter nettonuvärde.');

    await user.click(screen.getByRole('radio', { name: 'Nettonuvärde per krona' }));
    expect(shownOrder()).toEqual(rankingOrder(rankingItems, 'NPV_PER_KRONA'));

    await user.click(screen.getByRole('radio', { name: 'Sammanvägd' }));
    const weight = screen.getByRole('textbox', { name: 'Vikt för viktad poäng (%)' });
    expect(shownOrder()).toEqual(rankingOrder(rankingItems, 'BLEND', { blendWeight: 0.5 }));
    await user.clear(weight);
    await user.type(weight, '80');
    expect(shownOrder()).toEqual(rankingOrder(rankingItems, 'BLEND', { blendWeight: 0.8 }));
  });

  it('switching to Manuell starts from the order shown', async () => {
    const user = userEvent.setup();
    renderBoard();
    await user.click(screen.getByRole('radio', { name: 'Nettonuvärde' }));
    const byNpv = shownOrder();
    await user.click(screen.getByRole('radio', { name: 'Manuell' }));
    expect(shownOrder()).toEqual(byNpv);
    expect(screen.getByRole('table', { name: 'Rangordning av de beredda ansökningarna, ordning: Manuell' })).toBeInTheDocument();
  });
});

describe('PortfolioBoard: moving by keyboard', () => {
  it('Space picks up the handle, the arrows move, Space drops: the order changes and every step is announced', async () => {
    renderBoard();
    const handle = screen.getByRole('button', { name: `Flytta ${titleOf('i-c')}, plats 3 av 11` });
    expect(handle).toHaveAttribute('aria-roledescription', 'flyttbar');
    // the instructions the handle is described by
    expect(handle).toHaveAccessibleDescription(/Tryck mellanslag eller Enter för att lyfta initiativet/);
    handle.focus();

    await act(async () => {
      fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waitFor(() => expect(dndAnnouncement()).toBe(`Du har lyft ${titleOf('i-c')}. Den är nu på plats 3 av 11.`));

    for (let k = 0; k < 2; k++) {
      await act(async () => {
        fireEvent.keyDown(handle, { code: 'ArrowUp', key: 'ArrowUp' });
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    }
    await waitFor(() => expect(dndAnnouncement()).toBe(`${titleOf('i-c')} är nu på plats 1 av 11.`));

    await act(async () => {
      fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waitFor(() => expect(shownOrder().slice(0, 4)).toEqual(['i-c', 'i-a', 'i-b', 'i-d']));
    expect(dndAnnouncement()).toBe(`${titleOf('i-c')} släpptes på plats 1 av 11.`);
    expect(screen.getByRole('button', { name: `Flytta ${titleOf('i-c')}, plats 1 av 11` })).toBe(handle);
    // a move makes the order manual
    expect(screen.getByRole('radio', { name: 'Manuell' })).toBeChecked();
  });

  it('Escape cancels a move', async () => {
    renderBoard();
    const handle = screen.getByRole('button', { name: `Flytta ${titleOf('i-d')}, plats 4 av 11` });
    handle.focus();
    for (const code of ['Space', 'ArrowDown', 'Escape']) {
      await act(async () => {
        fireEvent.keyDown(handle, { code, key: code === 'Space' ? ' ' : code });
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    }
    await waitFor(() => expect(dndAnnouncement()).toBe(`Flytten avbröts. ${titleOf('i-d')} ligger kvar på plats 4 av 11.`));
    expect(shownOrder()).toEqual(rankingOrder(rankingItems, 'SCORE'));
    expect(screen.getByRole('radio', { name: 'Viktad poäng' })).toBeChecked();
  });

  it('"Flytta upp" and "Flytta ned" move one place, announce it and keep the focus on the row', async () => {
    const user = userEvent.setup();
    renderBoard();
    await user.click(screen.getByRole('button', { name: `Flytta ned ${titleOf('i-a')}` }));
    expect(shownOrder().slice(0, 2)).toEqual(['i-b', 'i-a']);
    expect(screen.getByTestId('board-announcement')).toHaveTextContent(`${titleOf('i-a')} flyttades till plats 2 av 11.`);
    expect(screen.getByRole('button', { name: `Flytta ned ${titleOf('i-a')}` })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: `Flytta upp ${titleOf('i-a')}` }));
    expect(shownOrder().slice(0, 2)).toEqual(['i-a', 'i-b']);
    // at the top there is no "up": the focus goes to "down"
    expect(screen.getByRole('button', { name: `Flytta upp ${titleOf('i-a')}` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Flytta ned ${titleOf('i-a')}` })).toHaveFocus();
  });
});

describe('PortfolioBoard: the budget line', () => {
  it('is drawn after the last item that fits, with the amount used, and the rows below say so in words', () => {
    renderBoard();
    const line = budgetLine(
      rankingOrder(rankingItems, 'SCORE'),
      items.map((i) => ({ id: i.id, amount: i.requestedAmount })),
      round.budget,
    );
    expect(line.lineIndex).toBe(7);
    expect(shownRowsWithLine()).toEqual(['i-a', 'i-b', 'i-c', 'i-d', 'i-e', 'i-f', 'i-g', 'LINE', 'i-h', 'i-i', 'i-j', 'i-k']);
    expect(screen.getByTestId('budget-line')).toHaveTextContent('Budgeten räcker hit – 11 820 000 kr av 12 000 000 kr');

    const rowOf = (id: string) => screen.getAllByTestId('ranking-row').find((r) => r.getAttribute('data-id') === id)!;
    expect(within(rowOf('i-g')).getByText('Inom budget')).toBeInTheDocument();
    expect(within(rowOf('i-g')).getByText(sv(11_820_000))).toBeInTheDocument();
    expect(within(rowOf('i-h')).getByText('Under budgetlinjen')).toBeInTheDocument();
    expect(within(rowOf('i-h')).getByText(sv(12_720_000))).toBeInTheDocument();

    // not eligible, and not yet assessed, are marked and explained
    expect(within(rowOf('i-j')).getByText('Uppfyller inte ska-kraven')).toBeInTheDocument();
    expect(within(rowOf('i-j')).getByText('Ej uppfyllt: Finansiering av driften')).toBeInTheDocument();
    expect(within(rowOf('i-k')).getByText('Ej besvarat: Namngiven nyttoägare')).toBeInTheDocument();
    expect(within(rowOf('i-k')).getAllByText('Saknas')).toHaveLength(2);
  });

  it('moves with the order', async () => {
    const user = userEvent.setup();
    renderBoard();
    // the small H moved above G: H fits, G does not
    await user.click(screen.getByRole('button', { name: `Flytta upp ${titleOf('i-h')}` }));
    expect(shownRowsWithLine().slice(5, 10)).toEqual(['i-f', 'i-h', 'LINE', 'i-g', 'i-i']);
    expect(screen.getByTestId('budget-line')).toHaveTextContent('Budgeten räcker hit – 11 220 000 kr av 12 000 000 kr');
  });

  it('checks the yearly budgets too: a column per year, and which year runs out first', () => {
    const split = items.map((i) =>
      i.id === 'i-b'
        ? { ...i, amountsByYear: [{ year: 2027, amount: 400_000 }, { year: 2028, amount: 2_000_000 }] }
        : i.id === 'i-d'
          ? { ...i, amountsByYear: [{ year: 2028, amount: 1_800_000 }] }
          : i.id === 'i-e'
            ? { ...i, amountsByYear: [{ year: 2028, amount: 2_000_000 }] }
            : i,
    );
    renderBoard({ items: split, yearly: true });
    expect(screen.getByRole('columnheader', { name: 'Kumulativt 2027' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Kumulativt 2028' })).toBeInTheDocument();
    // 2028: B 2 000 000 + D 1 800 000 + E 2 000 000 = 5 800 000, then G's 0 … 2027: A 1,5 + B 0,4 + C 1,2 + F 1,42 + G 1,5 = 6,02 M > 6 M at G
    expect(screen.getByText('Budgeten för 2027 tar slut först, vid plats 7.')).toBeInTheDocument();
    expect(shownRowsWithLine().slice(5, 8)).toEqual(['i-f', 'LINE', 'i-g']);
    expect(screen.getByTestId('budget-line')).toHaveTextContent('Budgeten räcker hit – 10 320 000 kr av 12 000 000 kr. Budgeten för 2027 tar slut först.');
    const years = screen.getByRole('table', { name: 'Budget per år' });
    expect(within(years).getAllByRole('row')[1]).toHaveTextContent(/2027.*plats 6/);
  });
});

describe('PortfolioBoard: Optimera', () => {
  it('runs with the settings, shows progress, then the status, the selection, the explanations and the comparison', async () => {
    const user = userEvent.setup();
    let resolve: (outcome: OptimiseOutcome) => void = () => undefined;
    const { optimise } = renderBoard({ onOptimise: () => new Promise((r) => (resolve = r)) });
    await user.selectOptions(screen.getByRole('combobox', { name: `Optimering för ${titleOf('i-b')}` }), 'Tvinga in');
    await user.selectOptions(screen.getByRole('combobox', { name: `Optimering för ${titleOf('i-g')}` }), 'Tvinga ut');
    await user.click(screen.getByRole('button', { name: 'Optimera' }));
    expect(optimise).toHaveBeenCalledWith({
      objective: 'SCORE',
      budget: 12_000_000,
      useYearlyBudgets: false,
      useStaffCapacity: false,
      onlyEligible: true,
      forcedIn: ['i-b'],
      forcedOut: ['i-g'],
    });
    expect(screen.getByText('Optimerar …')).toBeInTheDocument();

    await act(async () => resolve({ ok: true, result: optimalResult }));
    expect(screen.getByTestId('optimisation-status')).toHaveTextContent('Bevisat optimalt');
    expect(screen.queryByText('Optimerar …')).not.toBeInTheDocument();
    expect(screen.getByText(`Värde: 570 poäng. 8 initiativ för sammanlagt ${sv(11_820_000)}.`)).toBeInTheDocument();
    // the manual selection above the line (A … G: 525) against the optimum 570
    expect(screen.getByText('Rangordningen efter viktad poäng når 92 % av det uppnåeliga värdet inom samma budget.')).toBeInTheDocument();
    const comparison = screen.getByTestId('optimum-comparison');
    expect(within(comparison).getByText(titleOf('i-h'))).toBeInTheDocument();
    expect(within(comparison).getByText(titleOf('i-i'))).toBeInTheDocument();
    expect(within(comparison).getByText(titleOf('i-g'))).toBeInTheDocument();

    const explanations = screen.getByRole('table', { name: 'Varför initiativen är med eller inte' });
    expect(within(explanations).getByText('Inte med: Budget binder; det skulle behöva 1 320 000 kr mer budget eller 15 poäng mer värde.')).toBeInTheDocument();
    const constraints = screen.getByRole('table', { name: 'Begränsningar' });
    expect(within(constraints).getByRole('row', { name: /Budget/ })).toHaveTextContent(`${sv(12_000_000)}${sv(11_820_000)}${sv(180_000)}Ja`);

    // the board marks the optimal selection
    const rowOf = (id: string) => screen.getAllByTestId('ranking-row').find((r) => r.getAttribute('data-id') === id)!;
    expect(within(rowOf('i-h')).getByText('Med i optimalt urval')).toBeInTheDocument();
    expect(within(rowOf('i-g')).getByText('Inte med i optimalt urval')).toBeInTheDocument();

    // the manual ranking follows the board: with H and I above G it reaches the optimum's 570 … minus G
    await user.click(screen.getByRole('radio', { name: 'Manuell' }));
    expect(screen.getByText('Den manuella rangordningen når 92 % av det uppnåeliga värdet inom samma budget.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Flytta upp ${titleOf('i-h')}` }));
    await user.click(screen.getByRole('button', { name: `Flytta upp ${titleOf('i-i')}` }));
    await user.click(screen.getByRole('button', { name: `Flytta upp ${titleOf('i-i')}` }));
    expect(screen.getByText('Den manuella rangordningen når 100 % av det uppnåeliga värdet inom samma budget.')).toBeInTheDocument();
    expect(screen.getByText('Rangordningen finansierar samma initiativ som optimum.')).toBeInTheDocument();

    // changed settings make the result stale
    await user.click(screen.getByRole('checkbox', { name: 'Bara initiativ som uppfyller ska-kraven' }));
    expect(screen.getByText('Inställningarna har ändrats sedan optimeringen. Optimera igen för ett aktuellt resultat.')).toBeInTheDocument();
  });

  it('passes over what the optimiser may not choose (here: a not eligible initiative) and says where the ranking stops', async () => {
    const user = userEvent.setup();
    const first = items.map((i) => (i.id === 'i-j' ? { ...i, score: 99 } : i));
    renderBoard({ items: first });
    expect(shownOrder()[0]).toBe('i-j');
    await user.click(screen.getByRole('button', { name: 'Optimera' }));
    const comparison = await screen.findByTestId('optimum-comparison');
    // J (45, forced out) and A … F above the line: 510 of 570
    // J (forced out: not eligible) is passed over, as the optimiser does; A … G (525) are funded, H breaks the budget: 525 of 570
    expect(within(comparison).getByText('Rangordningen efter viktad poäng når 92 % av det uppnåeliga värdet inom samma budget.')).toBeInTheDocument();
    expect(comparison).toHaveTextContent(`Hoppas över: ${titleOf('i-j')}.`);
    expect(comparison).toHaveTextContent(`Rangordningen finansierar inte längre än till ${titleOf('i-h')}: Budget räcker inte.`);
    expect(comparison).toHaveTextContent('Värdet av de initiativ som rangordningen finansierar är 525 poäng, optimum är 570 poäng.');
    expect(comparison).not.toHaveTextContent('håller inte alla villkor');
  });

  it('shows the best found with its gap, and an infeasible problem with its conflicts', async () => {
    const user = userEvent.setup();
    const outcomes: OptimiseOutcome[] = [
      { ok: true, result: { ...optimalResult, status: 'FEASIBLE', gap: 0.004 } },
      {
        ok: true,
        result: {
          ...optimalResult,
          status: 'INFEASIBLE',
          objective: null,
          selected: [],
          explanations: [],
          conflicts: ['De tvingade initiativen kostar 14 000 000 kr men budgeten är 12 000 000 kr.'],
        },
      },
    ];
    renderBoard({ onOptimise: () => Promise.resolve(outcomes.shift()!) });
    await user.click(screen.getByRole('button', { name: 'Optimera' }));
    await waitFor(() => expect(screen.getByTestId('optimisation-status')).toHaveTextContent(/^Bästa funna, gap 0,4 %$/));
    await user.click(screen.getByRole('button', { name: 'Optimera' }));
    await waitFor(() => expect(screen.getByTestId('optimisation-status')).toHaveTextContent(/^Ogenomförbart$/));
    expect(screen.getByText('De tvingade initiativen kostar 14 000 000 kr men budgeten är 12 000 000 kr.')).toBeInTheDocument();
    expect(screen.queryByTestId('optimum-comparison')).not.toBeInTheDocument();
  });

  it('does not run without a valid budget, and says when the run failed', async () => {
    const user = userEvent.setup();
    renderBoard({ onOptimise: () => Promise.resolve({ ok: false, reason: 'error' }) });
    const budget = screen.getByRole('textbox', { name: 'Budget (kr)' });
    await user.clear(budget);
    expect(screen.getByText('Ange budgeten som ett helt antal kronor, 0 eller mer.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Optimera' })).toBeDisabled();
    await user.type(budget, '10000000');
    await user.click(screen.getByRole('button', { name: 'Optimera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Optimeringen kunde inte köras. Försök igen.');
  });
});

describe('PortfolioBoard: Spara som scenario', () => {
  it('saves the manual ranking with its order and settings, and shows the saved result', async () => {
    const user = userEvent.setup();
    const { save } = renderBoard();
    await user.click(screen.getByRole('button', { name: `Flytta upp ${titleOf('i-h')}` }));
    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Ledningsgruppens förslag');
    await user.type(screen.getByRole('textbox', { name: 'Beskrivning' }), 'Hyresavtalen före lärplattformen.');
    expect(screen.getByRole('radio', { name: 'Rangordningen på tavlan (Manuell)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Spara scenario' }));
    expect(save).toHaveBeenCalledWith({
      fundRoundId: 'r-2027',
      name: 'Ledningsgruppens förslag',
      description: 'Hyresavtalen före lärplattformen.',
      kind: 'MANUAL',
      order: ['i-a', 'i-b', 'i-c', 'i-d', 'i-e', 'i-f', 'i-h', 'i-g', 'i-i', 'i-j', 'i-k'],
      settings: { budget: 12_000_000, useYearlyBudgets: false, useStaffCapacity: false, onlyEligible: true, forcedIn: [], forcedOut: [] },
    });
    const saved = await screen.findByTestId('scenario-saved');
    expect(saved).toHaveTextContent('Scenariot ”Ledningsgruppens förslag” har sparats.');
    expect(saved).toHaveTextContent(`Urval: 2 initiativ för sammanlagt ${sv(3_900_000)}.`);
    expect(saved).toHaveTextContent('Det når 87 % av det uppnåeliga värdet.');
    expect(within(saved).getByRole('link', { name: 'Gå till scenarierna' })).toHaveAttribute('href', '/portfolio/r-2027/scenarios');
  });

  it('saves a ranking by key with its key, and the optimised selection with the objective', async () => {
    const user = userEvent.setup();
    const { save } = renderBoard();
    await user.click(screen.getByRole('radio', { name: 'Sammanvägd' }));
    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Blandat');
    await user.click(screen.getByRole('button', { name: 'Spara scenario' }));
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'BLEND', settings: expect.objectContaining({ rankingKey: 'BLEND', blendWeight: 0.5 }) as unknown }),
    );
    expect(save.mock.lastCall?.[0]).not.toHaveProperty('order');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Mål' }), 'Nettonuvärde');
    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Optimerat NNV');
    await user.click(screen.getByRole('radio', { name: 'Optimerat urval (inställningarna under Optimera)' }));
    await user.click(screen.getByRole('button', { name: 'Spara scenario' }));
    expect(save).toHaveBeenLastCalledWith({
      fundRoundId: 'r-2027',
      name: 'Optimerat NNV',
      kind: 'OPTIMISED',
      settings: { objective: 'NPV', budget: 12_000_000, useYearlyBudgets: false, useStaffCapacity: false, onlyEligible: true, forcedIn: [], forcedOut: [] },
    });
  });

  it('asks for a name, and keeps what was typed when saving fails', async () => {
    const user = userEvent.setup();
    const { save } = renderBoard({ onSave: () => Promise.resolve({ ok: false, failure: { kind: 'validation', fields: [{ field: 'name', reason: 'TOO_LONG' }] } }) });
    await user.click(screen.getByRole('button', { name: 'Spara scenario' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Ange ett namn.');
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Ett mycket långt namn');
    await user.click(screen.getByRole('button', { name: 'Spara scenario' }));
    expect(await screen.findByText('Namnet är för långt.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveValue('Ett mycket långt namn');
    expect(screen.getByRole('alert')).toHaveTextContent('Scenariot kunde inte sparas. Rätta de markerade fälten och försök igen.');
  });

  it('is not offered to those who may only read', () => {
    renderBoard({ mayEdit: false });
    expect(screen.getByText('Bara portföljkontoret och ledningsgruppen kan spara scenarier.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara scenario' })).not.toBeInTheDocument();
  });

  it('puts a saved scenario back on the board: its order and its settings', async () => {
    const user = userEvent.setup();
    const manualOrder = ['i-k', 'i-j', 'i-i', 'i-h', 'i-g', 'i-f', 'i-e', 'i-d', 'i-c', 'i-b', 'i-a'];
    renderBoard({
      scenarios: [
        {
          id: 's-9',
          name: 'Omvänt',
          kind: 'MANUAL',
          order: manualOrder,
          proposed: true,
          settings: { budget: 10_000_000, useYearlyBudgets: false, useStaffCapacity: false, onlyEligible: false, forcedIn: ['i-k'], forcedOut: [] },
        },
      ],
    });
    await user.click(screen.getByRole('combobox', { name: 'Visa ett sparat scenario på tavlan' }));
    await user.click(screen.getByRole('option', { name: 'Omvänt (manuell, förslag till prioritering)' }));
    expect(shownOrder()).toEqual(manualOrder);
    expect(screen.getByRole('radio', { name: 'Manuell' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Budget (kr)' })).toHaveValue('10 000 000');
    expect(screen.getByRole('checkbox', { name: 'Bara initiativ som uppfyller ska-kraven' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: `Optimering för ${titleOf('i-k')}` })).toHaveValue('IN');
    expect(screen.getByTestId('budget-line')).toHaveTextContent('av 10 000 000 kr');
    expect(screen.getByTestId('board-announcement')).toHaveTextContent('Scenariot ”Omvänt” visas på tavlan.');
  });
});

describe('PortfolioBoard in English', () => {
  it('renders English texts and announcements', async () => {
    renderBoard({ language: 'en' });
    expect(screen.getByRole('radio', { name: 'Weighted score' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 2, name: 'Ranking' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Optimise' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Save as scenario' })).toBeInTheDocument();
    expect(screen.getByTestId('budget-line')).toHaveTextContent(/^The budget lasts to here – 11,820,000 kr of 12,000,000 kr$/);
    expect(screen.getAllByText('Below the budget line')).toHaveLength(4);
    const handle = screen.getByRole('button', { name: `Move ${titleOf('i-c')}, rank 3 of 11` });
    handle.focus();
    await act(async () => {
      fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waitFor(() => expect(dndAnnouncement()).toBe(`You picked up ${titleOf('i-c')}. It is now at rank 3 of 11.`));
  });
});
