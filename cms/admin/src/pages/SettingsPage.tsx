import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { Box, Button, Field, Flex, Grid, NumberInput, SingleSelect, SingleSelectOption, Textarea, Toggle, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { BesideWeights, WeightsPreview } from '../components/settings/WeightsPreview';
import { ProgramRules } from '../components/settings/ProgramRules';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import {
  SETTING_FIELDS,
  type FieldError,
  type NumericSettingKey,
  type Settings,
  type SettingsResponse,
} from '../../../shared/contracts/settings';
import { MATCHING_FACTORS, WEIGHT_LEVELS, type MatchingFactor, type WeightLevel } from '../../../shared/contracts/matching';
import { PERMISSIONS } from '../permissions';
import { useT, type MessageKey } from '../utils/useT';

type Errors = Partial<Record<keyof Settings | '_form' | `matchingWeights.${MatchingFactor}`, string>>;

const LEVEL_LABELS: Record<WeightLevel, MessageKey> = {
  must: 'settings.level.must',
  high: 'settings.level.high',
  medium: 'settings.level.medium',
  low: 'settings.level.low',
  off: 'settings.level.off',
};

const numericKeys = Object.keys(SETTING_FIELDS) as NumericSettingKey[];

const SWITCHES: { key: 'approvalRequired' | 'mentorReviewRequired'; label: MessageKey; hint: MessageKey }[] = [
  {
    key: 'approvalRequired',
    label: 'settings.approvalRequired.label',
    hint: 'settings.approvalRequired.hint',
  },
  {
    key: 'mentorReviewRequired',
    label: 'settings.mentorReviewRequired.label',
    hint: 'settings.mentorReviewRequired.hint',
  },
];

const domainLines = (text: string) => text.split(/[\s,]+/).map((line) => line.trim()).filter(Boolean);

/** Turns Strapi's error body into one message per field, as the server named them. */
function fieldErrors(error: unknown, fallback: string): Errors {
  const body = (error as { response?: { data?: { error?: { message?: string; details?: { errors?: FieldError[] } } } } })
    .response?.data?.error;
  const errors: Errors = {};
  for (const item of body?.details?.errors ?? []) {
    const key = (item.path[0] === 'matchingWeights' && item.path[1] ? `matchingWeights.${item.path[1]}` : item.path[0] ?? '_form') as keyof Errors;
    errors[key] = errors[key] ? `${errors[key]}; ${item.message}` : item.message;
  }
  if (Object.keys(errors).length === 0) errors._form = body?.message ?? fallback;
  return errors;
}

export const SettingsPage = () => {
  const t = useT();
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canRead, canUpdate },
  } = useRBAC({ read: PERMISSIONS.readSettings, update: PERMISSIONS.updateSettings });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [domainsText, setDomainsText] = useState('');

  useEffect(() => {
    if (!canRead) return;
    get<SettingsResponse>('/mentoring/settings')
      .then(({ data }) => {
        setSettings(data.data);
        setDomainsText(data.data.menteeEmailDomains.join('\n'));
      })
      .catch(() => setLoadError(true));
  }, [canRead, get]);

  if (isLoadingPermissions) return <Page.Loading />;
  if (!canRead) return <Page.NoPermissions />;
  if (loadError) return <Page.Error />;
  if (!settings) return <Page.Loading />;

  const setValue = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings({ ...settings, [key]: value });
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    try {
      const { data } = await put<SettingsResponse>('/mentoring/settings', settings);
      setSettings(data.data);
      toggleNotification({ type: 'success', message: t('settings.saved') });
    } catch (error) {
      setErrors(fieldErrors(error, t('settings.saveFailed')));
      toggleNotification({ type: 'danger', message: t('settings.invalid') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('settings.pageTitle')}</Page.Title>
      <form onSubmit={onSubmit} noValidate>
        <Layouts.Header
          title={t('settings.title')}
          subtitle={t('settings.subtitle')}
          primaryAction={
            <Button type="submit" startIcon={<Check />} loading={saving} disabled={!canUpdate}>
              {t('settings.save')}
            </Button>
          }
        />
        <Layouts.Content>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={6}>
              {errors._form && (
                <Typography textColor="danger600" role="alert">
                  {errors._form}
                </Typography>
              )}
              <Grid.Root gap={6}>
                {numericKeys.map((key) => (
                  <Grid.Item key={key} col={6} s={12} direction="column" alignItems="stretch">
                    <Field.Root name={key} error={errors[key]} hint={t(`settings.field.${key}.hint`)}>
                      <Field.Label>{t(`settings.field.${key}.label`)}</Field.Label>
                      <NumberInput
                        value={settings[key]}
                        disabled={!canUpdate}
                        // An emptied field is sent as null so the server names it, instead of keeping the old value.
                        onValueChange={(value) => setValue(key, (value ?? null) as number)}
                      />
                      <Field.Hint />
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                ))}
                {SWITCHES.map(({ key, label, hint }) => (
                  <Grid.Item key={key} col={6} s={12} direction="column" alignItems="stretch">
                    <Field.Root name={key} error={errors[key]} hint={t(hint)}>
                      <Field.Label>{t(label)}</Field.Label>
                      <Toggle
                        onLabel={t('settings.on')}
                        offLabel={t('settings.off')}
                        checked={settings[key]}
                        disabled={!canUpdate}
                        onChange={(event) => setValue(key, event.currentTarget.checked)}
                      />
                      <Field.Hint />
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                ))}
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root
                    name="menteeEmailDomains"
                    error={errors.menteeEmailDomains}
                    hint={t('settings.domains.hint')}
                  >
                    <Field.Label>{t('settings.domains.label')}</Field.Label>
                    <Textarea
                      value={domainsText}
                      disabled={!canUpdate}
                      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
                        setDomainsText(event.currentTarget.value);
                        setValue('menteeEmailDomains', domainLines(event.currentTarget.value));
                      }}
                    />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              </Grid.Root>
            </Flex>
          </Box>
          <BesideWeights preview={<WeightsPreview weights={settings.matchingWeights} />}>
          <Box background="neutral0" padding={6} marginTop={6} shadow="filterShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="delta" tag="h2">
                {t('settings.weights.title')}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {t('settings.weights.hint')}
              </Typography>
              <Grid.Root gap={6}>
                {MATCHING_FACTORS.map((factor) => (
                  <Grid.Item key={factor} col={6} s={12} direction="column" alignItems="stretch">
                    <Field.Root name={`matchingWeights.${factor}`} error={errors[`matchingWeights.${factor}`]} hint={t(`factor.${factor}.hint`)}>
                      <Field.Label>{t(`factor.${factor}`)}</Field.Label>
                      <SingleSelect
                        value={settings.matchingWeights[factor]}
                        disabled={!canUpdate}
                        onChange={(value) => setValue('matchingWeights', { ...settings.matchingWeights, [factor]: value as WeightLevel })}
                      >
                        {WEIGHT_LEVELS.map((level) => (
                          <SingleSelectOption key={level} value={level}>
                            {t(LEVEL_LABELS[level])}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Field.Hint />
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                ))}
              </Grid.Root>
            </Flex>
          </Box>
          </BesideWeights>
        </Layouts.Content>
      </form>
      <ProgramRules canUpdate={canUpdate} />
    </Page.Main>
  );
};
