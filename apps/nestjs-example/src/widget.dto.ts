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
  @IsNumber()
  @Min(0)
  width!: number;

  @IsNumber()
  @Min(0)
  height!: number;
}

/** The widget of `POST /widgets` (see `createdWidget` in the example domain), as class-validator users write it. */
export class WidgetDto {
  @IsString()
  @Length(1, 40)
  name!: string;

  @IsNumber()
  @IsPositive()
  price!: number;

  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  tags!: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => DimensionsDto)
  dimensions?: DimensionsDto;

  @IsOptional()
  @IsBoolean()
  'a/b~c'?: boolean;
}
