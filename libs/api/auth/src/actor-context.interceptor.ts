import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { actorContext, requestOf } from '@dp/api/common';

/**
 * Runs the handler inside the actor's async context, so that whatever it writes is attributed to the
 * signed-in user by the audit log (which reads `actorContext` when a flush is written).
 */
@Injectable()
export class ActorContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = requestOf(context).actor;
    return new Observable((subscriber) => actorContext.run({ actor }, () => next.handle().subscribe(subscriber)));
  }
}
