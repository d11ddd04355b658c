import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { useCurrentUser } from '@dp/web/data-access';
import { ErrorState, LoadingState, Page, ReloadConflictAlert, reloadConflictTexts, useNotify } from '@dp/web/ui';
import { mayViewMeetings } from './access';
import { AgendaTable } from './agenda-table';
import { DecisionDialog } from './decision-form';
import { readDecisionsFailure } from './errors';
import { useDecisionsTranslation } from './i18n';
import { decisionItemOf, decisionRoundOf, useMeetingData, useSplitWeights, type Meeting } from './meeting-data';
import { MeetingFields } from './meeting-fields';
import { sameMeetingValues, toMeetingFormValues } from './meeting-model';
import { MeetingSaveError } from './meetings-page';
import { UpdateMeetingMutation } from './operations';
import { DECISIONS_DOWNLOADS, DECISIONS_PATHS } from './paths';
import { CommitmentSummary, MeetingsNotAllowed } from './shared';
import { useMeetingForm, type MeetingSend } from './use-meeting-form';

/** `/meetings/:id`: a management group meeting with its agenda, documents, decisions and (for its editors) the form to change it. */
export function MeetingPage() {
  const { t } = useDecisionsTranslation();
  const { id = '' } = useParams();
  const { actor } = useCurrentUser();
  if (!mayViewMeetings(actor)) return <MeetingsNotAllowed title={t('meeting.titleLoading')} />;
  return <MeetingLoader key={id} meetingId={id} />;
}

function MeetingLoader({ meetingId }: { meetingId: string }) {
  const { t } = useDecisionsTranslation();
  const { meeting, error, notFound, reload } = useMeetingData(meetingId);
  if (!meeting) {
    return (
      <Page title={t('meeting.titleLoading')}>
        <Anchor component={Link} to={DECISIONS_PATHS.meetings}>
          {t('meeting.backPlain')}
        </Anchor>
        {notFound ? <Text>{t('meeting.notFound')}</Text> : error ? <ErrorState onRetry={reload} /> : <LoadingState label={t('meeting.loading')} />}
      </Page>
    );
  }
  return <MeetingView meeting={meeting} reload={reload} />;
}

function MeetingView({ meeting, reload }: { meeting: Meeting; reload: () => void }) {
  const { t } = useDecisionsTranslation();
  const round = meeting.fundRound;
  const weights = useSplitWeights(round.id, !meeting.mayDecide);
  const [deciding, setDeciding] = useState<number | null>(null);
  const item = deciding === null ? undefined : meeting.agenda.find((a) => a.position === deciding);
  const documentsId = useId();

  return (
    <Page
      title={meeting.title}
      actions={
        meeting.agenda.length > 0 ? (
          <Button component={Link} to={DECISIONS_PATHS.present(meeting.id)}>
            {t('meeting.present')}
          </Button>
        ) : undefined
      }
    >
      <Anchor component={Link} to={DECISIONS_PATHS.meetingsOfRound(round.id)}>
        {t('meeting.back', { round: round.name })}
      </Anchor>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" m={0} data-testid="meeting-facts">
        <Fact label={t('meeting.heldOn')}>
          <time dateTime={meeting.heldOn}>{meeting.heldOn}</time>
        </Fact>
        <Fact label={t('meeting.round')}>{round.name}</Fact>
        <Fact label={t('meeting.registrationNumber')}>{meeting.registrationNumber ?? t('meetings.noRegistrationNumber')}</Fact>
        <Fact label={t('meeting.proposal')}>{meeting.proposalName ?? t('meeting.noProposal')}</Fact>
      </SimpleGrid>

      <section aria-labelledby={documentsId}>
        <Stack gap="xs">
          <Title order={2} id={documentsId}>
            {t('meeting.documents.heading')}
          </Title>
          <Group gap="lg" data-testid="meeting-documents">
            <Anchor href={DECISIONS_DOWNLOADS.decisionBasis(meeting.id)} download>
              {t('meeting.documents.decisionBasis')}
            </Anchor>
            <Anchor href={DECISIONS_DOWNLOADS.minutesExtract(meeting.id)} download>
              {t('meeting.documents.minutesExtract')}
            </Anchor>
            <Anchor href={DECISIONS_DOWNLOADS.portfolioXlsx(round.id)} download>
              {t('meeting.documents.portfolioXlsx')}
            </Anchor>
            <Anchor href={DECISIONS_DOWNLOADS.portfolioCsv(round.id)} download aria-label={t('meeting.documents.portfolioCsvLabel')}>
              {t('meeting.documents.portfolioCsv')}
            </Anchor>
          </Group>
        </Stack>
      </section>

      <AgendaTable agenda={meeting.agenda} mayDecide={meeting.mayDecide} onRecord={setDeciding} />

      <CommitmentSummary commitment={round.commitment} roundName={round.name} />

      {meeting.mayEdit ? <EditMeetingForm meeting={meeting} reload={reload} /> : <MeetingDetails meeting={meeting} />}

      <DecisionDialog
        item={item ? decisionItemOf(item, weights) : null}
        meeting={{ id: meeting.id, registrationNumber: meeting.registrationNumber }}
        round={decisionRoundOf(meeting)}
        onClose={() => setDeciding(null)}
        onRecorded={() => {
          setDeciding(null);
          reload();
        }}
        onReload={reload}
      />
    </Page>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {children}
      </Text>
    </div>
  );
}

