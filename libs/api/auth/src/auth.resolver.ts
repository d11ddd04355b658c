import { Args, Context, Field, Mutation, ObjectType, Query, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { OptionalActor, Public, type RequestActor } from '@dp/api/common';
import { Department, Role, User } from '@dp/api/database';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE, SESSION_IDLE_MS } from './auth.constants.js';

@ObjectType({ description: 'One role of a user, with its department for applicant and department head' })
export class RoleGrant {
  @Field(() => Role)
  role!: Role;

  @Field(() => Department, { nullable: true })
  department!: Department | null;
}

interface GqlContext {
  req: Request & { actor?: RequestActor };
  res: Response;
}

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  async me(@OptionalActor() actor: RequestActor | undefined, @Context() ctx: GqlContext): Promise<User | null> {
    if (!actor) return null;
    void ctx;
    return this.auth.userById(actor.userId);
  }

  @Public()
  @Mutation(() => User, { description: 'Signs in and sets the session cookie' })
  async login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<User> {
    const { user, token } = await this.auth.login(email, password, ctx.req.ip ?? 'unknown');
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.req.secure,
      path: '/',
      maxAge: SESSION_IDLE_MS,
    });
    return user;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Signs out: ends the session and clears the cookie' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout((ctx.req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @ResolveField(() => [RoleGrant])
  async roles(@Parent() user: User): Promise<RoleGrant[]> {
    const roles = await user.roles.load({ dataloader: true, populate: ['department'] });
    return roles.map((r) => ({ role: r.role, department: r.department?.getEntity() ?? null }));
  }
}
