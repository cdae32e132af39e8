import register from './register';
import config from './config';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  register,
  config,
  controllers,
  routes,
  services,
};
