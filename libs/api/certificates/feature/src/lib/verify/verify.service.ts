import { Injectable } from '@nestjs/common';
import type { CertificateVerification } from '@ecampus/shared/contracts';
import { parseVerificationCode } from '../code/verification-code';
import { tooManyVerifications } from '../issuing/issuing.errors';
import { IssuingRepository } from '../issuing/issuing.repository';
import { VerifyThrottle } from './verify-throttle';

/**
 * The public check of a code (no login): a typo is caught by the check character before any
 * lookup; a known code reveals only the holder's name, the program, the date and its status.
 */
@Injectable()
export class VerifyService {
  constructor(
    private readonly issuing: IssuingRepository,
    private readonly throttle: VerifyThrottle,
  ) {}

  async verify(input: string, client: string): Promise<CertificateVerification> {
    if (!(await this.throttle.take(client))) throw tooManyVerifications();
    const parsed = parseVerificationCode(input);
    if (!parsed.ok) return { valid: false, reason: parsed.reason };
    const row = await this.issuing.byCode(parsed.code);
    if (!row) return { valid: false, reason: 'unknown', code: parsed.code };
    const revoked = row.revokedAt !== null;
    return {
      valid: !revoked,
      revoked,
      ...(revoked ? { reason: 'revoked' as const } : {}),
      code: parsed.code,
      holderName: row.content.holderName,
      programTitle: row.content.programTitle,
      issuedAt: row.issuedAt.toISOString(),
    };
  }
}
