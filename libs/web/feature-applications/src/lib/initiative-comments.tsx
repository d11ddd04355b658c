import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { COMMENT_MAX_LENGTH, canComment } from '@dp/domain/workflow';
import { ErrorState, formatDateTime, useNotify } from '@dp/web/ui';
import { readGraphQLError, useCurrentUser, type GraphQLFailure, type InitiativeDetailFieldsFragment } from '@dp/web/data-access';
import { AddCommentMutation } from './operations';
import { failureText } from './failure-text';

/** A comment: required (not only spaces), at most COMMENT_MAX_LENGTH characters, as the API checks it. Messages are codes. */
const commentSchema = z.object({
  text: z.string().trim().min(1, 'REQUIRED').max(COMMENT_MAX_LENGTH, 'TOO_LONG'),
});
type CommentValues = z.input<typeof commentSchema>;
type ValidComment = z.output<typeof commentSchema>;

export interface InitiativeCommentsProps {
  initiative: Pick<InitiativeDetailFieldsFragment, 'id' | 'comments' | 'department'>;
}

/**
 * "Kommentarer": the initiative's comments, oldest first, and a form to add one. Auditors read but do not
 * write (the domain's canComment, as the API decides); they are told why instead of getting the form.
 */
export function InitiativeComments({ initiative }: InitiativeCommentsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { actor } = useCurrentUser();
  const may = canComment(actor, { departmentId: initiative.department.id });

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" data-testid="comments">
      <Title order={3} size="h4" id={headingId}>
        {t('comments.title')}
      </Title>
      {initiative.comments.length === 0 ? (
        <Text>{t('comments.empty')}</Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('comments.listLabel')}>
          {initiative.comments.map((comment) => (
            <Paper component="li" key={comment.id} withBorder p="sm" radius="sm">
              <Text size="sm" fw={600}>
                {comment.authorName}
                {', '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {comment.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {may.ok ? (
        <CommentForm initiativeId={initiative.id} />
      ) : may.reason === 'ROLE_REQUIRED' ? (
        <Alert color="blue" variant="light" data-testid="comments-read-only">
          <Text size="sm">{t('comments.auditor')}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}

function CommentForm({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [, addComment] = useMutation(AddCommentMutation);
  const [failure, setFailure] = useState<GraphQLFailure | null>(null);
  const form = useForm<CommentValues, unknown, ValidComment>({ resolver: zodResolver(commentSchema), defaultValues: { text: '' } });
  const code = form.formState.errors.text?.message;
  const message = code ? t(code === 'TOO_LONG' ? 'comments.errors.TOO_LONG' : 'comments.errors.REQUIRED', { max: COMMENT_MAX_LENGTH.toLocaleString('sv-SE') }) : undefined;

  const save = async ({ text }: ValidComment) => {
    setFailure(null);
    const result = await addComment({ initiativeId, text });
    if (result.data?.addComment && !result.error) {
      form.reset({ text: '' });
      notify({ message: t('comments.added') });
      return;
    }
    const f = readGraphQLError(result.error) ?? { kind: 'unknown' };
    const field = f.kind === 'validation' ? f.fields.find((e) => e.field.endsWith('text')) : undefined;
    if (field) {
      form.setError('text', { type: 'server', message: field.reason === 'TOO_LONG' ? 'TOO_LONG' : 'REQUIRED' }, { shouldFocus: true });
      return;
    }
    setFailure(f);
  };

  const { retryable: _retryable, ...errorText } = failureText(t, failure);

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(save)(event)}>
      <Stack gap="sm">
        <Textarea
          {...form.register('text')}
          label={t('comments.label')}
          description={t('comments.help')}
          autosize
          minRows={3}
          maxRows={10}
          error={message}
        />
        {failure ? <ErrorState {...errorText} /> : null}
        <Group>
          <Button type="submit" variant="light" loading={form.formState.isSubmitting}>
            {t('comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
