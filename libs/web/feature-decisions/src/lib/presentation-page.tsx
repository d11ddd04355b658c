import { Alert, Anchor, Button, Text, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser, type AgendaItemFieldsFragment } from '@dp/web/data-access';
import { ErrorState, LoadingState, Page } from '@dp/web/ui';
import { mayViewMeetings } from './access';
import { mayRecordOn } from './agenda-table';
import { DecisionDialog } from './decision-form';
import type { YearAmountData } from './decision-model';
import { useDecisionsFormat } from './format';
import { useDecisionsTranslation } from './i18n';
import { decisionItemOf, decisionRoundOf, useMeetingData, useSplitWeights, type Meeting } from './meeting-data';
import { DECISIONS_PATHS } from './paths';
import { DecisionSummary, MeetingsNotAllowed } from './shared';
import classes from './presentation.module.css';

/**
 * `/meetings/:id/present` and `/meetings/:id/present/:position`: presentation mode, one agenda item per
 * screen in large type, browsed with the keyboard (ArrowRight/PageDown, ArrowLeft/PageUp, Home, End;
 * Escape back to the meeting) or the visible buttons.
 */
export function PresentationPage() {
  const { t } = useDecisionsTranslation();
  const { id = '', position } = useParams();
  const { actor } = useCurrentUser();
  if (!mayViewMeetings(actor)) return <MeetingsNotAllowed title={t('meeting.titleLoading')} />;
  return <PresentationLoader key={id} meetingId={id} position={position} />;
}

function PresentationLoader({ meetingId, position }: { meetingId: string; position: string | undefined }) {
  const { t } = useDecisionsTranslation();
  const { meeting, error, notFound, reload } = useMeetingData(meetingId);
  if (!meeting) {
    return (
      <Page title={t('meeting.titleLoading')}>
        <Anchor component={Link} to={DECISIONS_PATHS.meeting(meetingId)}>
          {t('presentation.exit')}
        </Anchor>
        {notFound ? <Text>{t('meeting.notFound')}</Text> : error ? <ErrorState onRetry={reload} /> : <LoadingState label={t('meeting.loading')} />}
      </Page>
    );
  }
  if (meeting.agenda.length === 0) {
    return (
      <Page title={meeting.title}>
        <Text>{t('presentation.empty')}</Text>
        <Anchor component={Link} to={DECISIONS_PATHS.meeting(meeting.id)}>
          {t('presentation.exit')}
        </Anchor>
      </Page>
    );
  }
  return <Presentation meeting={meeting} reload={reload} position={position} />;
}

/** Keys typed into a field, a radio group or a dialog are not for browsing. */
function isForTheForm(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('[role="dialog"], input, textarea, select, [role="radiogroup"], [role="listbox"], [role="combobox"]')) return true;
  return false;
}

