import { expect, type APIRequestContext } from '@playwright/test';
import { e2eEnv } from './env';

/** What the tests compare the site with: Strapi's own public REST answers. */
export interface CmsFaq {
  question: string;
  category: string;
  order: number | null;
}

interface Block {
  type: string;
  children?: { text?: string }[];
}

export interface CmsProgramInfo {
  programName: string;
  tagline: string | null;
  intro: Block[] | null;
  howItWorks: { title: string; text: string }[];
  contact: { name: string; email: string; phone: string | null };
  menteeExpectations: { text: string }[];
  mentorExpectations: { text: string }[];
  programPeriod: string | null;
}

async function readData<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${e2eEnv.strapiUrl}${path}`);
  expect(response.status(), `GET ${path}`).toBe(200);
  return ((await response.json()) as { data: T }).data;
}

export const publishedFaqs = (request: APIRequestContext) =>
  readData<CmsFaq[]>(request, '/api/faqs?pagination[pageSize]=100&sort[0]=order:asc&sort[1]=id:asc');

export const programInfo = (request: APIRequestContext) => readData<CmsProgramInfo>(request, '/api/program-info?populate=*');

/** The plain text of a paragraph block. */
export const blockText = (block: Block) => (block.children ?? []).map((child) => child.text ?? '').join('');

let staffToken: Promise<string> | undefined;

/** A staff member working in the Strapi admin, through the content manager's own API. */
export class Staff {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  /**
   * Logs in once per test process and reuses the token: Strapi allows five admin logins per address
   * in five minutes, and several files need staff.
   */
  static async login(request: APIRequestContext): Promise<Staff> {
    staffToken ??= (async () => {
      const response = await request.post(`${e2eEnv.strapiUrl}/admin/login`, { data: e2eEnv.admin });
      expect(response.status(), 'admin login').toBe(200);
      return ((await response.json()) as { data: { token: string } }).data.token;
    })();
    return new Staff(request, await staffToken);
  }

  /** The staff member's credentials for a call to an admin route the helpers here do not cover. */
  get authorization(): Record<string, string> {
    return { Authorization: `Bearer ${this.token}` };
  }

  /** Changes program settings (`PUT /mentoring/settings`) and resolves to what they were. */
  async updateSettings(changes: Record<string, unknown>): Promise<Record<string, unknown>> {
    const headers = { Authorization: `Bearer ${this.token}` };
    const before = await this.request.get(`${e2eEnv.strapiUrl}/mentoring/settings`, { headers });
    expect(before.status(), 'read settings').toBe(200);
    const response = await this.request.put(`${e2eEnv.strapiUrl}/mentoring/settings`, { headers, data: changes });
    expect(response.status(), 'update settings').toBe(200);
    return ((await before.json()) as { data: Record<string, unknown> }).data;
  }

  /** Saves a FAQ as a draft and returns its documentId. */
  async createFaqDraft(faq: { question: string; category: string; order: number; answer: string }): Promise<string> {
    const response = await this.request.post(`${e2eEnv.strapiUrl}/content-manager/collection-types/api::faq.faq`, {
      headers: { Authorization: `Bearer ${this.token}` },
      data: {
        question: faq.question,
        category: faq.category,
        order: faq.order,
        answer: [{ type: 'paragraph', children: [{ type: 'text', text: faq.answer }] }],
      },
    });
    expect(response.status(), 'create FAQ').toBe(201);
    return ((await response.json()) as { data: { documentId: string } }).data.documentId;
  }

  async publishFaq(documentId: string): Promise<void> {
    const response = await this.request.post(
      `${e2eEnv.strapiUrl}/content-manager/collection-types/api::faq.faq/${documentId}/actions/publish`,
      { headers: { Authorization: `Bearer ${this.token}` }, data: {} },
    );
    expect(response.status(), 'publish FAQ').toBe(200);
  }
}

/** A question no other test (or earlier run against the same CMS) uses. */
export function uniqueQuestion(topic: string): string {
  return `${topic} (test ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)})`;
}
