import * as http from 'node:http';
import * as https from 'node:https';
import type {
  ITwitterApiAfterOAuth2RequestTokenHookArgs,
  ITwitterApiBeforeRequestConfigHookArgs,
  ITwitterApiBeforeRequestHookArgs,
  ITwitterApiClientPlugin,
} from 'twitter-api-v2';

/** Every host twitter-api-v2 talks to (X and its historical twitter.com names). */
export const X_HOSTS = new Set([
  'api.x.com',
  'upload.x.com',
  'stream.x.com',
  'x.com',
  'api.twitter.com',
  'upload.twitter.com',
  'stream.twitter.com',
  'twitter.com',
]);

/**
 * Retargets every request of twitter-api-v2 to another base URL (the X sandbox). The rewrite happens in
 * onBeforeRequest, so the rate-limit cache keys (`rawUrl`) and OAuth 1.0a signatures stay those of api.x.com.
 * Must be the FIRST plugin: twitter-api-v2 calls onOAuth2RequestToken without awaiting, so only the first
 * plugin's synchronous rewrite of the authorize link is visible to generateOAuth2AuthLink's caller.
 */
export class RetargetPlugin implements ITwitterApiClientPlugin {
  readonly base: URL;
  constructor(
    baseUrl: string,
    readonly agent: http.Agent | https.Agent,
  ) {
    this.base = new URL(baseUrl);
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:') {
      throw new Error(`X API base URL must be http(s): ${baseUrl}`);
    }
  }

  private retarget(u: URL): boolean {
    if (!X_HOSTS.has(u.hostname)) return false;
    u.protocol = this.base.protocol;
    u.hostname = this.base.hostname;
    u.port = this.base.port;
    return true;
  }

  retargetString(href: string): string {
    const u = new URL(href);
    this.retarget(u);
    return u.toString();
  }

  onBeforeRequest(args: ITwitterApiBeforeRequestHookArgs): void {
    // twitter-api-v2 always uses https.request(); an http.Agent makes it speak plain HTTP to the sandbox.
    if (this.retarget(args.computedParams.url)) args.requestOptions.agent = this.agent;
  }

  onBeforeStreamRequestConfig(args: ITwitterApiBeforeRequestConfigHookArgs): void {
    args.params.url = this.retargetString(args.params.url);
  }

  onOAuth2RequestToken(args: ITwitterApiAfterOAuth2RequestTokenHookArgs): void {
    args.result.url = this.retargetString(args.result.url);
  }
}
