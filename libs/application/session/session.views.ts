import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@telemed/auth';

export class SessionConfigView {
  @ApiProperty({ enum: ['development', 'oidc', 'token'] })
  mode: 'development' | 'oidc' | 'token';

  @ApiPropertyOptional({ description: 'the OpenID provider (oidc mode)', example: 'https://id.example.org/realms/telemed' })
  issuer?: string;

  @ApiPropertyOptional({ description: "the console's client id at the provider (oidc mode)" })
  clientId?: string;

  @ApiPropertyOptional({ description: 'space-separated scopes to ask for (oidc mode)', example: 'openid profile' })
  scopes?: string;

  @ApiPropertyOptional({
    description: 'the API the access token must be meant for (oidc mode); the console names it as the resource (RFC 8707) it asks a token for',
    example: 'telemed-api',
  })
  audience?: string;
}

export class CallerHospitalView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
  @ApiProperty({ example: 'Asia/Shanghai' }) timezone: string;
}

export class CallerExpertView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty() specialty: string;
  @ApiProperty() departmentId: string;
}

export class MeView {
  @ApiProperty({ description: "the token's subject" }) userId: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
  @ApiProperty({ description: "the expert's name, else the subject" }) displayName: string;
  @ApiProperty({ type: CallerHospitalView, nullable: true }) hospital: CallerHospitalView | null;
  @ApiProperty({ type: CallerExpertView, nullable: true, description: 'for an expert, their record in the registry' })
  expert: CallerExpertView | null;
}

export class DevTokenView {
  @ApiProperty({ description: 'a bearer token signed with the development secret' }) token: string;
  @ApiProperty({ description: 'when it expires (ISO-8601)' }) expiresAt: string;
}
