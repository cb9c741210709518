import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
  withRouterConfig,
} from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { SessionStore, WEB_LOCALES, csrfHeaderInterceptor, unauthorizedInterceptor } from '@xp/web/data-access';
import { LanguageService, initialLanguage } from '@xp/web/core';
import { TranslatedTitleStrategy, shellRoutes } from '@xp/web/feature-shell';
import { BundledTranslationLoader } from './transloco-loader';

const startLang = initialLanguage();

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([csrfHeaderInterceptor, unauthorizedInterceptor]),
    ),
    provideRouter(
      shellRoutes,
      withComponentInputBinding(),
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideTransloco({
      config: {
        availableLangs: [...WEB_LOCALES],
        defaultLang: startLang,
        fallbackLang: 'en',
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: BundledTranslationLoader,
    }),
    provideAppInitializer(() => {
      const session = inject(SessionStore);
      const language = inject(LanguageService);
      // The CSRF cookie and the first language's translations, before the first screen.
      return Promise.all([session.initCsrf(), language.apply(startLang)]).then(() => undefined);
    }),
  ],
};
