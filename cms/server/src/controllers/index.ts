import settings from './settings';
import participants from './participants';
import directory from './directory';
import matchingRuns from './matching-runs';
import taxonomy from './taxonomy';
import monitoring from './monitoring';

export default { settings, participants, directory, matchingRuns, taxonomy, monitoring };
