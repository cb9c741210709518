import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccountDto,
  BrandDto,
  ConnectAccountRequest,
  ConnectAccountResponse,
  CreateBrandRequest,
  Page,
  UpdateAccountRequest,
} from '@xp/shared';
import { Observable, firstValueFrom } from 'rxjs';
import { wsUrl as ws } from './holds-api';
import { pageParams, type PageQuery } from './workspaces-api';

/** sessionStorage key: the workspace a connect flow started from, so the error page can link back to it. */
export const CONNECT_WORKSPACE_KEY = 'xp.connect.workspace';

@Injectable({ providedIn: 'root' })
export class BrandsApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string, query?: PageQuery): Observable<Page<BrandDto>> {
    return this.http.get<Page<BrandDto>>(`${ws(workspaceId)}/brands`, { params: pageParams(query) });
  }

  /** Every brand of the workspace, following the cursor (bounded). */
  async listAll(workspaceId: string): Promise<BrandDto[]> {
    const all: BrandDto[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<BrandDto> = await firstValueFrom(this.list(workspaceId, { cursor, limit: 200 }));
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && all.length < 2000);
    return all;
  }

  create(workspaceId: string, body: CreateBrandRequest): Observable<BrandDto> {
    return this.http.post<BrandDto>(`${ws(workspaceId)}/brands`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  /** The accounts the caller may see (a member limited to some accounts only gets those). Not paginated. */
  list(workspaceId: string): Observable<Page<AccountDto>> {
    return this.http.get<Page<AccountDto>>(`${ws(workspaceId)}/accounts`);
  }

  /** Starts the X OAuth flow for a brand: send the browser to `authorizeUrl`. */
  connect(workspaceId: string, brandId: string): Observable<ConnectAccountResponse> {
    const body: ConnectAccountRequest = { brandId };
    return this.http.post<ConnectAccountResponse>(`${ws(workspaceId)}/accounts/connect`, body);
  }

  update(workspaceId: string, accountId: string, body: UpdateAccountRequest): Observable<AccountDto> {
    return this.http.patch<AccountDto>(`${ws(workspaceId)}/accounts/${encodeURIComponent(accountId)}`, body);
  }

  /** Revokes the tokens at X; the account stays listed as `disconnected`. */
  disconnect(workspaceId: string, accountId: string): Observable<AccountDto> {
    return this.http.delete<AccountDto>(`${ws(workspaceId)}/accounts/${encodeURIComponent(accountId)}`);
  }
}
