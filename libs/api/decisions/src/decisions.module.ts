import { type DynamicModule, Module } from '@nestjs/common';
import { DecisionsService } from './decisions.service.js';
import { MeetingsService } from './meetings.service.js';
import { MAIL_OPTIONS, NotificationService, type MailOptions } from './notification.service.js';
import { DocumentsController, OpenDataController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { OpenDataService } from './open-data.service.js';
import { DecisionResolver, FundRoundDecisionsResolver, InitiativeDecisionResolver, MeetingResolver } from './decisions.resolver.js';

/** The management group meeting, decisions with delegation and commitment, the documents and the open data. */
@Module({})
export class DecisionsModule {
  static forRoot(mail: MailOptions): DynamicModule {
    return {
      module: DecisionsModule,
      controllers: [DocumentsController, OpenDataController],
      providers: [
        { provide: MAIL_OPTIONS, useValue: mail },
        NotificationService,
        DecisionsService,
        MeetingsService,
        DocumentsService,
        OpenDataService,
        DecisionResolver,
        MeetingResolver,
        FundRoundDecisionsResolver,
        InitiativeDecisionResolver,
      ],
      exports: [DecisionsService, MeetingsService],
    };
  }
}
