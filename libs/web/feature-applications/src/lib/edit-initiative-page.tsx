import { Anchor, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ValidCreateInitiativeInput } from '@dp/domain/initiatives';
import { ErrorState, LoadingState, Page, useNotify } from '@dp/web/ui';
import { readGraphQLError, type GraphQLFailure, type ServerFieldError } from '@dp/web/data-access';
import { InitiativeQuery, UpdateInitiativeMutation } from './operations';
import { useReferenceData, type ReferenceData } from './reference-data';
import { InitiativeFormView, applyServerFieldErrors, useInitiativeForm } from './initiative-form';
import { toFormValues } from './form-model';
import { ConflictPanel, type LatestInitiative } from './conflict-panel';
import { SaveError } from './save-error';

/** Redigera initiativ: the same form, saved with the version it was loaded at (optimistic lock). */
export function EditInitiativePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const reference = useReferenceData();
  const [result, reexecute] = useQuery({ query: InitiativeQuery, variables: { id } });

  const failure = readGraphQLError(result.error);
  const notFound = (result.data && result.data.initiative === null) || failure?.kind === 'not-found';

  if (notFound) {
    return (
      <Page title={t('initiatives.form.notFoundTitle')}>
        <Text>{t('initiatives.form.notFoundBody')}</Text>
        <Anchor component={Link} to="/initiatives">
          {t('notFound.back')}
        </Anchor>
      </Page>
    );
  }

  const title = t('initiatives.form.editTitle');
  const initiative = result.data?.initiative;
  return (
    <Page title={title}>
      {result.error || reference.error ? (
        <ErrorState
          message={failure?.kind === 'network' ? t('common.networkError') : undefined}
          onRetry={() => {
            reexecute({ requestPolicy: 'network-only' });
            reference.retry();
          }}
        />
      ) : !initiative || !reference.data ? (
        <LoadingState />
      ) : (
        <EditInitiativeForm key={initiative.id} initiative={initiative} reference={reference.data} />
      )}
    </Page>
  );
}

function EditInitiativeForm({ initiative, reference }: { initiative: LatestInitiative; reference: ReferenceData }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const [, updateInitiative] = useMutation(UpdateInitiativeMutation);
  const form = useInitiativeForm(toFormValues(initiative), reference);
  /** the version the user's values are based on */
  const [version, setVersion] = useState(initiative.version);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<GraphQLFailure | null>(null);
  const [unplaced, setUnplaced] = useState<ServerFieldError[]>([]);

  const save = async (input: ValidCreateInitiativeInput) => {
    setFailure(null);
    setUnplaced([]);
    const result = await updateInitiative({ id: initiative.id, version, input });
    const updated = result.data?.updateInitiative;
    if (updated && !result.error) {
      setConflict(false);
      setVersion(updated.version);
      notify({ message: t('initiatives.form.updated', { title: updated.title }) });
      void navigate(`/initiatives?round=${encodeURIComponent(input.fundRoundId)}`);
      return;
    }
    const f = readGraphQLError(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    if (f.kind === 'conflict') setConflict(true);
    if (f.kind === 'validation') setUnplaced(applyServerFieldErrors(form, f.fields));
  };

  const keepMine = (latest: LatestInitiative) => {
    setVersion(latest.version);
    setConflict(false);
    setFailure(null);
    notify({ message: t('initiatives.conflict.keepMineHelp'), tone: 'info' });
  };
  const takeLatest = (latest: LatestInitiative) => {
    form.reset(toFormValues(latest));
    setVersion(latest.version);
    setConflict(false);
    setFailure(null);
  };

  return (
    <InitiativeFormView
      form={form}
      reference={reference}
      submitLabel={t('initiatives.form.submitUpdate')}
      onValid={save}
      formError={<SaveError failure={failure} unplaced={unplaced} onRetry={() => void form.handleSubmit(save)()} />}
      cancel={
        <Button component={Link} to="/initiatives" variant="default">
          {t('common.cancel')}
        </Button>
      }
    >
      {conflict ? (
        <ConflictPanel
          initiativeId={initiative.id}
          reference={reference}
          getValues={form.getValues}
          onKeepMine={keepMine}
          onUseLatest={takeLatest}
        />
      ) : null}
    </InitiativeFormView>
  );
}
