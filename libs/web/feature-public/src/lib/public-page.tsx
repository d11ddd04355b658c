import { Anchor, Code, List, NativeSelect, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useId, type CSSProperties, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, MoneyText, Page, ScrollTable, StatusBadge, useFormatMoney } from '@dp/web/ui';
import { usePublicTranslation } from './i18n';
import {
  OPEN_DATA_PATHS,
  defaultPublicRound,
  grantedByYear,
  grantedTotal,
  readRoundDecisions,
  readRounds,
  type PublicDecision,
  type PublicRound,
  type PublicRoundDecisions,
  type PublicYearAmount,
} from './open-data';
import { useOpenData } from './use-open-data';
import { PUBLIC_PATHS } from './paths';

/**
 * Beviljade initiativ (`/public`, `/public/:roundCode`), without sign-in: per fund round the granted
 * initiatives with the sum granted against the budget, the other decisions (avslag, bordlagda,
 * återremitterade), and the same data as open data files. It reads the open data JSON, which holds no
 * personal data, and shows only the published fields.
 */
export function PublicPortfolioPage() {
  const { t } = usePublicTranslation();
  const { roundCode } = useParams();
  const navigate = useNavigate();
  const rounds = useOpenData(OPEN_DATA_PATHS.rounds, readRounds);
  const roundList = rounds.state.status === 'ok' ? rounds.state.data : null;
  // without a round in the address: the newest round with decisions, once the rounds are known
  const code = roundCode ?? (roundList ? defaultPublicRound(roundList)?.code : undefined) ?? null;

  let picker: ReactNode = null;
  if (rounds.state.status === 'loading') picker = <LoadingState label={t('rounds.loading')} />;
  else if (rounds.state.status !== 'ok') picker = <ErrorState message={t('rounds.error')} onRetry={rounds.retry} />;
  else if (roundList && roundList.length > 0) picker = <RoundPicker rounds={roundList} value={code} onChange={(c) => void navigate(PUBLIC_PATHS.round(c))} />;

  let body: ReactNode = null;
  if (code !== null) body = <RoundDecisions key={code} code={code} />;
  else if (roundList && roundList.length === 0) body = <EmptyState message={t('rounds.none')} />;

  return (
    <Page title={t('title')}>
      <Text maw={760}>{t('intro')}</Text>
      {picker}
      {body}
    </Page>
  );
}

function RoundPicker({ rounds, value, onChange }: { rounds: readonly PublicRound[]; value: string | null; onChange: (code: string) => void }) {
  const { t } = usePublicTranslation();
  const known = value !== null && rounds.some((r) => r.code === value);
  return (
    <NativeSelect
      label={t('rounds.label')}
      value={known ? value : ''}
      onChange={(event) => {
        if (event.currentTarget.value) onChange(event.currentTarget.value);
      }}
      data={[...(known ? [] : [{ value: '', label: '' }]), ...rounds.map((r) => ({ value: r.code, label: t('rounds.option', { name: r.name, year: r.year }) }))]}
      maw={420}
    />
  );
}

/** One round: its summary, the granted initiatives, the other decisions and the open data files. */
function RoundDecisions({ code }: { code: string }) {
  const { t } = usePublicTranslation();
  const { state, retry } = useOpenData(OPEN_DATA_PATHS.decisions(code), readRoundDecisions);
  if (state.status === 'loading') return <LoadingState label={t('decisions.loading')} />;
  if (state.status === 'error') return <ErrorState message={t('decisions.error')} onRetry={retry} />;
  if (state.status === 'not-found') {
    return (
      <Stack gap="xs" align="flex-start">
        <EmptyState message={t('rounds.notFound', { code })} />
        <Anchor component={Link} to={PUBLIC_PATHS.root}>
          {t('rounds.showLatest')}
        </Anchor>
      </Stack>
    );
  }
  return <RoundView data={state.data} />;
}

