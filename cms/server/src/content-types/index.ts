import program from './program/schema.json';
import mentorProfile from './mentor-profile/schema.json';
import menteeProfile from './mentee-profile/schema.json';
import matchingRun from './matching-run/schema.json';
import mentorshipRequest from './mentorship-request/schema.json';
import connection from './connection/schema.json';
import goal from './goal/schema.json';
import interaction from './interaction/schema.json';
import message from './message/schema.json';
import feedback from './feedback/schema.json';
import notification from './notification/schema.json';
import jobLease from './job-lease/schema.json';

export default {
  program: { schema: program },
  'mentor-profile': { schema: mentorProfile },
  'mentee-profile': { schema: menteeProfile },
  'matching-run': { schema: matchingRun },
  'mentorship-request': { schema: mentorshipRequest },
  'connection': { schema: connection },
  'goal': { schema: goal },
  'interaction': { schema: interaction },
  'message': { schema: message },
  'feedback': { schema: feedback },
  'notification': { schema: notification },
  'job-lease': { schema: jobLease },
};
