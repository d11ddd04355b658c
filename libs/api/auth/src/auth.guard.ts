import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, requestOf, unauthenticated } from '@dp/api/common';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE } from './auth.constants.js';

/**
 * Runs for every GraphQL operation and HTTP route: resolves the session cookie to the actor, then
 * refuses anonymous requests unless the handler is marked @Public(). Role and department rules are
 * applied by the services, with the domain's access rules.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    if (req.actor === undefined) {
      req.actor = await this.auth.actorForToken(req.cookies?.[SESSION_COOKIE]);
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic || req.actor) return true;
    if (context.getType<string>() === 'http') throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Sign in to continue' });
    throw unauthenticated();
  }
}
