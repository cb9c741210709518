import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { AccountRepository, Clock, XGateway, XListener, XMetrics, XSearch } from '@xp/server/application';
import { XMetricsAdapter } from './x-metrics.adapter';
import { XListenerAdapter } from './x-listen.adapter';
import { XSearchAdapter } from './x-search.adapter';
import { XGatewayAdapter, type XGatewaySettings } from './x-gateway.adapter';

@Global()
@Module({})
export class XApiModule implements OnApplicationShutdown {
  constructor(@Inject(XGateway) private readonly gateway: XGateway) {}

  static forRoot(settings: XGatewaySettings): DynamicModule {
    return {
      module: XApiModule,
      providers: [
        {
          provide: XGateway,
          useFactory: (accounts: AccountRepository, clock: Clock) => new XGatewayAdapter(settings, accounts, clock),
          inject: [AccountRepository, Clock],
        },
        {
          provide: XListener,
          useFactory: (gateway: XGateway) => new XListenerAdapter(settings, (gateway as XGatewayAdapter).client),
          inject: [XGateway],
        },
        {
          provide: XSearch,
          useFactory: (gateway: XGateway) => new XSearchAdapter((gateway as XGatewayAdapter).client),
          inject: [XGateway],
        },
        {
          provide: XMetrics,
          useFactory: (gateway: XGateway) => new XMetricsAdapter((gateway as XGatewayAdapter).client),
          inject: [XGateway],
        },
      ],
      exports: [XGateway, XListener, XSearch, XMetrics],
    };
  }

  onApplicationShutdown(): void {
    (this.gateway as XGatewayAdapter).close();
  }
}
