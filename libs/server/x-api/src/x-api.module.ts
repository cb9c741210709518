import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { AccountRepository, Clock, XGateway } from '@xp/server/application';
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
      ],
      exports: [XGateway],
    };
  }

  onApplicationShutdown(): void {
    (this.gateway as XGatewayAdapter).close();
  }
}
