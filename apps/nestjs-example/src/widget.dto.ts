import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';

/** A widget's `dimensions`. */
export class DimensionsDto {
  @ApiProperty({ minimum: 0 })
  @IsNumber()
  @Min(0)
  width!: number;

  @ApiProperty({ minimum: 0 })
  @IsNumber()
  @Min(0)
  height!: number;
}

/** The widget of `POST /widgets` (see `createdWidget` in the example domain), as class-validator users write it. */
export class WidgetDto {
  @ApiProperty({ minLength: 1, maxLength: 40 })
  @IsString()
  @Length(1, 40)
  name!: string;

  @ApiProperty({ exclusiveMinimum: true, minimum: 0 })
  @IsNumber()
  @IsPositive()
  price!: number;

  @ApiProperty({ type: [String], maxItems: 5 })
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  tags!: string[];

  @ApiPropertyOptional({ type: () => DimensionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DimensionsDto)
  dimensions?: DimensionsDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  'a/b~c'?: boolean;
}
