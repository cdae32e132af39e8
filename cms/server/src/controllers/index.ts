import settings from './settings';
import participants from './participants';
import directory from './directory';
import matchingRuns from './matching-runs';

export default { settings, participants, directory, matchingRuns };
