import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { canComment, COMMENT_MAX_LENGTH } from '@dp/domain/workflow';
import { forbidden, isUuid, notFound, ValidationFailed, type RequestActor } from '@dp/api/common';
import { Comment, Initiative } from '@dp/api/database';

/** Comments on initiatives, shown in their timeline. */
@Injectable()
export class CommentsService {
  constructor(private readonly em: EntityManager) {}

  async add(initiativeId: string, textInput: string, actor: RequestActor): Promise<Comment> {
    const text = textInput.trim();
    if (!text) throw new ValidationFailed([{ field: 'text', code: 'REQUIRED' }]);
    if (text.length > COMMENT_MAX_LENGTH) throw new ValidationFailed([{ field: 'text', code: 'TOO_LONG' }]);
    return this.em.transactional(async (em) => {
      const initiative = isUuid(initiativeId) ? await em.findOne(Initiative, { id: initiativeId }) : null;
      const may = initiative ? canComment(actor, { departmentId: initiative.department.id }) : null;
      if (!initiative || !may || (!may.ok && may.reason === 'OTHER_DEPARTMENT')) throw notFound('Initiative', initiativeId);
      if (!may.ok) throw forbidden(may.reason, 'You may not comment on this initiative');
      const comment = em.create(Comment, { initiative, authorId: actor.userId, authorName: actor.displayName, text });
      await em.flush();
      return comment;
    });
  }
}
