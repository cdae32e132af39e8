import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Badge, Box, Button, Combobox, ComboboxOption, Field, Flex, Grid, Loader, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import type { MatchingWeights } from '../../../../shared/contracts/matching';
import type {
  PreviewSuggestion,
  SampleMentee,
  SampleMenteesResponse,
  WeightsPreview as Preview,
  WeightsPreviewResponse,
} from '../../../../shared/contracts/weights-preview';
import { useT } from '../../utils/useT';

/** Long enough that a run of changes to the selects asks the server once. */
const PREVIEW_DELAY_MS = 300;
const SEARCH_DELAY_MS = 250;
const SHOWN = 10;

/** The weights form on the left, the preview on the right (stacked on narrow screens); it stays in view (below the page's sticky header) while the form scrolls. */
export const BesideWeights = ({ preview, children }: { preview: ReactNode; children: ReactNode }) => (
  <Grid.Root gap={6}>
    <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
      {children}
    </Grid.Item>
    <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
      <Box marginTop={6} style={{ position: 'sticky', top: '7.2rem' }}>
        {preview}
      </Box>
    </Grid.Item>
  </Grid.Root>
);

/** How a mentor moved against the saved weights: up, down, same place, or new in the list. */
const Movement = ({ entry }: { entry: PreviewSuggestion }) => {
  const t = useT();
  const { rank, savedRank } = entry;
  if (savedRank === null) {
    return (
      <Badge variant="primary" size="S">
        {t('weightsPreview.move.new')}
        <VisuallyHidden>{t('weightsPreview.move.new.label')}</VisuallyHidden>
      </Badge>
    );
  }
  const places = Math.abs(savedRank - rank);
  const up = savedRank > rank;
  const label = savedRank === rank ? t('weightsPreview.move.same.label') : t(up ? 'weightsPreview.move.up.label' : 'weightsPreview.move.down.label', { places, from: savedRank });
  return (
    <Typography variant="omega" fontWeight="bold" textColor={savedRank === rank ? 'neutral600' : up ? 'success700' : 'danger700'} title={label}>
      <span aria-hidden>{savedRank === rank ? '=' : `${up ? '↑' : '↓'}${places}`}</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Typography>
  );
};

