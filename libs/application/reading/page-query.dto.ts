import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCursor } from './cursor';
import { ReadQueryDto } from './read-query.dto';

export const DEFAULT_PAGE_SIZE = 50;

/** The query of a list read page by page: the cursor the previous page answered and a page size. */
export class PageQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'opaque cursor from the previous page (its `nextCursor`)' })
  @IsOptional()
  @IsCursor()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
