import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser, useRoundFromAddress, type MeetingRoundsQuery } from '@dp/web/data-access';
import { EmptyState, ErrorState, LoadingState, Page, ScrollTable, useNotify } from '@dp/web/ui';
import { mayCreateMeetings, mayViewMeetings } from './access';
import { readDecisionsFailure, type DecisionsFailure, type FieldFailure } from './errors';
import { todayInSweden } from './format';
import { useDecisionsTranslation } from './i18n';
import { MeetingFields, useMeetingMessage } from './meeting-fields';
import type { MeetingFormValues } from './meeting-model';
import { CreateMeetingMutation, MeetingRoundsQuery as RoundsQuery } from './operations';
import { DECISIONS_PATHS } from './paths';
import { CommitmentSummary, MeetingsNotAllowed } from './shared';
import { useMeetingForm, type MeetingSend } from './use-meeting-form';

type Round = MeetingRoundsQuery['fundRounds'][number];

/**
 * Ledningsgruppsmöten: the meetings of a fund round (the open round by default, another by the switcher),
 * what the fund has committed, and "Nytt möte" for the portfolio office and the decision makers. Anybody
 * who does not see the prioritisation is told why there is nothing.
 */
export function MeetingsPage() {
  const { t } = useDecisionsTranslation();
  const { actor } = useCurrentUser();
  const title = t('meetings.title');
  if (!mayViewMeetings(actor)) return <MeetingsNotAllowed title={title} />;
  return <Meetings title={title} mayCreate={mayCreateMeetings(actor)} />;
}

function Meetings({ title, mayCreate }: { title: string; mayCreate: boolean }) {
  const { t } = useDecisionsTranslation();
  const [result, reexecute] = useQuery({ query: RoundsQuery, requestPolicy: 'cache-and-network' });
  const rounds = useMemo(() => result.data?.fundRounds ?? [], [result.data]);
  const { round, selectRound } = useRoundFromAddress(rounds);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  let content;
  if (result.error && !result.data) {
    content = <ErrorState onRetry={reload} />;
  } else if (!result.data) {
    content = <LoadingState label={t('meetings.loading')} />;
  } else if (!round) {
    content = <Text>{t('meetings.noRounds')}</Text>;
  } else {
    content = (
      <>
        <Select
          label={t('meetings.round')}
          data={rounds.map((r) => ({ value: r.id, label: t('meetings.roundOption', { name: r.name, status: t(`translation:fundRoundStatus.${r.status}`) }) }))}
          value={round.id}
          onChange={selectRound}
          allowDeselect={false}
          maw={420}
        />
        <MeetingList round={round} mayCreate={mayCreate} />
        <CommitmentSummary commitment={round.commitment} roundName={round.name} />
        {mayCreate ? <CreateMeetingForm key={round.id} round={round} /> : null}
      </>
    );
  }

  return (
    <Page title={title}>
      <Text maw={760}>{t('meetings.intro')}</Text>
      {content}
    </Page>
  );
}

