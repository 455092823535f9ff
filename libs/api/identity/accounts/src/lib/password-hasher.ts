import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';

/**
 * argon2id hashing. Also keeps a dummy hash so that a login for an unknown (or password-less)
 * account costs the same time as one with a wrong password: no timing oracle for e-mail addresses.
 */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash?: Promise<string>;

  onModuleInit(): void {
    // Compute at start so the first unknown-user login is not slower than the rest.
    void this.getDummyHash();
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.getDummyHash(), password).catch(() => false);
      return false;
    }
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= this.hash(randomBytes(24).toString('base64url'));
    return this.dummyHash;
  }
}
