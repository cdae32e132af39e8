import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { MenteeEssentials, MentorEssentials, MentorLoad, Place, ResponseRecord } from '../../../../shared/contracts/approvals';
import { useT, type MessageKey } from '../../utils/useT';

/** Label and value pairs, as a description list; empty values read as a dash. */
export const Facts = ({ items }: { items: [string, ReactNode][] }) => {
  const t = useT();
  return (
    <Flex tag="dl" direction="column" alignItems="stretch" gap={2}>
      {items.map(([label, value]) => (
        <Flex key={label} gap={3} alignItems="flex-start" wrap="wrap">
          <Box tag="dt" minWidth="13rem">
            <Typography variant="pi" textColor="neutral600">
              {label}
            </Typography>
          </Box>
          <Box tag="dd" flex="1">
            <Typography variant="pi">{value === null || value === '' ? t('value.none') : value}</Typography>
          </Box>
        </Flex>
      ))}
    </Flex>
  );
};

const list = (items: string[]) => (items.length ? items.join(', ') : null);
const placeText = (place: Place | null) => (place ? [place.city, place.country].filter(Boolean).join(', ') : null);

export const MenteeFacts = ({ mentee }: { mentee: MenteeEssentials }) => {
  const t = useT();
  const studies = [mentee.academicProgram, mentee.graduationYear ? t('approvals.mentee.classOf', { year: mentee.graduationYear }) : null].filter(Boolean).join(', ');
  return (
    <Facts
      items={[
        [t('approvals.mentee.studies'), studies || null],
        [t('approvals.mentee.interests'), list(mentee.interests)],
        [t('approvals.mentee.industries'), list(mentee.targetIndustries)],
        [t('approvals.mentee.functions'), list(mentee.targetFunctions)],
        [t('approvals.mentee.meeting'), mentee.meetingPreference ? t(`approvals.meeting.${mentee.meetingPreference}` as MessageKey) : null],
        [t('approvals.place'), placeText(mentee.place)],
      ]}
    />
  );
};

export const MentorFacts = ({ mentor, extra = [] }: { mentor: MentorEssentials; extra?: [string, ReactNode][] }) => {
  const t = useT();
  return (
    <Facts
      items={[
        [t('approvals.mentor.role'), mentor.currentRole ? t('approvals.mentor.roleAt', mentor.currentRole) : null],
        [t('approvals.mentor.industries'), list(mentor.industries)],
        [t('approvals.mentor.functions'), list(mentor.functions)],
        [t('approvals.mentor.expertise'), list(mentor.expertise)],
        [t('approvals.place'), placeText(mentor.place)],
        ...extra,
      ]}
    />
  );
};

/** "2 of 3 places held", or "2 held (no limit)". */
export function useLoadText() {
  const t = useT();
  return (load: MentorLoad) => (load.capacity === null ? t('approvals.load.unlimited', { held: load.held }) : t('approvals.load.value', { held: load.held, capacity: load.capacity }));
}

/** The mentor's answers so far: acceptance rate, median time to answer, requests received. */
export function useRecordText() {
  const t = useT();
  const { formatNumber } = useIntl();
  return (record: ResponseRecord) => {
    const decided = record.accepted + record.declined + record.expired;
    const rate =
      record.acceptRate === null
        ? t('approvals.record.noDecision')
        : t('approvals.record.rate', { rate: formatNumber(record.acceptRate, { style: 'percent', maximumFractionDigits: 0 }), accepted: record.accepted, decided });
    const median =
      record.medianResponseHours === null
        ? t('approvals.record.noAnswer')
        : record.medianResponseHours < 1
          ? t('approvals.record.medianUnderHour')
          : t('approvals.record.median', { hours: formatNumber(record.medianResponseHours, { maximumFractionDigits: 1 }) });
    return `${rate}. ${median}. ${t('approvals.record.received', { count: record.received })}`;
  };
}
