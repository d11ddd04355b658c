import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingQuery } from '@dp/web/data-access';
import { PresentationPage } from './presentation-page';
import { asReader, managementUser, meetingFixture, portfolioSplit } from './testing/fixtures';
import { renderDecisions } from './testing/render';


const paths = ['/meetings/:id/present', '/meetings/:id/present/:position'];

const answer = (meeting: MeetingQuery['meeting']) => (name: string) => {
  if (name === 'Meeting') return { data: { meeting } };
  if (name === 'MeetingPortfolioSplit') return { data: portfolioSplit };
  return undefined;
};

const heading = () => screen.getByRole('heading', { level: 1 });
const location = () => screen.getByTestId('location');
const announcement = () => screen.getByTestId('presentation-announcement');

describe('/meetings/:id/present', () => {
  it('shows one initiative a screen: summary, effects, figures, score, must-requirements, recommendation', async () => {
    renderDecisions(<PresentationPage />, { paths, route: '/meetings/m-1/present', query: answer(asReader(meetingFixture())), user: managementUser });
    expect(await screen.findByRole('heading', { level: 1, name: 'Automatiserad fakturahantering' })).toHaveFocus();
    expect(screen.getByTestId('presentation-position')).toHaveTextContent('1 av 3');
    const stage = screen.getByTestId('presentation');
    expect(stage).toHaveTextContent('Ledningsgruppens möte om Digitaliseringspotten 2027, 2027-11-22');
    expect(within(stage).getByRole('heading', { level: 2, name: 'Sammanfattning' })).toBeInTheDocument();
    expect(stage).toHaveTextContent('Automatiserad fakturahantering: sammanfattning av initiativet.');
    expect(stage).toHaveTextContent('Automatiserad fakturahantering: färre manuella moment.');
    const figures = screen.getByTestId('presentation-figures');
    expect(figures).toHaveTextContent('Sökt belopp1 500 000 kr');
    expect(figures).toHaveTextContent('Sökt belopp per år2027: 1 000 000 kr och 2028: 500 000 kr');
    expect(figures).toHaveTextContent('Nettonuvärde2 100 000 kr');
    expect(figures).toHaveTextContent('Nyttokvot1,85');
    expect(figures).toHaveTextContent('Nettonuvärde per krona1,40');
    expect(figures).toHaveTextContent('Viktad poäng82,5');
    expect(figures).toHaveTextContent('Ska-kravUppfyller ska-kraven');
    expect(stage).toHaveTextContent('Portföljkontoret föreslår bifall (rang 1 av 3, inom budgeten i förslaget).');
    expect(screen.getByTestId('presentation-decision')).toHaveTextContent('Inget beslut ännu.');
    // the management group does not record decisions
    expect(within(stage).queryByRole('button', { name: 'Registrera beslut' })).not.toBeInTheDocument();
    expect(within(stage).getByRole('navigation', { name: 'Bläddra i presentationen' })).toBeInTheDocument();
    expect(document.title).toBe('Automatiserad fakturahantering – presentation – Digitaliseringsportföljen');
  });

  it('browses by keyboard, moves the focus to each screen’s heading and announces the position', async () => {
    const user = userEvent.setup({ delay: null });
    renderDecisions(<PresentationPage />, { paths, route: '/meetings/m-1/present', query: answer(asReader(meetingFixture())), user: managementUser });
    expect(await screen.findByRole('heading', { level: 1, name: 'Automatiserad fakturahantering' })).toHaveFocus();
    expect(announcement()).toHaveAttribute('aria-live', 'polite');
    expect(announcement()).toHaveTextContent('Punkt 1 av 3: Automatiserad fakturahantering');

    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(location()).toHaveTextContent('/meetings/m-1/present/2'));
    expect(heading()).toHaveTextContent('Bokningssystem för lokaler');
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(announcement()).toHaveTextContent('Punkt 2 av 3: Bokningssystem för lokaler');
    expect(screen.getByTestId('presentation-position')).toHaveTextContent('2 av 3');
    // a decided item shows its decision
    expect(screen.getByTestId('presentation-decision')).toHaveTextContent('Beviljad 2 000 000 kr');
    expect(screen.getByTestId('presentation-decision')).toHaveTextContent('Per år: 2027: 1 500 000 kr och 2028: 500 000 kr');

    await user.keyboard('{PageDown}');
    await waitFor(() => expect(location()).toHaveTextContent('/meetings/m-1/present/3'));
    expect(announcement()).toHaveTextContent('Punkt 3 av 3: Chattbot för medborgarfrågor');
    expect(screen.getByTestId('presentation-figures')).toHaveTextContent('Viktad poängSaknas');
    expect(screen.getByTestId('presentation-figures')).toHaveTextContent('Ej uppfyllt: Finansiering av driften');

    // at the end, Next does nothing
    await user.keyboard('{ArrowRight}');
    expect(location()).toHaveTextContent('/meetings/m-1/present/3');
    expect(screen.getByRole('button', { name: 'Nästa' })).toBeDisabled();

    await user.keyboard('{Home}');
    await waitFor(() => expect(location()).toHaveTextContent('/meetings/m-1/present/1'));
    await waitFor(() => expect(heading()).toHaveFocus());
    await user.keyboard('{End}');
    await waitFor(() => expect(location()).toHaveTextContent('/meetings/m-1/present/3'));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(location()).toHaveTextContent('/meetings/m-1/present/2'));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(location()).toHaveTextContent('/meetings/m-1/present/1'));
    expect(screen.getByRole('button', { name: 'Föregående' })).toBeDisabled();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(location()).toHaveTextContent(/^\/meetings\/m-1$/));
  });

  it('browses with the visible buttons, and opens at a position given in the address', async () => {
    const user = userEvent.setup({ delay: null });
    renderDecisions(<PresentationPage />, { paths, route: '/meetings/m-1/present/2', query: answer(asReader(meetingFixture())), user: managementUser });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bokningssystem för lokaler' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Chattbot för medborgarfrågor'));
    await waitFor(() => expect(heading()).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Föregående' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Bokningssystem för lokaler'));
    expect(screen.getByRole('link', { name: 'Avsluta presentationen' })).toHaveAttribute('href', '/meetings/m-1');
  });

  it('says when the position is not on the agenda and shows the first item', async () => {
    renderDecisions(<PresentationPage />, { paths, route: '/meetings/m-1/present/9', query: answer(asReader(meetingFixture())), user: managementUser });
    expect(await screen.findByRole('heading', { level: 1, name: 'Automatiserad fakturahantering' })).toBeInTheDocument();
    expect(screen.getByText('Punkt 9 finns inte på dagordningen. Presentationen visar första punkten.')).toBeInTheDocument();
  });

  it('lets a decision maker record the decision from the screen; keys typed in the form do not browse', async () => {
    const user = userEvent.setup({ delay: null });
    renderDecisions(<PresentationPage />, { paths, route: '/meetings/m-1/present', query: answer(meetingFixture()) });
    await screen.findByRole('heading', { level: 1, name: 'Automatiserad fakturahantering' });
    await user.click(within(screen.getByTestId('presentation-decision')).getByRole('button', { name: 'Registrera beslut' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrera beslut – Automatiserad fakturahantering' });
    expect(within(dialog).getByTestId('signatory-hint')).toHaveTextContent('Beslut över 500 000 kr fattas av Kommundirektör.');
    await user.click(within(dialog).getByRole('radio', { name: 'Avslå' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Motivering/ });
    await user.type(reason, 'Inte nu');
    await user.keyboard('{ArrowLeft}{ArrowRight}{End}{Home}');
    expect(location()).toHaveTextContent(/^\/meetings\/m-1\/present$/);
    expect(reason).toHaveValue('Inte nu');
    // Escape closes the dialog, not the presentation
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(location()).toHaveTextContent(/^\/meetings\/m-1\/present$/);
  });

  it('speaks English', async () => {
    renderDecisions(<PresentationPage />, { paths, route: '/meetings/m-1/present', query: answer(asReader(meetingFixture())), user: managementUser, language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Automatiserad fakturahantering' });
    expect(screen.getByTestId('presentation-position')).toHaveTextContent('1 of 3');
    expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
    expect(announcement()).toHaveTextContent('Item 1 of 3: Automatiserad fakturahantering');
  });
});
