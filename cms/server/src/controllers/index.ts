import settings from './settings';
import participants from './participants';
import directory from './directory';
import matchingRuns from './matching-runs';
import taxonomy from './taxonomy';

export default { settings, participants, directory, matchingRuns, taxonomy };
