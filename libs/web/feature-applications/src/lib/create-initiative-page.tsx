import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { ValidCreateInitiativeInput } from '@dp/domain/initiatives';
import { ErrorState, LoadingState, Page, useNotify } from '@dp/web/ui';
import { creatableDepartmentIds, readGraphQLError, useCurrentUser, type GraphQLFailure, type ServerFieldError } from '@dp/web/data-access';
import { CreateInitiativeMutation } from './operations';
import { defaultFundRound, useReferenceData, type ReferenceData } from './reference-data';
import { InitiativeFormView, applyServerFieldErrors, useInitiativeForm } from './initiative-form';
import { emptyFormValues, withoutEmptyTexts } from './form-model';
import { SaveError } from './save-error';

/**
 * Nytt initiativ: the application form; after saving, the list of the initiative's round. Only applicants
 * create initiatives, for their own departments: those are the department choices (preselected when there
 * is one); anybody else is told why there is no form.
 */
export function CreateInitiativePage() {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const { user } = useCurrentUser();
  const departmentIds = useMemo(() => creatableDepartmentIds(user), [user]);
  const title = t('initiatives.form.createTitle');

  if (departmentIds.length === 0) {
    return (
      <Page title={title}>
        <Alert color="blue" variant="light" title={t('initiatives.create.notAllowedTitle')}>
          <Text size="sm">{t('initiatives.create.notAllowed')}</Text>
        </Alert>
        <Anchor component={Link} to="/initiatives">
          {t('initiatives.form.back')}
        </Anchor>
      </Page>
    );
  }

  return (
    <Page title={title}>
      {reference.error ? (
        <ErrorState onRetry={reference.retry} />
      ) : !reference.data ? (
        <LoadingState />
      ) : (
        <CreateInitiativeForm reference={reference.data} departmentIds={departmentIds} />
      )}
    </Page>
  );
}

function CreateInitiativeForm({ reference, departmentIds }: { reference: ReferenceData; departmentIds: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const [, createInitiative] = useMutation(CreateInitiativeMutation);
  const [failure, setFailure] = useState<GraphQLFailure | null>(null);
  const [unplaced, setUnplaced] = useState<ServerFieldError[]>([]);
  const departments = reference.departments.filter((d) => departmentIds.includes(d.id));
  const form = useInitiativeForm(
    {
      ...emptyFormValues,
      departmentId: departments.length === 1 ? (departments[0]?.id ?? null) : null,
      fundRoundId: defaultFundRound(reference.fundRounds)?.id ?? null,
    },
    reference,
  );

  const save = async (input: ValidCreateInitiativeInput) => {
    setFailure(null);
    setUnplaced([]);
    const result = await createInitiative({ input: withoutEmptyTexts(input) });
    const created = result.data?.createInitiative;
    if (created && !result.error) {
      notify({ message: t('initiatives.form.created', { title: created.title }) });
      void navigate(`/initiatives?round=${encodeURIComponent(input.fundRoundId)}`);
      return;
    }
    const f = readGraphQLError(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    if (f.kind === 'validation') setUnplaced(applyServerFieldErrors(form, f.fields));
  };

  return (
    <InitiativeFormView
      form={form}
      reference={reference}
      submitLabel={t('initiatives.form.submitCreate')}
      onValid={save}
      departments={departments}
      formError={<SaveError failure={failure} unplaced={unplaced} onRetry={() => void form.handleSubmit(save)()} />}
      cancel={
        <Button component={Link} to="/initiatives" variant="default">
          {t('common.cancel')}
        </Button>
      }
    />
  );
}