function RoundView({ data }: { data: PublicRoundDecisions }) {
  const { t } = usePublicTranslation();
  const headingId = useId();
  const { round, decisions } = data;
  const granted = decisions.filter((d) => d.outcome === 'GRANTED');
  const others = decisions.filter((d) => d.outcome !== 'GRANTED');
  return (
    <>
      <Stack component="section" aria-labelledby={headingId} gap="md">
        <Title order={2} id={headingId}>
          {round.name}
        </Title>
        {decisions.length === 0 ? (
          <EmptyState message={t('decisions.none')} />
        ) : (
          <>
            <Summary round={round} decisions={decisions} grantedCount={granted.length} otherCount={others.length} />
            <GrantedTable name={round.name} decisions={granted} />
            <OtherDecisionsTable name={round.name} decisions={others} />
          </>
        )}
      </Stack>
      <OpenDataLinks code={round.code} name={round.name} />
    </>
  );
}

function Summary({ round, decisions, grantedCount, otherCount }: { round: PublicRoundDecisions['round']; decisions: readonly PublicDecision[]; grantedCount: number; otherCount: number }) {
  const { t } = usePublicTranslation();
  const money = useFormatMoney();
  const total = grantedTotal(decisions);
  const byYear = grantedByYear(decisions);
  const share = round.budget > 0 ? Math.min(100, Math.round((total / round.budget) * 100)) : 0;
  return (
    <Paper withBorder p="md" radius="sm" aria-label={t('summary.label', { name: round.name })} component="section">
      <Stack gap="xs">
        <Text fw={600} data-testid="public-summary">
          {t('summary.granted', { granted: money(total), budget: money(round.budget) })}{' '}
          {total <= round.budget ? t('summary.remaining', { remaining: money(round.budget - total) }) : t('summary.over', { over: money(total - round.budget) })}
        </Text>
        <Progress.Root size="lg">
          <Progress.Section value={share} aria-label={t('summary.share')} />
        </Progress.Root>
        <Text size="sm">{t('summary.counts', { granted: grantedCount, others: otherCount })}</Text>
        {byYear.length > 0 ? (
          <Text size="sm" data-testid="public-by-year">
            {t('summary.byYear', { years: byYear.map((y) => t('summary.yearAmount', { year: y.year, amount: money(y.amount) })).join(', ') })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function YearAmounts({ amounts }: { amounts: readonly PublicYearAmount[] }) {
  const { t } = usePublicTranslation();
  const money = useFormatMoney();
  if (amounts.length === 0) return <>{t('none')}</>;
  return (
    <List size="sm" listStyleType="none" spacing={0}>
      {amounts.map((y) => (
        <List.Item key={y.year} style={{ whiteSpace: 'nowrap' }}>
          {t('summary.yearAmount', { year: y.year, amount: money(y.amount) })}
        </List.Item>
      ))}
    </List>
  );
}

function DecidedOn({ value }: { value: string }) {
  return <time dateTime={value}>{value}</time>;
}

/** A column of a decisions table after the initiative's title (the row's header). */
interface DecisionColumn {
  key: string;
  label: string;
  numeric?: boolean;
  style?: CSSProperties;
  cell: (d: PublicDecision) => ReactNode;
}

/** The published fields as columns; each table picks its own. */
function useDecisionColumns() {
  const { t } = usePublicTranslation();
  const column = (key: string, cell: DecisionColumn['cell'], more: Partial<DecisionColumn> = {}): DecisionColumn => ({ key, label: t(`columns.${key}`), cell, ...more });
  return {
    department: column('department', (d) => d.department || t('none')),
    object: column('object', (d) => d.object ?? t('none')),
    grantedAmount: column('grantedAmount', (d) => (d.grantedAmount === null ? t('none') : <MoneyText amount={d.grantedAmount} />), { numeric: true }),
    byYear: column('byYear', (d) => <YearAmounts amounts={d.amountsByYear} />),
    expectedEffects: column('expectedEffects', (d) => d.expectedEffects ?? t('none'), { style: { whiteSpace: 'pre-line', minWidth: 240 } }),
    outcome: column('outcome', (d) => t(`outcomes.${d.outcome}`)),
    // the badge keeps its whole word (a narrow column would cut it to “Be…”)
    status: column('status', (d) => <StatusBadge status={d.status} />, { style: { whiteSpace: 'nowrap', minWidth: 120 } }),
    decidedOn: column('decidedOn', (d) => <DecidedOn value={d.decidedOn} />),
    registrationNumber: column('registrationNumber', (d) => d.registrationNumber, { style: { whiteSpace: 'nowrap' } }),
  };
}

interface DecisionTableProps {
  heading: string;
  intro?: string;
  /** said instead of the table when there are no decisions */
  none: string;
  caption: string;
  minWidth: number;
  'data-testid': string;
  columns: readonly DecisionColumn[];
  decisions: readonly PublicDecision[];
}

/** Decisions of a round under a heading: a row per initiative, its title the row's header, then the columns. */
function DecisionTable({ heading, intro, none, caption, minWidth, columns, decisions, 'data-testid': testId }: DecisionTableProps) {
  const { t } = usePublicTranslation();
  const captionId = useId();
  return (
    <Stack gap="xs">
      <Title order={3}>{heading}</Title>
      {intro ? <Text size="sm">{intro}</Text> : null}
      {decisions.length === 0 ? (
        <EmptyState message={none} />
      ) : (
        <ScrollTable minWidth={minWidth} labelledBy={captionId}>
          <Table striped verticalSpacing="sm" data-testid={testId}>
            <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
              {caption}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('columns.title')}</Table.Th>
                {columns.map((c) => (
                  <Table.Th key={c.key} scope="col" ta={c.numeric ? 'right' : undefined}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decisions.map((d) => (
                <Table.Tr key={`${d.initiativeId}:${d.registrationNumber}`}>
                  <Table.Th scope="row" fw={600}>
                    {d.title}
                  </Table.Th>
                  {columns.map((c) => (
                    <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined} style={c.style}>
                      {c.cell(d)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

function GrantedTable({ name, decisions }: { name: string; decisions: readonly PublicDecision[] }) {
  const { t } = usePublicTranslation();
  const c = useDecisionColumns();
  return (
    <DecisionTable
      heading={t('granted.heading')}
      none={t('granted.none')}
      caption={t('granted.caption', { name })}
      minWidth={1100}
      data-testid="public-granted"
      columns={[c.department, c.object, c.grantedAmount, c.byYear, c.expectedEffects, c.status, c.decidedOn, c.registrationNumber]}
      decisions={decisions}
    />
  );
}

function OtherDecisionsTable({ name, decisions }: { name: string; decisions: readonly PublicDecision[] }) {
  const { t } = usePublicTranslation();
  const c = useDecisionColumns();
  return (
    <DecisionTable
      heading={t('others.heading')}
      intro={t('others.intro')}
      none={t('others.none')}
      caption={t('others.caption', { name })}
      minWidth={760}
      data-testid="public-others"
      columns={[c.department, c.outcome, c.status, c.decidedOn, c.registrationNumber]}
      decisions={decisions}
    />
  );
}

/** The same data as files at stable addresses, free to reuse. */
function OpenDataLinks({ code, name }: { code: string; name: string }) {
  const { t } = usePublicTranslation();
  const headingId = useId();
  const links = [
    { href: OPEN_DATA_PATHS.decisions(code), label: t('openData.json', { name }), download: false },
    { href: OPEN_DATA_PATHS.decisionsCsv(code), label: t('openData.csv', { name }), download: true },
    { href: OPEN_DATA_PATHS.rounds, label: t('openData.rounds'), download: false },
  ];
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs" data-testid="open-data">
      <Title order={2} id={headingId}>
        {t('openData.heading')}
      </Title>
      <Text>{t('openData.body')}</Text>
      <Text size="sm">{t('openData.stable')}</Text>
      <List spacing={4}>
        {links.map((l) => (
          <List.Item key={l.href}>
            <Anchor href={l.href} {...(l.download ? { download: '' } : {})}>
              {l.label}
            </Anchor>{' '}
            <Code>{l.href}</Code>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
