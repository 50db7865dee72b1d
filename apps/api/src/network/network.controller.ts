import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { RegisterHospital, RegisterHospitalDto } from './register-hospital';
import { AddDepartment, AddDepartmentDto } from './add-department';
import { EstablishPartnership, EstablishPartnershipDto } from './establish-partnership';
import { PairDepartments, PairDepartmentsDto } from './pair-departments';
import { RegisterExpert, RegisterExpertDto } from './register-expert';
import { PublishAvailability, PublishAvailabilityDto } from './publish-availability';
import { GetExpert, GetHospital, GetPartnership, ListHospitals, ListHospitalsDto } from './network.queries';
import { ListExperts, ListExpertsDto } from './list-experts.query';
import { ListPartnerships, ListPartnershipsDto } from './list-partnerships.query';
import { GetExpertSchedule, ScheduleRangeDto } from './expert-schedule.query';

@ApiTags('network')
@ApiBearerAuth()
@Controller('v1')
export class NetworkController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('hospitals')
  @Allow('hospital.register')
  registerHospital(@Body() body: RegisterHospitalDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RegisterHospital(body, metadata));
  }

  @Post('hospitals/:id/departments')
  @Allow('department.add')
  addDepartment(@Param('id') hospitalId: string, @Body() body: AddDepartmentDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new AddDepartment(hospitalId, body, metadata));
  }

  @Post('partnerships')
  @Allow('partnership.establish')
  establishPartnership(@Body() body: EstablishPartnershipDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new EstablishPartnership(body, metadata));
  }

  @Post('partnerships/:id/pairings')
  @Allow('partnership.pair-departments')
  pairDepartments(@Param('id') partnershipId: string, @Body() body: PairDepartmentsDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new PairDepartments(partnershipId, body, metadata));
  }

  @Post('experts')
  @Allow('expert.register')
  registerExpert(@Body() body: RegisterExpertDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RegisterExpert(body, metadata));
  }

  @Post('experts/:id/availability')
  @Allow('expert.publish-availability')
  publishAvailability(
    @Param('id') expertId: string,
    @Body() body: PublishAvailabilityDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new PublishAvailability(expertId, body, user, metadata));
  }

  @Get('hospitals')
  @Allow('hospital.list')
  @ApiOperation({ summary: 'hospitals by name, narrowed by region and a part of the English or Chinese name' })
  listHospitals(@Query() filter: ListHospitalsDto) {
    return this.queries.execute(new ListHospitals(filter));
  }

  @Get('hospitals/:id')
  @Allow('hospital.read')
  getHospital(@Param('id') hospitalId: string) {
    return this.queries.execute(new GetHospital(hospitalId));
  }

  @Get('partnerships')
  @Allow('partnership.list')
  @ApiOperation({
    summary: 'partnerships with both hospitals’ names (zh, en) and their pairings with department names',
    description: 'Oldest first, paged by `cursor`. Coordinators and auditors see every partnership; clinicians and experts those of their own hospital.',
  })
  listPartnerships(@Query() filter: ListPartnershipsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListPartnerships(filter, user));
  }

  @Get('partnerships/:id')
  @Allow('partnership.read')
  getPartnership(@Param('id') partnershipId: string) {
    return this.queries.execute(new GetPartnership(partnershipId));
  }

  @Get('experts')
  @Allow('expert.list')
  @ApiOperation({
    summary: 'experts as a requester may see them: name, title, specialty, hospital and department',
    description: 'By name, paged by `cursor`; nothing of the experts’ calendars.',
  })
  listExperts(@Query() filter: ListExpertsDto) {
    return this.queries.execute(new ListExperts(filter));
  }

  @Get('experts/:id')
  @Allow('expert.read')
  getExpert(@Param('id') expertId: string) {
    return this.queries.execute(new GetExpert(expertId));
  }

  @Get('experts/:id/schedule')
  @Allow('expert.read-schedule')
  getSchedule(@Param('id') expertId: string, @Query() range: ScheduleRangeDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetExpertSchedule(expertId, range, user));
  }
}
