import { Accordion, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { scaleRange } from '@dp/domain/prioritisation';
import { ScrollTable, formatDate } from '@dp/web/ui';
import { useCriteriaFormat } from './criteria-format';
import type { CriteriaSetData } from './criteria-model';
import { useAdminTranslation } from './i18n';

/** "Utkast" / "Fryst sedan 2027-03-01" */
export function useCriteriaSetStatus(): (set: Pick<CriteriaSetData, 'status' | 'frozenAt'>) => string {
  const { t } = useAdminTranslation();
  return (set) => (set.status === 'FROZEN' ? t('criteria.version.frozen', { date: set.frozenAt ? formatDate(set.frozenAt) : '' }) : t('criteria.version.draft'));
}

/** The earlier versions of a round's criteria, newest first, read-only. */
export function CriteriaVersions({ sets }: { sets: readonly CriteriaSetData[] }) {
  const { t } = useAdminTranslation();
  const headingId = useId();
  const statusOf = useCriteriaSetStatus();
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        {t('criteria.versions.heading')}
      </Title>
      {sets.length === 0 ? (
        <Text size="sm">{t('criteria.versions.none')}</Text>
      ) : (
        <Accordion multiple variant="separated" data-testid="criteria-versions">
          {sets.map((set) => (
            <Accordion.Item key={set.id} value={set.id}>
              <Accordion.Control>{t('criteria.versions.summary', { number: set.number, status: statusOf(set) })}</Accordion.Control>
              <Accordion.Panel>
                <VersionDetails set={set} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

function VersionDetails({ set }: { set: CriteriaSetData }) {
  const { t } = useAdminTranslation();
  const format = useCriteriaFormat();
  const criteriaCaptionId = useId();
  const mustCaptionId = useId();
  const caption = { captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 } as const;
  return (
    <Stack gap="md">
      {set.fingerprint ? (
        <Text size="sm">
          {t('criteria.version.fingerprint')}: <Code style={{ wordBreak: 'break-all' }}>{set.fingerprint}</Code>
        </Text>
      ) : null}
      {set.pairwise && set.consistencyRatio !== null ? <Text size="sm">{t('criteria.versions.ahp', { cr: format.ratio(set.consistencyRatio) })}</Text> : null}
      <ScrollTable minWidth={560} labelledBy={criteriaCaptionId}>
        <Table withTableBorder verticalSpacing={4}>
          <caption id={criteriaCaptionId} style={caption}>
            {t('criteria.versions.criteriaCaption', { number: set.number })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('criteria.versions.name')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('criteria.versions.weight')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('criteria.versions.share')}
              </Table.Th>
              <Table.Th scope="col">{t('criteria.versions.scale')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {set.criteria.map((c) => {
              const range = scaleRange(c);
              return (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400}>
                    {c.name}
                  </Table.Th>
                  <Table.Td ta="right">{format.number(c.weight)}</Table.Td>
                  <Table.Td ta="right">{format.percent(c.normalisedWeight)}</Table.Td>
                  <Table.Td>{t('criteria.versions.scaleRange', { min: range.min, max: range.max, levels: c.scale.map((l) => l.label).join(', ') })}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {set.mustRequirements.length === 0 ? (
        <Text size="sm">{t('criteria.versions.noMust')}</Text>
      ) : (
        <ScrollTable minWidth={560} labelledBy={mustCaptionId}>
          <Table withTableBorder verticalSpacing={4}>
            <caption id={mustCaptionId} style={caption}>
              {t('criteria.versions.mustCaption', { number: set.number })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('criteria.versions.requirement')}</Table.Th>
                <Table.Th scope="col">{t('criteria.versions.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {set.mustRequirements.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={400}>
                    {r.name}
                  </Table.Th>
                  <Table.Td>{r.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