/** The round's meetings, latest first: date, title (a link), diarienummer and how many decisions are recorded. */
function MeetingList({ round, mayCreate }: { round: Round; mayCreate: boolean }) {
  const { t } = useDecisionsTranslation();
  const headingId = useId();
  const captionId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('meetings.listHeading')}
        </Title>
        {round.meetings.length === 0 ? (
          <EmptyState message={t('meetings.empty')} hint={mayCreate ? t('meetings.emptyHint') : undefined} />
        ) : (
          <ScrollTable minWidth={640} labelledBy={captionId}>
            <Table withTableBorder striped verticalSpacing={6} data-testid="meeting-list">
              <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
                {t('meetings.caption', { round: round.name })}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('meetings.columns.heldOn')}</Table.Th>
                  <Table.Th scope="col">{t('meetings.columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('meetings.columns.registrationNumber')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('meetings.columns.decisions')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {round.meetings.map((m) => (
                  <Table.Tr key={m.id} data-testid="meeting-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={m.heldOn}>{m.heldOn}</time>
                    </Table.Td>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={DECISIONS_PATHS.meeting(m.id)}>
                        {m.title}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{m.registrationNumber ?? <Text c="dimmed" size="sm" component="span">{t('meetings.noRegistrationNumber')}</Text>}</Table.Td>
                    <Table.Td ta="right">
                      {t('meetings.decisionCount', { decided: m.agenda.filter((a) => a.decision !== null).length, total: m.agenda.length })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </section>
  );
}

const emptyMeeting = (): MeetingFormValues => ({ title: '', heldOn: todayInSweden(), participants: '', registrationNumber: '', notes: '' });

/** "Nytt möte": the API builds the agenda from the round's proposal, and refuses when there is none. */
function CreateMeetingForm({ round }: { round: Round }) {
  const { t } = useDecisionsTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const headingId = useId();
  const [, create] = useMutation(CreateMeetingMutation);
  const form = useMeetingForm(emptyMeeting);

  const submit: MeetingSend = async (input) => {
    const answer = await create({ fundRoundId: round.id, input });
    const created = answer.data?.createMeeting;
    if (created && !answer.error) {
      notify({ message: t('create.created', { title: created.title }) });
      navigate(DECISIONS_PATHS.meeting(created.id));
      return null;
    }
    return readDecisionsFailure(answer.error) ?? { kind: 'unknown' };
  };

  return (
    <section aria-labelledby={headingId}>
      <form ref={form.formRef} noValidate onSubmit={(e) => void form.submit(e, submit)} aria-labelledby={headingId} data-testid="create-meeting">
        <Stack gap="sm" maw={860}>
          <Title order={2} id={headingId}>
            {t('create.heading')}
          </Title>
          <Text size="sm">{t('create.intro', { round: round.name })}</Text>
          <MeetingFields idPrefix="new-meeting" values={form.values} errors={form.errors} onChange={form.change} />
          {form.hasErrors ? (
            <Alert color="red" variant="light" role="alert">
              {t('meetingForm.invalid')}
            </Alert>
          ) : null}
          <MeetingSaveError failure={form.failure} unplaced={form.unplaced} roundId={round.id} onRetry={form.retry} />
          <Group>
            <Button type="submit" loading={form.saving}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

export interface MeetingSaveErrorProps {
  failure: DecisionsFailure | null;
  unplaced: FieldFailure[];
  /** for the way to the round's scenarios when there is no proposal */
  roundId?: string;
  /** the texts of a refusal and of a meeting that is gone: `create` or `meeting.edit` */
  prefix?: 'create' | 'meeting.edit';
  onRetry: () => void;
}

/** A failed save of a meeting that belongs to no field: no proposal, a refusal, a meeting that is gone, the network, or the rest. */
export function MeetingSaveError({ failure, unplaced, roundId, prefix = 'create', onRetry }: MeetingSaveErrorProps) {
  const { t } = useDecisionsTranslation();
  const message = useMeetingMessage();
  if (unplaced.length > 0) {
    return (
      <ErrorState
        message={unplaced.map((e) => t('meetingForm.unknownField', { field: e.field, message: message(e.field, { code: e.reason }) })).join(' ')}
      />
    );
  }
  if (!failure || failure.kind === 'validation' || failure.kind === 'conflict') return null;
  if (failure.kind === 'proposal-required') {
    return (
      <Alert color="orange" variant="light" role="alert" title={t('create.proposalRequiredTitle')} data-testid="proposal-required">
        <Stack gap={4} align="flex-start">
          <Text size="sm">{t('create.proposalRequired')}</Text>
          {roundId ? (
            <Anchor component={Link} to={`/portfolio/${encodeURIComponent(roundId)}/scenarios`} size="sm">
              {t('create.toScenarios')}
            </Anchor>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  if (failure.kind === 'forbidden' || failure.kind === 'delegation-required' || failure.kind === 'transition-refused') {
    return <ErrorState title={t('notAllowed.title')} message={t(`${prefix}.forbidden`)} />;
  }
  if (failure.kind === 'not-found') return <ErrorState message={t(`${prefix}.notFound`)} />;
  if (failure.kind === 'network') return <ErrorState message={t('meetingForm.network')} onRetry={onRetry} />;
  return <ErrorState message={t('meetingForm.unknown')} onRetry={onRetry} />;
}
