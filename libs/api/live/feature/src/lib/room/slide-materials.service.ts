import { Injectable } from '@nestjs/common';
import type { Caller } from '@ecampus/api/programs/access';
import { listOf, type List, type LiveSlideMaterial } from '@ecampus/shared/contracts';
import { LiveSessionAccess } from '../session';
import { LiveRoomRepository } from './live-room.repository';

/**
 * The slide candidates of a session: the PDFs of the published modules of its program (what every
 * member can download through curriculum's `GET /api/materials/:materialId/file`). Members of the
 * program may list them (404 for everyone else).
 */
@Injectable()
export class SlideMaterialsService {
  constructor(
    private readonly access: LiveSessionAccess,
    private readonly repo: LiveRoomRepository,
  ) {}

  async list(caller: Caller, sessionId: string): Promise<List<LiveSlideMaterial>> {
    const { session } = await this.access.toSession(caller, sessionId);
    const rows = await this.repo.listSlideMaterials(session.programId);
    return listOf(
      rows.map((r) => ({ id: r.id, fileName: r.fileName, pageCount: r.pageCount, moduleId: r.moduleId, moduleTitle: r.moduleTitle })),
    );
  }
}
