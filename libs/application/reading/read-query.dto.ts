import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';

/** A log position as a query parameter: a decimal number. */
export const POSITION = /^\d{1,19}$/;

/** Every read accepts `minPosition`: the answer reflects at least the log up to that position. */
export class ReadQueryDto {
  @ApiPropertyOptional({ description: 'wait until the read models have applied the log up to this position' })
  @IsOptional()
  @MaxLength(19)
  @Matches(POSITION, { message: '$property must be a log position (a decimal number)' })
  minPosition?: string;
}
