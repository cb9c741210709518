// What several web features share: the UI language, API error display, crisis holds, post helpers, navigation.
export * from './lib/components/api-error-alert';
export * from './lib/components/auth-layout';
export * from './lib/components/findings-list';
export * from './lib/holds/crisis-button';
export * from './lib/holds/hold-banner';
export * from './lib/holds/holds-store';
export * from './lib/i18n/language';
export * from './lib/navigation';
export * from './lib/posts/post-helpers';