const SuggestionRow = ({ entry }: { entry: PreviewSuggestion }) => {
  const t = useT();
  const changed = entry.compatibility !== entry.savedCompatibility;
  return (
    <Box tag="li" data-mentor={entry.mentor.documentId} paddingTop={3} paddingBottom={3} borderColor="neutral150" style={{ borderWidth: '0 0 1px 0', borderStyle: 'solid' }}>
      <Flex gap={3} alignItems="flex-start">
        <Box minWidth="2.4rem">
          <Typography variant="omega" fontWeight="bold" textColor="neutral800">
            {entry.rank}
          </Typography>
        </Box>
        <Flex direction="column" alignItems="stretch" gap={1} grow={1} minWidth={0}>
          <Typography variant="omega" fontWeight="semiBold" textColor="neutral800">
            {entry.mentor.fullName}
          </Typography>
          {entry.reasons[0] && (
            <Typography variant="pi" textColor="neutral600">
              {entry.reasons[0].detail}
            </Typography>
          )}
        </Flex>
        <Flex direction="column" alignItems="flex-end" gap={1}>
          <Flex gap={2} alignItems="center">
            <Typography variant="omega" fontWeight="bold" textColor="neutral800">
              {t('weightsPreview.percent', { value: entry.compatibility })}
            </Typography>
            <Movement entry={entry} />
          </Flex>
          {changed && (
            <Typography variant="pi" textColor="neutral600">
              {t('weightsPreview.was', { value: entry.savedCompatibility })}
            </Typography>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};

/** What to show below the picker: a prompt, the first load, an error, an empty list, or the list. */
const PreviewBody = ({ preview, loading, failed, onRetry, weights }: { preview: Preview | null; loading: boolean; failed: boolean; onRetry: () => void; weights: MatchingWeights }) => {
  const t = useT();
  if (failed) {
    return (
      <Flex direction="column" alignItems="flex-start" gap={3} role="alert">
        <Typography textColor="danger600">{t('weightsPreview.error')}</Typography>
        <Button variant="secondary" size="S" startIcon={<ArrowClockwise />} onClick={onRetry}>
          {t('weightsPreview.retry')}
        </Button>
      </Flex>
    );
  }
  if (!preview) {
    return loading ? <Loader small>{t('weightsPreview.loading')}</Loader> : <Typography textColor="neutral600">{t('weightsPreview.prompt')}</Typography>;
  }
  if (preview.suggestions.length === 0) {
    const hasMust = Object.values(weights).includes('must');
    return <Typography textColor="neutral600">{t(hasMust ? 'weightsPreview.empty.must' : 'weightsPreview.empty')}</Typography>;
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {preview.programWeights && (
        <Typography variant="pi" textColor="warning700">
          {t('weightsPreview.programWeights', { program: preview.mentee.program ?? '' })}
        </Typography>
      )}
      <Box tag="ol" aria-label={t('weightsPreview.list', { name: preview.mentee.fullName })} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {preview.suggestions.map((entry) => (
          <SuggestionRow key={entry.mentor.documentId} entry={entry} />
        ))}
      </Box>
      {preview.dropped.length > 0 && (
        <Typography variant="pi" textColor="neutral600">
          {t('weightsPreview.dropped', {
            names: preview.dropped.map((entry) => t('weightsPreview.dropped.entry', { name: entry.mentor.fullName, rank: entry.savedRank })).join(', '),
          })}
        </Typography>
      )}
    </Flex>
  );
};

/**
 * Try weights before saving them: pick a sample student and see their top mentors re-rank as the
 * weight selects change, with each mentor's move against the saved weights. Nothing is saved.
 */
export const WeightsPreview = ({ weights }: { weights: MatchingWeights }) => {
  const t = useT();
  const { get, post } = useFetchClient();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<SampleMentee[]>([]);
  const [searching, setSearching] = useState(false);
  const [mentee, setMentee] = useState<string | undefined>();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const weightsKey = JSON.stringify(weights);

  useEffect(() => {
    let current = true;
    setSearching(true);
    const timer = setTimeout(() => {
      get<SampleMenteesResponse>(`/mentoring/settings/sample-mentees${search.trim() ? `?q=${encodeURIComponent(search.trim())}` : ''}`)
        .then(({ data }) => current && setOptions(data.data))
        .catch(() => current && setOptions([]))
        .finally(() => current && setSearching(false));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [get, search]);

  useEffect(() => {
    if (!mentee) return;
    const call = ++latest.current;
    setLoading(true);
    setFailed(false);
    const timer = setTimeout(() => {
      post<WeightsPreviewResponse>('/mentoring/settings/preview', { mentee, weights: JSON.parse(weightsKey), limit: SHOWN })
        .then(({ data }) => {
          if (call === latest.current) setPreview(data.data);
        })
        .catch(() => {
          if (call === latest.current) setFailed(true);
        })
        .finally(() => {
          if (call === latest.current) setLoading(false);
        });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [post, mentee, weightsKey, attempt]);

  // Enter picks an option here; it must not also submit the settings form around the preview.
  const keepEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius tag="section" aria-labelledby="weights-preview-title" aria-busy={loading}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="center" gap={2}>
          <Typography variant="delta" tag="h2" id="weights-preview-title">
            {t('weightsPreview.title')}
          </Typography>
          {loading && preview && <Loader small>{t('weightsPreview.updating')}</Loader>}
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {t('weightsPreview.intro')}
        </Typography>
        <Box onKeyDown={keepEnter}>
          <Field.Root name="previewMentee" hint={t('weightsPreview.mentee.hint')}>
            <Field.Label>{t('weightsPreview.mentee.label')}</Field.Label>
            <Combobox
              value={mentee}
              autocomplete={{ type: 'list', filter: 'contains' }}
              placeholder={t('weightsPreview.mentee.placeholder')}
              loading={searching}
              loadingMessage={t('weightsPreview.mentee.searching')}
              noOptionsMessage={() => t('weightsPreview.mentee.none')}
              onInputChange={(event) => setSearch(event.currentTarget.value)}
              onChange={(value) => {
                if (!value) return;
                setPreview(null);
                setMentee(value);
              }}
            >
              {options.map((option) => (
                <ComboboxOption key={option.documentId} value={option.documentId}>
                  {option.program ? t('weightsPreview.mentee.option', { name: option.fullName, program: option.program }) : option.fullName}
                </ComboboxOption>
              ))}
            </Combobox>
            <Field.Hint />
          </Field.Root>
        </Box>
        <PreviewBody preview={preview} loading={loading} failed={failed} onRetry={() => setAttempt((n) => n + 1)} weights={weights} />
        <VisuallyHidden aria-live="polite">{preview && !loading ? t('weightsPreview.status', { name: preview.mentee.fullName, count: preview.suggestions.length }) : ''}</VisuallyHidden>
      </Flex>
    </Box>
  );
};
