export const PLUGIN_ID = 'mentoring';
