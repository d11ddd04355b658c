import { Button, Fieldset, Group, Stack, Table, Text, TextInput, Textarea, VisuallyHidden } from '@mantine/core';
import { memo, useId } from 'react';
import { ScrollTable } from '@dp/web/ui';
import { useCriteriaFormat } from './criteria-format';
import {
  addLevel,
  moveCriterion,
  removeCriterion,
  removeLevel,
  removeMustRequirement,
  updateCriterion,
  updateLevel,
  updateMustRequirement,
  type CriteriaDraft,
  type CriterionDraft,
  type MustRequirementDraft,
} from './criteria-model';
import { useAdminTranslation } from './i18n';

/** Applies a change to the form's draft; `path` names the field changed (its API error goes), none = the lists changed. */
export type CriteriaEdit = (update: (draft: CriteriaDraft) => CriteriaDraft, path?: string) => void;

/** field path → translated message, for one item's fields */
export type FieldMessages = Readonly<Record<string, string>>;

const sameMessages = (a: FieldMessages, b: FieldMessages) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

export interface CriterionFieldsetProps {
  criterion: CriterionDraft;
  index: number;
  count: number;
  /** its normalised weight now (0–1), undefined while it cannot be computed */
  share: number | undefined;
  /** the weights are derived by pairwise comparison: no weight field */
  ahp: boolean;
  /** the messages at this criterion's fields, by full path (`criteria.2.weight`) */
  messages: FieldMessages;
  scaleOpen: boolean;
  onEdit: CriteriaEdit;
  onToggleScale: (key: string) => void;
  onAnnounce: (text: string) => void;
}

/**
 * One criterion: name, description, weight (or the derived weight with AHP), its scale (a summary; open,
 * the levels to edit) and the buttons to move or remove it. Memoised: typing in one criterion does not
 * render the others.
 */
