import settings from './settings';
import programs from './programs';
import accountsSetup from './accounts-setup';
import participants from './participants';
import profiles from './profiles';
import directory from './directory';
import directoryIndex from './directory-index';
import linkedinImport from './linkedin-import';
import demoParticipants from './demo-participants';
import profilePhoto from './profile-photo';
import profileCards from './profile-cards';
import profileChanges from './profile-changes';
import matchingIndex from './matching-index';
import suggestions from './suggestions';
import matching from './matching';
import workflowStore from './workflow-store';
import pairs from './pairs';
import connectionActivity from './connection-activity';
import outbox from './outbox';
import unsubscribe from './unsubscribe';
import workflow from './workflow';
import jobs from './jobs';
import confidential from './confidential';
import goals from './goals';
import interactions from './interactions';
import messages from './messages';
import feedback from './feedback';
import mentorCapacity from './mentor-capacity';
import requests from './requests';
import connections from './connections';
import approvals from './approvals';
import privacy from './privacy';
import monitoring from './monitoring';
import mentorResponsiveness from './mentor-responsiveness';
import proposals from './proposals';

export default {
  settings,
  programs,
  accountsSetup,
  participants,
  profiles,
  directory,
  directoryIndex,
  linkedinImport,
  demoParticipants,
  profilePhoto,
  profileCards,
  profileChanges,
  matchingIndex,
  suggestions,
  matching,
  workflowStore,
  pairs,
  connectionActivity,
  outbox,
  unsubscribe,
  workflow,
  jobs,
  confidential,
  goals,
  interactions,
  messages,
  feedback,
  mentorCapacity,
  requests,
  connections,
  approvals,
  privacy,
  monitoring,
  mentorResponsiveness,
  proposals,
};
