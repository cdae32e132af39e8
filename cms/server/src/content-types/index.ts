import program from './program/schema.json';
import mentorProfile from './mentor-profile/schema.json';
import menteeProfile from './mentee-profile/schema.json';
import matchingRun from './matching-run/schema.json';

export default {
  program: { schema: program },
  'mentor-profile': { schema: mentorProfile },
  'mentee-profile': { schema: menteeProfile },
  'matching-run': { schema: matchingRun },
};