/** Participants and notes, read only (for those who may not change the meeting). */
function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t } = useDecisionsTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} id={headingId}>
          {t('meeting.details.heading')}
        </Title>
        <Title order={3}>{t('meeting.details.participants')}</Title>
        {meeting.participants.length === 0 ? (
          <Text>{t('meeting.details.noParticipants')}</Text>
        ) : (
          <List>
            {meeting.participants.map((p, k) => (
              <List.Item key={`${k}-${p}`}>{p}</List.Item>
            ))}
          </List>
        )}
        <Title order={3}>{t('meeting.details.notes')}</Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{meeting.notes ?? t('meeting.details.noNotes')}</Text>
      </Stack>
    </section>
  );
}

/**
 * Ändra mötet: title, date, participants, diarienummer and notes, saved on the version the form was
 * opened on. Someone else's save meanwhile (CONFLICT) keeps what was typed until the user chooses.
 */
function EditMeetingForm({ meeting, reload }: { meeting: Meeting; reload: () => void }) {
  const { t } = useDecisionsTranslation();
  const notify = useNotify();
  const headingId = useId();
  const [, update] = useMutation(UpdateMeetingMutation);
  const form = useMeetingForm(() => toMeetingFormValues(meeting));
  const [pristine, setPristine] = useState(form.values);
  const [baseVersion, setBaseVersion] = useState(meeting.version);
  const [reloadRequested, setReloadRequested] = useState(false);
  const dirty = !sameMeetingValues(form.values, pristine);

  // the meeting changed elsewhere while nothing is changed here: show the latest
  const [seenVersion, setSeenVersion] = useState(meeting.version);
  if (seenVersion !== meeting.version) {
    setSeenVersion(meeting.version);
    if (!dirty && form.failure === null) {
      const next = toMeetingFormValues(meeting);
      form.setValues(next);
      setPristine(next);
      setBaseVersion(meeting.version);
    }
  }

  const save: MeetingSend = async (input) => {
    const answer = await update({ id: meeting.id, version: baseVersion, input });
    const saved = answer.data?.updateMeeting;
    if (saved && !answer.error) {
      const next = toMeetingFormValues(saved);
      form.reset(next);
      setPristine(next);
      setBaseVersion(saved.version);
      setSeenVersion(saved.version);
      notify({ message: t('meeting.edit.saved') });
      return null;
    }
    setReloadRequested(false);
    return readDecisionsFailure(answer.error) ?? { kind: 'unknown' };
  };

  const conflict = form.failure?.kind === 'conflict';
  const latestLoaded = conflict && reloadRequested && meeting.version > baseVersion;

  return (
    <section aria-labelledby={headingId}>
      <form ref={form.formRef} noValidate onSubmit={(e) => void form.submit(e, save)} aria-labelledby={headingId} data-testid="edit-meeting">
        <Stack gap="sm" maw={860}>
          <Title order={2} id={headingId}>
            {t('meeting.edit.heading')}
          </Title>
          <MeetingFields idPrefix={`meeting-${meeting.id}`} values={form.values} errors={form.errors} onChange={form.change} />
          {conflict ? (
            <ReloadConflictAlert
              texts={reloadConflictTexts(t, 'meeting.conflict')}
              data-testid="meeting-conflict"
              reloadRequested={reloadRequested}
              latestLoaded={latestLoaded}
              onReload={() => {
                setReloadRequested(true);
                reload();
              }}
              onKeepMine={() => {
                setBaseVersion(meeting.version);
                setSeenVersion(meeting.version);
                setPristine(toMeetingFormValues(meeting));
                form.setFailure(null);
              }}
              onUseLatest={() => {
                const latest = toMeetingFormValues(meeting);
                setBaseVersion(meeting.version);
                setSeenVersion(meeting.version);
                form.reset(latest);
                setPristine(latest);
                form.setFailure(null);
              }}
            />
          ) : null}
          {form.hasErrors ? (
            <Alert color="red" variant="light" role="alert">
              {t('meetingForm.invalid')}
            </Alert>
          ) : null}
          <MeetingSaveError failure={form.failure} unplaced={form.unplaced} prefix="meeting.edit" onRetry={form.retry} />
          <Group>
            <Button type="submit" loading={form.saving}>
              {t('meeting.edit.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
