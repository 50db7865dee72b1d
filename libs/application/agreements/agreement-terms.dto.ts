import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AGREEMENT_SERVICES, type AgreementService } from '@telemed/domain/agreement';
import { IsCalendarDate, IsId, IsInstant, IsName, IsText, IsNested } from '../requests/dto';

/** A year of minutes: no response target is longer. */
const MAX_TARGET_MINUTES = 366 * 24 * 60;

export class ResponseTargetDto {
  @ApiProperty({ example: 30, description: 'minutes from the request to its acceptance' })
  @IsInt()
  @Min(1)
  @Max(MAX_TARGET_MINUTES)
  acceptMinutes: number;

  @ApiProperty({ example: 1440, description: 'minutes from the request to the signed opinion; not less than acceptMinutes' })
  @IsInt()
  @Min(1)
  @Max(MAX_TARGET_MINUTES)
  answerMinutes: number;
}

export class ResponseTargetsDto {
  @IsNested(ResponseTargetDto)
  urgent: ResponseTargetDto;

  @IsNested(ResponseTargetDto)
  routine: ResponseTargetDto;
}

export class AgreementFeeDto {
  @ApiProperty({ enum: AGREEMENT_SERVICES, description: 'a service the agreement covers' })
  @IsIn(AGREEMENT_SERVICES)
  service: AgreementService;

  @ApiProperty({ example: 300, description: 'the fee of one service, in `currency`' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000_000)
  amount: number;

  @ApiProperty({ example: 'CNY', description: 'ISO 4217 code' })
  @MaxLength(3)
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code such as CNY' })
  currency: string;

  @ApiProperty({ example: 0.7, minimum: 0, maximum: 1, description: 'the share of the fee the giving hospital receives; the receiving hospital keeps the rest' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  givingShare: number;
}

export class SignatoryDto {
  @ApiProperty({ format: 'uuid', description: 'one of the two hospitals of the partnership' })
  @IsId()
  hospitalId: string;

  @ApiProperty({ example: 'Wang Jun' })
  @IsName()
  name: string;

  @ApiProperty({ example: '2024-12-20T10:00:00+08:00' })
  @IsInstant()
  signedAt: string;
}

/** The terms of an agreement as a request states them; every field is checked again by the decider. */
export class AgreementTermsDto {
  @ApiProperty({ enum: AGREEMENT_SERVICES, isArray: true, example: ['consultation', 'case-review'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AGREEMENT_SERVICES.length)
  @IsIn(AGREEMENT_SERVICES, { each: true })
  services: AgreementService[];

  @ApiProperty({ example: '2025-01-01', description: 'first day in force (Beijing calendar)' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({ example: '2027-12-31', description: 'last day in force (Beijing calendar); open-ended when absent' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @IsNested(ResponseTargetsDto)
  responseTargets: ResponseTargetsDto;

  @ApiPropertyOptional({ default: false, description: 'count the targets in the receiving hospital’s working time only' })
  @IsOptional()
  @IsBoolean()
  workingTimeOnly?: boolean;

  @ApiPropertyOptional({ type: [AgreementFeeDto], description: 'at most one fee per service' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AGREEMENT_SERVICES.length)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AgreementFeeDto)
  fees?: AgreementFeeDto[];

  @ApiPropertyOptional({ description: 'how liability is shared between the two hospitals' })
  @IsOptional()
  @IsText()
  liability?: string;

  @ApiProperty({ type: [SignatoryDto], description: 'exactly one per hospital of the partnership' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SignatoryDto)
  signatories: SignatoryDto[];
}
