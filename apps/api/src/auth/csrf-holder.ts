import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { CsrfTools } from './web-security';

/** Filled once the HTTP middleware is installed (see create-app.ts). */
@Injectable()
export class CsrfHolder {
  tools: CsrfTools | undefined;
  issue(req: Request, res: Response): string {
    if (!this.tools) throw new Error('CSRF tools not installed');
    return this.tools.issue(req, res);
  }
}
