import settings from './settings';
import participants from './participants';
import directory from './directory';
import matchingRuns from './matching-runs';
import taxonomy from './taxonomy';
import unsubscribe from './unsubscribe';
import goals from './goals';
import interactions from './interactions';
import messages from './messages';
import feedback from './feedback';
import requests from './requests';
import connections from './connections';
import approvals from './approvals';
import privacy from './privacy';
import monitoring from './monitoring';

export default {
  settings,
  participants,
  directory,
  matchingRuns,
  taxonomy,
  unsubscribe,
  goals,
  interactions,
  messages,
  feedback,
  requests,
  connections,
  approvals,
  privacy,
  monitoring,
};
