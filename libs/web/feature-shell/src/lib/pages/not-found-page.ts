import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthLayout } from '@xp/web/common';

@Component({
  selector: 'xp-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-auth-layout>
      <h1>{{ 'notFound.title' | transloco }}</h1>
      <p>{{ 'notFound.text' | transloco }}</p>
      <a class="btn btn--primary" routerLink="/">{{ 'notFound.home' | transloco }}</a>
    </xp-auth-layout>
  `,
  imports: [RouterLink, TranslocoPipe, AuthLayout],
})
export class NotFoundPage {}
