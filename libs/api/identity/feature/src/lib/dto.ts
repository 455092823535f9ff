import { createZodDto } from 'nestjs-zod';
import {
  AccountSchema,
  ChangePasswordRequestSchema,
  CreateUserRequestSchema,
  ListAccountsQuerySchema,
  ListSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  PagedListSchema,
  SessionSchema,
  SetPasswordRequestSchema,
  UpdateAccountRequestSchema,
  UserSchema,
} from '@ecampus/shared/contracts';

export class LoginRequestDto extends createZodDto(LoginRequestSchema) {}
export class LoginResponseDto extends createZodDto(LoginResponseSchema) {}
export class CreateUserRequestDto extends createZodDto(CreateUserRequestSchema) {}
export class UserDto extends createZodDto(UserSchema) {}
export class SetPasswordRequestDto extends createZodDto(SetPasswordRequestSchema) {}
export class ChangePasswordRequestDto extends createZodDto(ChangePasswordRequestSchema) {}
export class SessionListDto extends createZodDto(ListSchema(SessionSchema)) {}
export class AccountDto extends createZodDto(AccountSchema) {}
export class AccountPageDto extends createZodDto(PagedListSchema(AccountSchema)) {}
export class ListAccountsQueryDto extends createZodDto(ListAccountsQuerySchema) {}
export class UpdateAccountRequestDto extends createZodDto(UpdateAccountRequestSchema) {}
