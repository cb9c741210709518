import type { OpenAPIObject } from '@nestjs/swagger';
import { pathParametersFirst } from './api-response';

const param = (name: string, where: 'path' | 'query') => ({ name, in: where, required: where === 'path' });
const docOf = (paths: OpenAPIObject['paths']): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths,
});

describe('pathParametersFirst', () => {
  it("puts the path parameters first, in the path's order, and keeps the others as declared", () => {
    const doc = docOf({
      '/api/workspaces/{ws}/monitors/{id}/alerts/{alertId}': {
        get: {
          responses: {},
          parameters: [
            param('limit', 'query'),
            param('alertId', 'path'),
            param('cursor', 'query'),
            param('id', 'path'),
            param('ws', 'path'),
          ],
        },
      },
    });
    const ops = pathParametersFirst(doc).paths['/api/workspaces/{ws}/monitors/{id}/alerts/{alertId}']!;
    expect(ops.get!.parameters!.map((p) => ('name' in p ? p.name : p.$ref))).toEqual([
      'ws',
      'id',
      'alertId',
      'limit',
      'cursor',
    ]);
  });

  it('leaves an operation without parameters, and the rest of the document, as they were', () => {
    const doc = docOf({ '/api/health': { get: { responses: { '200': { description: 'OK' } } } } });
    expect(pathParametersFirst(doc)).toEqual(doc);
  });
});
