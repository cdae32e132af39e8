/** Participant routes, under /api/mentoring. Each passes the one participant policy. */
const participant = (roles?: ('mentor' | 'mentee')[]) => ({
  policies: [{ name: 'plugin::mentoring.participant', config: roles ? { roles } : {} }],
});

export default {
  type: 'content-api',
  routes: [
    { method: 'POST', path: '/signup', handler: 'participants.signup', config: { auth: false } },
    { method: 'GET', path: '/taxonomy', handler: 'taxonomy.find', config: { auth: false } },
    { method: 'GET', path: '/me', handler: 'participants.me', config: participant() },
    { method: 'PUT', path: '/me/profile', handler: 'participants.updateProfile', config: participant() },
    { method: 'POST', path: '/me/linkedin-import', handler: 'participants.linkedinImport', config: participant() },
    { method: 'POST', path: '/me/photo', handler: 'participants.uploadPhoto', config: participant() },
    { method: 'DELETE', path: '/me/photo', handler: 'participants.removePhoto', config: participant() },
    { method: 'POST', path: '/me/leave', handler: 'participants.leave', config: participant(['mentor']) },
    { method: 'GET', path: '/me/export', handler: 'privacy.export', config: participant() },
    { method: 'DELETE', path: '/me', handler: 'privacy.remove', config: participant() },
    { method: 'GET', path: '/suggestions', handler: 'directory.suggestions', config: participant(['mentee']) },
    { method: 'GET', path: '/mentors', handler: 'directory.mentors', config: participant() },
    { method: 'GET', path: '/mentors/:id', handler: 'directory.mentor', config: participant() },
    { method: 'GET', path: '/mentees', handler: 'directory.mentees', config: participant() },
    { method: 'GET', path: '/mentees/:id', handler: 'directory.mentee', config: participant() },
    { method: 'POST', path: '/requests', handler: 'requests.create', config: participant(['mentee']) },
    { method: 'GET', path: '/requests', handler: 'requests.find', config: participant() },
    { method: 'POST', path: '/requests/:id/accept', handler: 'requests.accept', config: participant(['mentor']) },
    { method: 'POST', path: '/requests/:id/decline', handler: 'requests.decline', config: participant(['mentor']) },
    { method: 'POST', path: '/requests/:id/withdraw', handler: 'requests.withdraw', config: participant(['mentee']) },
    { method: 'GET', path: '/connections', handler: 'connections.find', config: participant() },
    { method: 'GET', path: '/connections/:id', handler: 'connections.findOne', config: participant() },
    { method: 'POST', path: '/connections/:id/end', handler: 'connections.end', config: participant() },
    // The signed token is the credential: reminder emails link here, and mail clients POST here (RFC 8058).
    { method: 'GET', path: '/unsubscribe', handler: 'unsubscribe.show', config: { auth: false } },
    { method: 'POST', path: '/unsubscribe', handler: 'unsubscribe.confirm', config: { auth: false } },
    // Inside a connection: the pair only (the services answer 404 to anyone else).
    { method: 'GET', path: '/connections/:id/goals', handler: 'goals.list', config: participant() },
    { method: 'POST', path: '/connections/:id/goals', handler: 'goals.create', config: participant() },
    { method: 'PATCH', path: '/goals/:id', handler: 'goals.update', config: participant() },
    { method: 'GET', path: '/connections/:id/interactions', handler: 'interactions.list', config: participant() },
    { method: 'POST', path: '/connections/:id/interactions', handler: 'interactions.create', config: participant() },
    { method: 'PATCH', path: '/interactions/:id', handler: 'interactions.update', config: participant() },
    { method: 'DELETE', path: '/interactions/:id', handler: 'interactions.remove', config: participant() },
    { method: 'GET', path: '/interactions/:id/calendar.ics', handler: 'interactions.calendar', config: participant() },
    { method: 'GET', path: '/connections/:id/messages', handler: 'messages.list', config: participant() },
    { method: 'POST', path: '/connections/:id/messages', handler: 'messages.create', config: participant() },
    { method: 'GET', path: '/connections/:id/feedback', handler: 'feedback.list', config: participant() },
    { method: 'POST', path: '/connections/:id/feedback', handler: 'feedback.create', config: participant() },
  ],
};
