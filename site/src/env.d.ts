/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Staff preview: pages read drafts and show the draft banner. Set by the middleware. */
    draft: boolean;
    /** Set by the middleware only when it sends a request to the "temporarily unavailable" page. */
    cmsUnavailable?: boolean;
  }
}
