import { ResponseStance, Role } from '@kaizen/shared';
import { IsNull, type DataSource } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { mayHandIn } from '../review-cycle/submission.policy.js';
import { postBody } from '../review-thread/post-body.js';
import { lockOpenThread } from '../review-thread/review-thread.service.js';
import { threadDepartmentIds } from '../review-thread/thread-departments.js';
import { readUpToLatest } from '../review-thread/thread-read.js';
import type { User } from '../user/user.entity.js';
import type { RespondToThreadInput } from './thread-response.inputs.js';
import { ThreadResponse } from './thread-response.entity.js';

export class ThreadResponseService {
  constructor(private readonly dataSource: DataSource) {}

  /** One response per responsible department; answering again edits it (versioned). */
  respond(viewer: User, input: RespondToThreadInput): Promise<ThreadResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { thread } = await lockOpenThread(manager, input.threadId, { ja: '回答', en: 'Responding' });
      if (thread.revisionId) throw new BadInputError('改訂案への意見には返信で答えてください / A comment on a revision is answered by a reply', 'threadId');
      if (!mayHandIn(viewer, await threadDepartmentIds(manager, thread))) {
        throw new ForbiddenError('この論点に回答する担当課ではありません / Your department does not answer this thread');
      }
      const body = postBody(input.body);
      const reason = input.reason?.trim() || null;
      if (input.stance !== ResponseStance.WILL_ADDRESS && !reason) {
        throw new BadInputError('「一部対応」「対応しない」には理由が必要です / PARTLY and WILL_NOT need a reason', 'reason');
      }
      const departmentId = viewer.role === Role.DEPARTMENT ? viewer.departmentId : null;
      const existing = await manager.findOneBy(ThreadResponse, { threadId: thread.id, departmentId: departmentId ?? IsNull() });
      if ((existing?.version ?? null) !== (input.expectedVersion ?? null)) throw new ConflictError('ThreadResponse', snapshot(existing));
      const before = existing ? { ...existing } : null;
      const response = existing ?? manager.create(ThreadResponse, { threadId: thread.id, departmentId });
      Object.assign(response, { stance: input.stance, body, reason, authorId: viewer.id });
      await manager.save(response);
      thread.lastActivityAt = new Date();
      await manager.save(thread);
      await readUpToLatest(manager, viewer.id, thread);
      await recordAudit(manager, { userId: viewer.id, cycleId: thread.cycleId, action: 'threadResponse.save', entityType: 'ThreadResponse', entityId: response.id, before, after: response });
      return response;
    });
  }
}
