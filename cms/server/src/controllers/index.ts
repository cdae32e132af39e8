import settings from './settings';
import participants from './participants';
import directory from './directory';
import matchingRuns from './matching-runs';
import taxonomy from './taxonomy';
import requests from './requests';
import connections from './connections';
import approvals from './approvals';

export default { settings, participants, directory, matchingRuns, taxonomy, requests, connections, approvals };
