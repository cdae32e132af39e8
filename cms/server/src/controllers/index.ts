import settings from './settings';
import participants from './participants';
import directory from './directory';

export default { settings, participants, directory };
