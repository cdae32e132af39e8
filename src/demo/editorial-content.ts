/**
 * Editorial content for the demo program: the program FAQ's questions answered in our own words for
 * an imaginary school. Loaded once into an empty database by `npm run dev`.
 */
type Inline = { type: 'text'; text: string; bold?: boolean };
type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; format: 'unordered'; children: { type: 'list-item'; children: Inline[] }[] };

const p = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const list = (items: string[]): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});

export const DEMO_CONTACT = {
  name: 'Mentoring Program Office',
  email: 'mentoring@example.edu',
  phone: '+1 555 0100',
};

export const MENTEE_EXPECTATIONS = [
  'Contact at least one prospective mentor within a week of joining.',
  'Keep in regular touch: at least two contacts with your mentor every month.',
  'Meet your mentor face to face or by video at least once in the first month.',
  'Be prompt and courteous; if plans change, say so as early as you can.',
  'Own your development: bring the objectives and keep the relationship moving.',
  'Agree two goals with your mentor: personal growth, career management or academic.',
  'Ask for specific advice on your skills, ideas and plans; specific questions get useful answers.',
  'Keep what you discuss confidential, as you would any professional exchange.',
  'Keep your requests appropriate: your mentor is not there to find you a job.',
  'Give honest, tactful feedback on the relationship, and welcome feedback in return.',
];

export const MENTOR_EXPECTATIONS = [
  'Answer mentee requests on the platform within 48 hours of being notified.',
  'Keep in regular touch: at least two contacts with your mentee every month.',
  'Meet your mentee face to face or by video at least once in the first month.',
  'Stay reachable: even a short email or call makes a real difference.',
  'Keep appointments, and give as much notice as possible when plans change.',
  'Show interest and good intent; offer feedback and encouragement.',
  'Keep what you discuss confidential, as you would any professional exchange.',
  'Help your mentee set two goals, agree them together and follow up on them.',
];

export const PROGRAM_INFO = {
  programName: 'Demo University Alumni–Student Mentoring Program',
  tagline: 'Students and alumni, one conversation at a time.',
  intro: [
    p(
      'The mentoring program pairs current students with alumni for six months of one-to-one conversations about careers, studies and growth. Many pairs keep talking long after the official period ends.',
    ),
  ],
  howItWorks: [
    { title: 'Build your profile', text: 'Tell us about your studies, experience, interests and goals. You can bring most of it in from a LinkedIn data export.' },
    { title: 'See who fits', text: 'Every mentor profile shows a compatibility percentage with the reasons behind it, and you get a shortlist of suggested mentors. You may still ask any mentor you like.' },
    { title: 'Ask and connect', text: 'Send a request with a short message. Mentors answer within 48 hours and can take on as many mentees as they choose.' },
    { title: 'Keep it going', text: 'Agree two goals, log your meetings and message each other privately. We remind you before anything slips.' },
  ],
  contact: DEMO_CONTACT,
  menteeExpectations: MENTEE_EXPECTATIONS.map((text) => ({ text })),
  mentorExpectations: MENTOR_EXPECTATIONS.map((text) => ({ text })),
  programPeriod:
    'The program starts each fall and runs officially for six months. Mentors commit to six to twelve months and give a month’s notice if they have to leave.',
};

export interface DemoFaq {
  question: string;
  answer: Block[];
  category: string;
  order: number;
}