function Presentation({ meeting, reload, position }: { meeting: Meeting; reload: () => void; position: string | undefined }) {
  const { t } = useDecisionsTranslation();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const agenda = meeting.agenda;
  const count = agenda.length;
  const asked = position === undefined ? 1 : Number(position);
  const valid = Number.isInteger(asked) && asked >= 1 && asked <= count;
  const index = valid ? asked - 1 : 0;
  const item = agenda[index] as AgendaItemFieldsFragment;
  const weights = useSplitWeights(meeting.fundRound.id, false);
  const [deciding, setDeciding] = useState(false);

  const go = useCallback(
    (next: number) => {
      const clamped = Math.min(count - 1, Math.max(0, next));
      if (clamped !== index) navigate(DECISIONS_PATHS.present(meeting.id, clamped + 1), { replace: true });
    },
    [count, index, meeting.id, navigate],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || deciding || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isForTheForm(event.target)) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          go(index + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(index - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(count - 1);
          break;
        case 'Escape':
          navigate(DECISIONS_PATHS.meeting(meeting.id));
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, index, count, deciding, meeting.id, navigate]);

  // every screen: its heading takes the focus, and the page's title names it
  const title = item.initiative.title;
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);
  const appName = t('translation:app.name');
  useEffect(() => {
    document.title = `${t('presentation.title', { title })} – ${appName}`;
  }, [t, title, appName]);

  const canRecord = mayRecordOn(item, meeting.mayDecide) && !item.decision;
  const fullscreen = typeof document !== 'undefined' && document.fullscreenEnabled === true;

  return (
    <div className={classes.stage} data-testid="presentation">
      <div className={classes.top}>
        <p>{t('presentation.meeting', { title: meeting.title, date: meeting.heldOn })}</p>
        <p className={classes.counter} data-testid="presentation-position">
          {t('presentation.position', { position: index + 1, count })}
        </p>
      </div>
      {!valid ? (
        <Alert color="orange" variant="light" mb="sm">
          {t('presentation.notOnAgenda', { position: position ?? '' })}
        </Alert>
      ) : null}
      <article aria-labelledby={headingId}>
        <h1 ref={headingRef} id={headingId} tabIndex={-1} className={classes.heading}>
          {title}
        </h1>
        <p className={classes.department}>{item.initiative.department.name}</p>
        <div className={classes.grid}>
          <div>
            <h2>{t('presentation.summary')}</h2>
            <p className={classes.text}>{item.initiative.description || t('presentation.notGiven')}</p>
            <h2>{t('presentation.effects')}</h2>
            <p className={classes.text}>{item.initiative.expectedEffects || t('presentation.notGiven')}</p>
          </div>
          <div>
            <h2>{t('presentation.figures')}</h2>
            <Figures item={item} perYear={weights.get(item.initiative.id) ?? null} />
          </div>
        </div>
        <h2>{t('presentation.recommendation')}</h2>
        <p>{item.recommendation}</p>
        <p>{item.fundedInProposal ? t('agenda.fundedInProposal') : t('agenda.belowLine')}</p>
        <h2>{t('presentation.decision')}</h2>
        <div data-testid="presentation-decision">
          {item.decision ? <DecisionSummary decision={item.decision} detailed /> : <p>{t('presentation.undecided')}</p>}
          {canRecord ? (
            <Button size="lg" mt="sm" onClick={() => setDeciding(true)}>
              {t('agenda.record')}
            </Button>
          ) : null}
        </div>
      </article>

      <nav aria-label={t('presentation.navigation')} className={classes.nav}>
        <Button size="lg" variant="default" onClick={() => go(index - 1)} disabled={index === 0}>
          {t('presentation.previous')}
        </Button>
        <span className={classes.counter} aria-hidden="true">
          {t('presentation.position', { position: index + 1, count })}
        </span>
        <Button size="lg" onClick={() => go(index + 1)} disabled={index === count - 1}>
          {t('presentation.next')}
        </Button>
        <Button size="lg" variant="subtle" component={Link} to={DECISIONS_PATHS.meeting(meeting.id)}>
          {t('presentation.exit')}
        </Button>
        {fullscreen ? (
          <Button
            size="lg"
            variant="subtle"
            onClick={() => {
              if (document.fullscreenElement) void document.exitFullscreen();
              else void document.documentElement.requestFullscreen();
            }}
          >
            {t('presentation.fullscreen')}
          </Button>
        ) : null}
      </nav>
      <p className={classes.keys}>{t('presentation.keys')}</p>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-testid="presentation-announcement">
        {t('presentation.announce', { position: index + 1, count, title })}
      </VisuallyHidden>

      <DecisionDialog
        item={deciding ? decisionItemOf(item, weights) : null}
        meeting={{ id: meeting.id, registrationNumber: meeting.registrationNumber }}
        round={decisionRoundOf(meeting)}
        large
        onClose={() => setDeciding(false)}
        onRecorded={() => {
          setDeciding(false);
          reload();
        }}
        onReload={reload}
      />
    </div>
  );
}

/** Nyckeltal: requested amount (and per year), NPV, benefit/cost ratio, NPV per krona, score and must-requirements. */
function Figures({ item, perYear }: { item: AgendaItemFieldsFragment; perYear: readonly YearAmountData[] | null }) {
  const { t } = useDecisionsTranslation();
  const format = useDecisionsFormat();
  const { initiative } = item;
  const missing = t('presentation.missing');
  const years = perYear && perYear.length > 0 ? perYear : null;
  const score = initiative.assessmentScore?.score ?? null;
  const eligibility = initiative.eligibility;
  return (
    <dl className={classes.figures} data-testid="presentation-figures">
      <dt>{t('presentation.requested')}</dt>
      <dd>{format.money(initiative.requestedAmount)}</dd>
      <dt>{t('presentation.perYear')}</dt>
      <dd>{years ? format.list(years.map((a) => t('summary.yearAmount', { year: a.year, amount: format.money(a.amount) }))) : missing}</dd>
      <dt>{t('presentation.npv')}</dt>
      <dd>{initiative.npv === null ? missing : format.money(initiative.npv)}</dd>
      <dt>{t('presentation.benefitCostRatio')}</dt>
      <dd>{initiative.benefitCostRatio === null ? missing : format.ratio(initiative.benefitCostRatio)}</dd>
      <dt>{t('presentation.npvPerKrona')}</dt>
      <dd>{initiative.npvPerKrona === null ? missing : format.ratio(initiative.npvPerKrona)}</dd>
      <dt>{t('presentation.score')}</dt>
      <dd>{score === null ? missing : format.score(score)}</dd>
      <dt>{t('presentation.eligibility')}</dt>
      <dd>
        {eligibility ? (
          <>
            {t(`eligibility.${eligibility.status}`)}
            {eligibility.failed.length > 0 ? <span style={{ display: 'block', fontWeight: 400 }}>{t('eligibility.failed', { names: format.list(eligibility.failed.map((f) => f.name)) })}</span> : null}
            {eligibility.unanswered.length > 0 ? (
              <span style={{ display: 'block', fontWeight: 400 }}>{t('eligibility.unanswered', { names: format.list(eligibility.unanswered.map((f) => f.name)) })}</span>
            ) : null}
          </>
        ) : (
          missing
        )}
      </dd>
    </dl>
  );
}
