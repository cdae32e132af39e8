import participant from './participant';

export default { participant };
