/** The site's only door to Strapi: nothing outside this folder knows a CMS URL. */
export { contentCache, getFaqs, getPageBySlug, getProgramInfo, lastKnownContact, lastKnownProgramName } from './content';
export { mediaUrl } from './media';
export { ApiRefusal, CmsUnavailableError, ContentNotFoundError, type FieldProblem } from './errors';
export { confirmEmail, logIn, requestPasswordReset, resendConfirmation, resetPassword, signup, type SignupInput } from './accounts';
export {
  deleteAccount,
  exportMyData,
  findMentees,
  findMentors,
  getMe,
  getMentee,
  getMentor,
  getSuggestions,
  getTaxonomy,
  giveNotice,
  importLinkedIn,
  removePhoto,
  updateProfile,
  uploadPhoto,
  type DirectoryQuery,
} from './participants';
export {
  acceptRequest,
  cancelMeeting,
  confirmProposal,
  declineProposal,
  declineRequest,
  endConnection,
  getConnection,
  giveFeedback,
  listConnections,
  listFeedback,
  listGoals,
  listInteractions,
  listMessages,
  listRequests,
  logContact,
  meetingCalendar,
  proposeGoal,
  rescheduleMeeting,
  sendMessage,
  sendRequest,
  updateGoal,
  withdrawRequest,
  type ContactInput,
  type GoalInput,
} from './pairs';
export { CONTACT_MODES, FEEDBACK_MOMENTS, GOAL_CATEGORIES, GOAL_STATUSES, ONCE_MOMENTS } from './pair-schemas';
export type * from './pair-schemas';
export { MAX_YEAR, MEETING_PREFERENCES, MIN_YEAR, directoryQuerySchema, signupSchema } from './contracts';
export type { MenteeProfileInput, MentorProfileInput, Role } from './contracts';
export type { ReadOptions } from './strapi';
export type { Audience, Contact, Faq, Page, PageSection, ProgramInfo } from './schemas';
export type { Block, Blocks, InlineNode, ListBlock, ListItemNode, TextNode } from './blocks';
export type * from './participant-schemas';
