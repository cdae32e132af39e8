import { Box } from '@strapi/design-system';

/**
 * The run's progress as a full-width bar with its value for assistive technology. The design
 * system's ProgressBar is a small light-on-dark bar (made for uploads) that does not expose its
 * value (no aria-valuenow), so it can say neither how far the job is nor that it reached 100%.
 */
export const JobProgress = ({ percent, label }: { percent: number; label: string }) => {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <Box
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value}%`}
      background="neutral150"
      hasRadius
      height="1.2rem"
      width="100%"
      overflow="hidden"
    >
      <Box background="primary600" hasRadius height="100%" width={`${value}%`} style={{ transition: 'width 320ms ease-out' }} />
    </Box>
  );
};
