// X's error bodies (X-API.md §1.1 table, §3).

export interface Problem {
  [key: string]: unknown;
}

export const INVALID_REQUEST_TYPE = 'https://api.twitter.com/2/problems/invalid-request';

export interface InvalidParam {
  parameters?: Record<string, string[]>;
  message: string;
}

export function invalidRequest(errors: InvalidParam[]): Problem {
  return {
    errors,
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: INVALID_REQUEST_TYPE,
  };
}

export const DUPLICATE_CONTENT: Problem = {
  detail: 'You are not allowed to create a Tweet with duplicate content.',
  type: 'about:blank',
  title: 'Forbidden',
  status: 403,
};

export const UNAUTHORIZED: Problem = {
  title: 'Unauthorized',
  type: 'about:blank',
  status: 401,
  detail: 'Unauthorized',
};

export const TOO_MANY_REQUESTS: Problem = {
  title: 'Too Many Requests',
  detail: 'Too Many Requests',
  type: 'about:blank',
  status: 429,
};

export function usageCapExceeded(accountId: string, profile: string): Problem {
  return {
    account_id: accountId,
    product_name: `standard-${profile}`,
    title: 'UsageCapExceeded',
    period: 'Monthly',
    scope: 'Product',
    detail: 'Usage cap exceeded: Monthly product cap',
    type: 'https://api.twitter.com/2/problems/usage-capped',
  };
}

export const APP_ONLY_FORBIDDEN: Problem = {
  title: 'Unsupported Authentication',
  detail:
    'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
  type: 'https://api.twitter.com/2/problems/unsupported-authentication',
  status: 403,
};

export function forbidden(detail: string): Problem {
  return { detail, type: 'about:blank', title: 'Forbidden', status: 403 };
}

export function missingScopes(missing: string[]): Problem {
  return {
    title: 'Forbidden',
    type: 'about:blank',
    status: 403,
    detail: `Missing required OAuth 2.0 scopes: ${missing.join(', ')}.`,
  };
}

export const TOO_LONG_FORBIDDEN = forbidden('You are not permitted to perform this action.');

export const REPLY_NOT_VISIBLE = forbidden('You attempted to reply to a Tweet that is deleted or not visible to you.');

export const REPLY_NOT_SUMMONED = forbidden(
  'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
);

export function notFound(resourceType: 'tweet' | 'user' | 'media', parameter: string, value: string): Problem {
  const label =
    resourceType === 'tweet' ? 'tweet with ids' : resourceType === 'user' ? 'user with id' : 'media with id';
  return {
    value,
    detail: `Could not find ${label}: [${value}].`,
    title: 'Not Found Error',
    resource_type: resourceType,
    parameter,
    resource_id: value,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
  };
}

export function statusProblem(status: number): Problem {
  switch (status) {
    case 400:
      return invalidRequest([{ message: 'Invalid request' }]);
    case 401:
      return UNAUTHORIZED;
    case 403:
      return forbidden('Forbidden');
    case 404:
      return { title: 'Not Found Error', type: 'about:blank', status: 404, detail: 'Not Found' };
    case 429:
      return TOO_MANY_REQUESTS;
    case 500:
      return { title: 'Internal Server Error', type: 'about:blank', status: 500, detail: 'Internal Server Error' };
    case 502:
      return { title: 'Bad Gateway', type: 'about:blank', status: 502, detail: 'Bad Gateway' };
    case 503:
      return { title: 'Service Unavailable', type: 'about:blank', status: 503, detail: 'Service Unavailable' };
    case 504:
      return { title: 'Gateway Timeout', type: 'about:blank', status: 504, detail: 'Gateway Timeout' };
    default:
      return { title: 'Error', type: 'about:blank', status, detail: `HTTP ${status}` };
  }
}

export function oauthError(error: string, description: string): Problem {
  return { error, error_description: description };
}
