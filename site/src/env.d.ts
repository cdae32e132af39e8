/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Staff preview: pages read drafts and show the draft banner. Set by the middleware. */
    draft: boolean;
    /** Set by the middleware only when it sends a request to the "temporarily unavailable" page. */
    cmsUnavailable?: boolean;
    /** The visitor holds a session cookie (not yet checked): the header offers the portal, not the login. */
    signedIn: boolean;
    /** On /portal pages only: the checked session and who it belongs to. Set by the middleware. */
    participant?: { token: string; me: import('./lib/api').Me };
  }
}