export const CriterionFieldset = memo(function CriterionFieldset({
  criterion,
  index,
  count,
  share,
  ahp,
  messages,
  scaleOpen,
  onEdit,
  onToggleScale,
  onAnnounce,
}: CriterionFieldsetProps) {
  const { t } = useAdminTranslation();
  const format = useCriteriaFormat();
  const path = `criteria.${index}`;
  const named = criterion.name.trim();
  const name = named || t('criteria.criterionUnnamed', { number: index + 1 });
  return (
    <Fieldset legend={named ? t('criteria.criterionLegend', { number: index + 1, name }) : name} data-testid={`criterion-${index}`}>
      <Stack gap="sm">
        <TextInput
          label={t('criteria.name')}
          required
          description={criterion.savedId ? t('criteria.savedId', { id: criterion.savedId }) : t('criteria.newId')}
          value={criterion.name}
          error={messages[`${path}.name`]}
          onChange={(e) => {
            const name = e.currentTarget.value;
            onEdit((d) => updateCriterion(d, index, { name }), `${path}.name`);
          }}
        />
        <Textarea
          label={t('criteria.description')}
          description={t('criteria.descriptionHelp')}
          required
          rows={3}
          resize="vertical"
          value={criterion.description}
          error={messages[`${path}.description`]}
          onChange={(e) => {
            const description = e.currentTarget.value;
            onEdit((d) => updateCriterion(d, index, { description }), `${path}.description`);
          }}
        />
        {ahp ? (
          <Text size="sm" data-testid={`derived-weight-${index}`}>
            {t('criteria.derivedWeight', { percent: share === undefined ? '–' : format.percent(share) })}
          </Text>
        ) : (
          <Group gap="md" align="flex-end" wrap="wrap">
            <TextInput
              label={t('criteria.weight')}
              description={t('criteria.weightHelp')}
              required
              inputMode="decimal"
              autoComplete="off"
              styles={{ wrapper: { maxWidth: 160 } }}
              value={criterion.weight}
              error={messages[`${path}.weight`]}
              onChange={(e) => {
                const weight = e.currentTarget.value;
                onEdit((d) => updateCriterion(d, index, { weight }), `${path}.weight`);
              }}
            />
            <Text component="output" size="sm" pb={8} aria-live="polite">
              {share === undefined ? t('criteria.shareMissing') : t('criteria.share', { percent: format.percent(share) })}
            </Text>
          </Group>
        )}

        <ScaleEditor criterion={criterion} index={index} open={scaleOpen} messages={messages} onToggle={() => onToggleScale(criterion.key)} onEdit={onEdit} onAnnounce={onAnnounce} />

        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={index === 0}
            aria-label={t('criteria.moveUpLabel', { name })}
            onClick={() => {
              onEdit((d) => moveCriterion(d, index, -1));
              onAnnounce(t('criteria.moved', { name, number: index }));
            }}
          >
            {t('criteria.moveUp')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={index === count - 1}
            aria-label={t('criteria.moveDownLabel', { name })}
            onClick={() => {
              onEdit((d) => moveCriterion(d, index, 1));
              onAnnounce(t('criteria.moved', { name, number: index + 2 }));
            }}
          >
            {t('criteria.moveDown')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            aria-label={t('criteria.removeLabel', { name })}
            onClick={() => {
              onEdit((d) => removeCriterion(d, index));
              onAnnounce(t('criteria.removed', { name }));
            }}
          >
            {t('criteria.remove')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}, (a, b) => {
  const { messages: ma, ...ra } = a;
  const { messages: mb, ...rb } = b;
  return sameMessages(ma, mb) && (Object.keys(ra) as (keyof typeof ra)[]).every((k) => ra[k] === rb[k]);
});

interface ScaleEditorProps {
  criterion: CriterionDraft;
  index: number;
  open: boolean;
  messages: FieldMessages;
  onToggle: () => void;
  onEdit: CriteriaEdit;
  onAnnounce: (text: string) => void;
}

/**
 * A criterion's anchored scale: a summary of its levels, and opened a table of them (score, label,
 * description) to edit, add and remove.
 */
function ScaleEditor({ criterion, index, open, messages, onToggle, onEdit, onAnnounce }: ScaleEditorProps) {
  const { t } = useAdminTranslation();
  const format = useCriteriaFormat();
  const helpId = useId();
  const panelId = useId();
  const path = `criteria.${index}.scale`;
  const name = criterion.name.trim() || t('criteria.criterionUnnamed', { number: index + 1 });
  const summary = criterion.scale.map((l) => `${l.value} ${l.label}`.trim()).join(', ');
  return (
    <Stack gap={4}>
      <Group gap="sm" align="baseline" wrap="wrap">
        <Text fw={600} size="sm">
          {t('criteria.scale')}:
        </Text>
        <Text size="sm" data-testid={`scale-summary-${index}`}>
          {summary || t('criteria.scaleEmpty')}
        </Text>
        <Button variant="subtle" size="compact-sm" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={onToggle}>
          {open ? t('criteria.hideScale') : t('criteria.showScale')}
        </Button>
      </Group>
      {open ? (
        <Stack gap={4} id={panelId}>
          <Text size="xs" c="dimmed" id={helpId}>
            {t('criteria.scaleHelp')}
          </Text>
          <ScrollTable minWidth={640} focusable={false}>
            <Table verticalSpacing={4} horizontalSpacing={6} aria-describedby={helpId}>
              <VisuallyHidden component="caption">{t('criteria.scaleCaption', { name })}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={110}>
                    {t('criteria.levelValue')}
                  </Table.Th>
                  <Table.Th scope="col" w={200}>
                    {t('criteria.levelLabel')}
                  </Table.Th>
                  <Table.Th scope="col">{t('criteria.levelDescription')}</Table.Th>
                  <Table.Th scope="col" w={90}>
                    <VisuallyHidden>{t('criteria.levelActions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {criterion.scale.map((level, j) => {
                  const at = `${path}.${j}`;
                  return (
                    <Table.Tr key={level.key}>
                      <Table.Td>
                        <TextInput
                          aria-label={t('criteria.levelValueLabel', { number: j + 1 })}
                          inputMode="numeric"
                          autoComplete="off"
                          value={level.value}
                          error={messages[`${at}.value`]}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            onEdit((d) => updateLevel(d, index, j, { value }), `${at}.value`);
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('criteria.levelLabelLabel', { number: j + 1 })}
                          value={level.label}
                          error={messages[`${at}.label`]}
                          onChange={(e) => {
                            const label = e.currentTarget.value;
                            onEdit((d) => updateLevel(d, index, j, { label }), `${at}.label`);
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Textarea
                          aria-label={t('criteria.levelDescriptionLabel', { number: j + 1 })}
                          rows={2}
                          resize="vertical"
                          value={level.description}
                          error={messages[`${at}.description`]}
                          onChange={(e) => {
                            const description = e.currentTarget.value;
                            onEdit((d) => updateLevel(d, index, j, { description }), `${at}.description`);
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          color="red"
                          size="xs"
                          aria-label={t('criteria.removeLevelLabel', { number: j + 1 })}
                          onClick={() => {
                            onEdit((d) => removeLevel(d, index, j));
                            onAnnounce(t('criteria.removed', { name: level.label.trim() || t('criteria.removeLevelLabel', { number: j + 1 }) }));
                          }}
                        >
                          {t('criteria.removeLevel')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {messages[path] ? (
            <Text c="red" size="sm" role="alert">
              {messages[path]}
            </Text>
          ) : null}
          <Group>
            <Button variant="subtle" size="xs" onClick={() => onEdit((d) => addLevel(d, index, format.locale))}>
              {t('criteria.addLevel')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

export interface MustRequirementFieldsetProps {
  requirement: MustRequirementDraft;
  index: number;
  messages: FieldMessages;
  onEdit: CriteriaEdit;
  onAnnounce: (text: string) => void;
}

/** One must-requirement (ska-krav): name, description, remove. Memoised like the criteria. */
export const MustRequirementFieldset = memo(function MustRequirementFieldset({ requirement, index, messages, onEdit, onAnnounce }: MustRequirementFieldsetProps) {
  const { t } = useAdminTranslation();
  const path = `mustRequirements.${index}`;
  const named = requirement.name.trim();
  const name = named || t('criteria.must.unnamed', { number: index + 1 });
  return (
    <Fieldset legend={named ? t('criteria.must.legend', { number: index + 1, name }) : name}>
      <Stack gap="sm">
        <TextInput
          label={t('criteria.must.name')}
          required
          description={requirement.savedId ? t('criteria.savedId', { id: requirement.savedId }) : t('criteria.newId')}
          value={requirement.name}
          error={messages[`${path}.name`]}
          onChange={(e) => {
            const name = e.currentTarget.value;
            onEdit((d) => updateMustRequirement(d, index, { name }), `${path}.name`);
          }}
        />
        <Textarea
          label={t('criteria.must.description')}
          required
          rows={3}
          resize="vertical"
          value={requirement.description}
          error={messages[`${path}.description`]}
          onChange={(e) => {
            const description = e.currentTarget.value;
            onEdit((d) => updateMustRequirement(d, index, { description }), `${path}.description`);
          }}
        />
        <Group>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            aria-label={t('criteria.must.removeLabel', { name })}
            onClick={() => {
              onEdit((d) => removeMustRequirement(d, index));
              onAnnounce(t('criteria.must.removed', { name }));
            }}
          >
            {t('criteria.must.remove')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}, (a, b) => {
  const { messages: ma, ...ra } = a;
  const { messages: mb, ...rb } = b;
  return sameMessages(ma, mb) && (Object.keys(ra) as (keyof typeof ra)[]).every((k) => ra[k] === rb[k]);
});
