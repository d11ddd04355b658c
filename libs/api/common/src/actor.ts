import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '@dp/domain/workflow';
import { GraphQLError } from 'graphql';

/** The signed-in user as the rules see them, plus what the audit log records. */
export interface RequestActor extends Actor {
  displayName: string;
  email: string;
}

export interface RequestWithActor {
  actor?: RequestActor;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string>;
}

/** Marks a resolver or controller method as reachable without signing in. */
export const IS_PUBLIC = 'dp:isPublic';
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in to continue', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(reason: string, message = 'You may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason } });
}

/** The signed-in actor of this request (the auth guard has refused anonymous requests before). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): RequestActor => {
  const actor = requestOf(context).actor;
  if (!actor) throw unauthenticated();
  return actor;
});

/** The signed-in actor or undefined, for public operations that say more to signed-in users. */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestActor | undefined => requestOf(context).actor,
);

/** Who is acting in the current async context: read by the audit log when a flush is written. */
export const actorContext = new AsyncLocalStorage<{ actor: RequestActor | undefined }>();
