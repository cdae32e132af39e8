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
import { MATCHING_FACTOR_FIELDS, MATCHING_FACTORS, WEIGHT_LEVELS, type MatchingFactor, type WeightLevel } from '../../../shared/contracts/matching';
import { PERMISSIONS } from '../permissions';

type Errors = Partial<Record<keyof Settings | '_form' | `matchingWeights.${MatchingFactor}`, string>>;

const LEVEL_LABELS: Record<WeightLevel, string> = {
  must: 'Must (only matching mentors are suggested)',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  off: 'Off (ignored)',
};

const numericKeys = Object.keys(SETTING_FIELDS) as NumericSettingKey[];

const SWITCHES: { key: 'approvalRequired' | 'mentorReviewRequired'; label: string; hint: string }[] = [
  {
    key: 'approvalRequired',
    label: 'Staff approve new connections',
    hint: 'When on, staff approve every accepted request before the connection starts.',
  },
  {
    key: 'mentorReviewRequired',
    label: 'Staff review new mentor profiles',
    hint: 'When on, a new mentor is listed to students only after staff approve the profile.',
  },
];

const domainLines = (text: string) => text.split(/[\s,]+/).map((line) => line.trim()).filter(Boolean);

/** Turns Strapi's error body into one message per field, as the server named them. */
function fieldErrors(error: unknown): Errors {
  const body = (error as { response?: { data?: { error?: { message?: string; details?: { errors?: FieldError[] } } } } })
    .response?.data?.error;
  const errors: Errors = {};
  for (const item of body?.details?.errors ?? []) {
    const key = (item.path[0] === 'matchingWeights' && item.path[1] ? `matchingWeights.${item.path[1]}` : item.path[0] ?? '_form') as keyof Errors;
    errors[key] = errors[key] ? `${errors[key]}; ${item.message}` : item.message;
  }
  if (Object.keys(errors).length === 0) errors._form = body?.message ?? 'The settings could not be saved.';
  return errors;
}

export const SettingsPage = () => {
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
      toggleNotification({ type: 'success', message: 'Program settings saved' });
    } catch (error) {
      setErrors(fieldErrors(error));
      toggleNotification({ type: 'danger', message: 'Some settings are not valid: see the fields marked in red' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>Mentoring settings</Page.Title>
      <form onSubmit={onSubmit} noValidate>
        <Layouts.Header
          title="Program settings"
          subtitle="The rules of the mentoring program, from the response window to the number of goals each pair agrees."
          primaryAction={
            <Button type="submit" startIcon={<Check />} loading={saving} disabled={!canUpdate}>
              Save
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
                    <Field.Root name={key} error={errors[key]} hint={SETTING_FIELDS[key].hint}>
                      <Field.Label>{SETTING_FIELDS[key].label}</Field.Label>
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
                    <Field.Root name={key} error={errors[key]} hint={hint}>
                      <Field.Label>{label}</Field.Label>
                      <Toggle
                        onLabel="On"
                        offLabel="Off"
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
                    hint="One per line, e.g. students.example.edu. Subdomains are included. Empty: any address may sign up as a student."
                  >
                    <Field.Label>Email domains allowed for students</Field.Label>
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
                Matching weights
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                How much each factor counts in the compatibility percentage mentees see. A must factor also hides mentors who do not meet it.
              </Typography>
              <Grid.Root gap={6}>
                {MATCHING_FACTORS.map((factor) => (
                  <Grid.Item key={factor} col={6} s={12} direction="column" alignItems="stretch">
                    <Field.Root name={`matchingWeights.${factor}`} error={errors[`matchingWeights.${factor}`]} hint={MATCHING_FACTOR_FIELDS[factor].hint}>
                      <Field.Label>{MATCHING_FACTOR_FIELDS[factor].label}</Field.Label>
                      <SingleSelect
                        value={settings.matchingWeights[factor]}
                        disabled={!canUpdate}
                        onChange={(value) => setValue('matchingWeights', { ...settings.matchingWeights, [factor]: value as WeightLevel })}
                      >
                        {WEIGHT_LEVELS.map((level) => (
                          <SingleSelectOption key={level} value={level}>
                            {LEVEL_LABELS[level]}
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
