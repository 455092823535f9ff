import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '@ecampus/api/platform/auth';
import type { CertificateVerification } from '@ecampus/shared/contracts';
import { CertificateVerificationDto } from '../dto';
import { VerifyService } from './verify.service';

/** `GET /api/verify/:code`: anyone, no login, rate limited per address. Any text is a code to check (never a 400). */
@ApiTags('certificates')
@Controller('verify')
export class VerifyController {
  constructor(private readonly service: VerifyService) {}

  @Get(':code')
  @Public()
  @ApiOkResponse({ type: CertificateVerificationDto })
  verify(@Param('code') code: string, @Req() req: FastifyRequest): Promise<CertificateVerification> {
    return this.service.verify(code.slice(0, 100), req.ip);
  }
}
