// The journey the page shows, inline (a real site might read it from its data files).
export default {
  id: 'onboarding',
  name: 'Onboarding',
  stages: [
    { id: 'signed', name: 'Contract signed', status: 'done' },
    { id: 'kickoff', name: 'Kick-off', status: 'done' },
    { id: 'setup', name: 'Set-up', status: 'current' },
    { id: 'live', name: 'Go live', status: 'upcoming' },
  ],
};
