import { ACTIONS } from '../../constants/actions';

/** Every staff route: an authenticated admin holding the named plugin action, enforced on the server. */
const guarded = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'settings.find', config: guarded(ACTIONS.readSettings) },
    { method: 'PUT', path: '/settings', handler: 'settings.update', config: guarded(ACTIONS.updateSettings) },
    { method: 'POST', path: '/settings/preview', handler: 'settings.preview', config: guarded(ACTIONS.readSettings) },
    { method: 'GET', path: '/settings/sample-mentees', handler: 'settings.sampleMentees', config: guarded(ACTIONS.readSettings) },
    { method: 'GET', path: '/programs', handler: 'settings.programs', config: guarded(ACTIONS.readSettings) },
    { method: 'GET', path: '/programs/:id/rules', handler: 'settings.programRules', config: guarded(ACTIONS.readSettings) },
    { method: 'PUT', path: '/programs/:id/rules', handler: 'settings.updateProgramRules', config: guarded(ACTIONS.updateSettings) },
    { method: 'POST', path: '/matching-runs', handler: 'matchingRuns.create', config: guarded(ACTIONS.runMatching) },
    { method: 'GET', path: '/matching-runs', handler: 'matchingRuns.find', config: guarded(ACTIONS.runMatching) },
    { method: 'GET', path: '/matching-runs/:id', handler: 'matchingRuns.findOne', config: guarded(ACTIONS.runMatching) },
    { method: 'POST', path: '/matching-runs/:id/release', handler: 'matchingRuns.release', config: guarded(ACTIONS.runMatching) },
    { method: 'GET', path: '/approvals', handler: 'approvals.find', config: guarded(ACTIONS.approveMatches) },
    { method: 'POST', path: '/approvals/bulk', handler: 'approvals.bulk', config: guarded(ACTIONS.approveMatches) },
    { method: 'POST', path: '/approvals/mentors/bulk', handler: 'approvals.bulkMentors', config: guarded(ACTIONS.approveMatches) },
    { method: 'POST', path: '/approvals/:id/approve', handler: 'approvals.approve', config: guarded(ACTIONS.approveMatches) },
    { method: 'POST', path: '/approvals/:id/reject', handler: 'approvals.reject', config: guarded(ACTIONS.approveMatches) },
    { method: 'POST', path: '/approvals/mentors/:id/approve', handler: 'approvals.approveMentor', config: guarded(ACTIONS.approveMatches) },
    { method: 'POST', path: '/approvals/mentors/:id/reject', handler: 'approvals.rejectMentor', config: guarded(ACTIONS.approveMatches) },
    { method: 'GET', path: '/monitoring', handler: 'monitoring.figures', config: guarded(ACTIONS.monitor) },
    { method: 'GET', path: '/monitoring/at-risk', handler: 'monitoring.atRisk', config: guarded(ACTIONS.monitor) },
    { method: 'GET', path: '/monitoring/at-risk.csv', handler: 'monitoring.atRiskCsv', config: guarded(ACTIONS.monitor) },
    { method: 'GET', path: '/connections/:id', handler: 'monitoring.pair', config: guarded(ACTIONS.monitor) },
  ],
};
