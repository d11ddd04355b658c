import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from './i18n/i18n';
import { MoneyText } from './money-text';
import { DateText, formatDate, formatDateTime } from './date-text';
import { StatusBadge } from './status-badge';
import { TestUiProvider } from './test-ui-provider';
import { sv } from './i18n/sv';

function renderIn(language: Language, ui: React.ReactNode) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <TestUiProvider>
        {ui}
      </TestUiProvider>
    </I18nextProvider>,
  );
}

describe('MoneyText', () => {
  it('formats whole kronor the Swedish way, with non-breaking spaces', () => {
    renderIn('sv', <MoneyText amount={1_234_567} />);
    expect(screen.getByText('1 234 567 kr').textContent).toBe('1\u00a0234\u00a0567\u00a0kr');
  });

  it('uses English digit grouping in English', () => {
    renderIn('en', <MoneyText amount={12_000_000} />);
    expect(screen.getByText('12,000,000 kr').textContent).toBe('12,000,000\u00a0kr');
  });
});

describe('DateText', () => {
  it('shows the Swedish calendar date as YYYY-MM-DD and keeps the timestamp machine-readable', () => {
    renderIn('en', <DateText value="2026-11-21T23:30:00.000Z" />);
    const time = screen.getByText('2026-11-22');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2026-11-21T23:30:00.000Z');
  });

  it('gives nothing for an invalid date rather than "Invalid Date"', () => {
    expect(formatDate('not a date')).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });

  it('formats a point in time as Swedish date and 24-hour time', () => {
    expect(formatDateTime('2026-11-29T17:30:00.000Z')).toBe('2026-11-29 18:30');
    expect(formatDateTime('2026-07-01T09:05:00.000Z')).toBe('2026-07-01 11:05');
  });
});

describe('StatusBadge', () => {
  it('translates the status', () => {
    renderIn('sv', <StatusBadge status="DRAFT" />);
    expect(screen.getByText('Utkast')).toBeInTheDocument();
  });

  it.each(Object.entries(sv.status))('names the state %s in words, in Swedish and in English', (code, text) => {
    const { unmount } = renderIn('sv', <StatusBadge status={code} />);
    expect(screen.getByText(text)).toBeInTheDocument();
    unmount();
    renderIn('en', <StatusBadge status={code} />);
    expect(screen.queryByText(code)).not.toBeInTheDocument();
  });
});