export const FAQS: DemoFaq[] = [
  {
    category: 'About the program',
    order: 1,
    question: 'What is the Alumni–Student Mentoring Program?',
    answer: [
      p('It connects current students with alumni so that both sides can build rewarding, two-way relationships with little effort.'),
      p('Each fall, mentors and mentees are invited to connect on the platform for an official period of six months. Pairs are welcome to keep in touch on their own once that period ends.'),
    ],
  },
  {
    category: 'About the program',
    order: 2,
    question: 'How does it work?',
    answer: [
      p('Students and alumni start by completing a profile about their education, work experience, achievements, and career and personal goals. Much of it can be loaded from a LinkedIn data export.'),
      p('Everyone can look at every participant’s profile. The platform also suggests matches, and gives each student a shortlist of mentors who fit their profile.'),
      p('Once mentors and mentees have joined, students reach out to the mentors they would like to work with. A mentor may accept as many students as they wish. When a pair connects, the platform gives them tools for planning meetings, setting goals and keeping the conversation going.'),
    ],
  },
  {
    category: 'Expectations',
    order: 3,
    question: 'What is expected of mentees and of mentors?',
    answer: [
      p('Mentees are asked to:'),
      list(MENTEE_EXPECTATIONS),
      p('Mentors are asked to:'),
      list(MENTOR_EXPECTATIONS),
    ],
  },
  {
    category: 'Profiles and matching',
    order: 4,
    question: 'What goes into my mentoring profile?',
    answer: [
      p('Your profile covers your education and professional experience, your interests and areas of expertise, and your personal goals. Part of it can be imported from LinkedIn.'),
      p('Profiles are how mentors and mentees find a good fit, so the more complete yours is, the better your matches will be.'),
    ],
  },
  {
    category: 'Profiles and matching',
    order: 5,
    question: 'How does the program suggest matches?',
    answer: [
      p('An algorithm compares profiles and suggests relevant, sensible matches. When you browse mentors, each profile shows a percentage: how compatible that mentor is with your profile, with the reasons behind the number.'),
      p('We recommend asking mentors you are compatible with, but you are free to ask any mentor in the program.'),
    ],
  },
  {
    category: 'Time commitment',
    order: 6,
    question: 'How much time does it take?',
    answer: [
      p('We ask mentors to commit to at least six months and up to a year, so that their mentees get the full benefit. A mentor who has to leave the program is asked to give one month’s notice.'),
      p('Within that period, each pair decides how often and how long they talk. We suggest you agree on those expectations at your first meeting.'),
    ],
  },
  {
    category: 'Why join',
    order: 7,
    question: 'Why should I become a mentor?',
    answer: [
      p('Working one-to-one with a student brings fresh perspectives and keeps you close to what is new at the school. You help prepare the next generation of graduates and strengthen the alumni network: a personal way to give back.'),
    ],
  },
  {
    category: 'Why join',
    order: 8,
    question: 'As a student, why should I join?',
    answer: [
      p('You get a one-to-one relationship with an experienced alumnus who understands your goals, can help you make the most of your studies and what comes after, and may introduce you to other professionals inside and outside the alumni community.'),
    ],
  },
  {
    category: 'Why join',
    order: 9,
    question: 'Is the program a way to find a job?',
    answer: [
      p('No. Mentors offer career guidance and support, and some may end up helping with a search, but the program is not a job-search tool and finding you a job is not a mentor’s role.'),
    ],
  },
  {
    category: 'About the program',
    order: 10,
    question: 'Who can I contact with other questions?',
    answer: [p(`Write to the ${DEMO_CONTACT.name} at ${DEMO_CONTACT.email} or call ${DEMO_CONTACT.phone}.`)],
  },
];

export const PAGES = [
  {
    title: 'Confidentiality',
    slug: 'confidentiality',
    summary: 'What stays between a mentor and a mentee, and what program staff can see.',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          p('Everything a mentor and mentee say to each other, personal or professional, is held to the standard of professional confidentiality.'),
          p('Messages and meeting notes on the platform are readable by the pair alone. Program staff see only that contact happened — dates, counts and kinds of meeting — so that they can help pairs that drift apart.'),
        ],
      },
      {
        __component: 'blocks.call-to-action',
        heading: 'Questions about privacy?',
        text: 'The program office is happy to explain what is stored and who can see it.',
        label: 'Email the program office',
        href: `mailto:${DEMO_CONTACT.email}`,
      },
    ],
  },
];
