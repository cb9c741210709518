// What several web features share: API error display, findings, crisis holds, post helpers; and, re-exported
// from @xp/web/core, the UI language and navigation helpers.
export * from '@xp/web/core';
export * from './lib/components/api-error-alert';
export * from './lib/components/auth-layout';
export * from './lib/components/findings-list';
export * from './lib/holds/crisis-button';
export * from './lib/holds/hold-banner';
export * from './lib/holds/holds-store';
export * from './lib/posts/post-helpers';
export * from './lib/workspace-page-context';
export * from './lib/workspace-scoped';
export * from './lib/workspace-page';
export * from './lib/posts/media-thumbs';
export * from './lib/posts/live-posts';
export * from './lib/posts/media-lightbox';
export * from './lib/posts/play-sign';
