import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentProgramAccess, ProgramRoles, type ProgramAccess } from '@ecampus/api/programs/access';
import { ProgressMatrixSchema, ProgressQuerySchema, type ProgressMatrix } from '@ecampus/shared/contracts';
import { attachmentDisposition } from './progress-csv';
import { ProgressService } from './progress.service';

// The query is validated by the API's global zod pipe (a malformed tandemId → 400 validation_failed).
export class ProgressQueryDto extends createZodDto(ProgressQuerySchema) {}
export class ProgressMatrixDto extends createZodDto(ProgressMatrixSchema) {}

/**
 * `GET /api/programs/:programId/progress`: members only (`@ProgramRoles()`: outsiders 404); whom
 * the caller sees is the service's decision. `?format=csv` answers the same matrix as a file.
 */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('programs/:programId')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('progress')
  @ProgramRoles()
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ProgressMatrixDto })
  async get(@CurrentProgramAccess() access: ProgramAccess, @Query() query: ProgressQueryDto): Promise<ProgressMatrix | StreamableFile> {
    if (query.format !== 'csv') return this.progress.matrix(access, query);
    const file = await this.progress.csv(access, query);
    return new StreamableFile(Buffer.from(file.content, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: attachmentDisposition(file.fileName),
    });
  }
}
