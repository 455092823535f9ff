import { Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, type AuthUser } from '@ecampus/api/platform/auth';
import { IdParam } from '@ecampus/api/platform/http';
import { ApiFileDownload, ApiFileUpload } from '@ecampus/api/platform/storage';
import { MaterialSchema, type Material } from '@ecampus/shared/contracts';
import { materialNotFound } from './materials.errors';
import { MaterialsService } from './materials.service';
import { ModuleId } from './modules.controller';

export class MaterialDto extends createZodDto(MaterialSchema) {}

/** A malformed material id answers like an unknown material. */
const MaterialId = () => IdParam('materialId', materialNotFound);

/**
 * Materials: HTTP → service. The upload reads the raw request stream (no multer, no
 * FileInterceptor: nothing buffers the body); the download writes the response stream.
 */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller()
export class MaterialsController {
  constructor(private readonly materials: MaterialsService) {}

  @Post('modules/:moduleId/materials')
  @ApiFileUpload()
  @ApiCreatedResponse({ type: MaterialDto })
  upload(@CurrentUser() caller: AuthUser, @ModuleId() moduleId: string, @Req() req: FastifyRequest): Promise<Material> {
    return this.materials.upload(caller, moduleId, req.raw);
  }

  @Get('materials/:materialId/file')
  @ApiFileDownload()
  download(@CurrentUser() caller: AuthUser, @MaterialId() materialId: string, @Res() res: FastifyReply): Promise<void> {
    return this.materials.download(caller, materialId, res.raw);
  }

  @Delete('materials/:materialId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() caller: AuthUser, @MaterialId() materialId: string): Promise<void> {
    return this.materials.deleteMaterial(caller, materialId);
  }
}
