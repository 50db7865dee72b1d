import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { EXPERT, EXPERT_PAGE, EXPERT_SCHEDULE, HOSPITAL, HOSPITAL_LIST, PARTNERSHIP, PARTNERSHIP_PAGE } from './network.responses';
import { RequestMetadata } from '../http/request-metadata';
import { RegisterHospital, RegisterHospitalDto } from '@telemed/application/network/register-hospital';
import { AddDepartment, AddDepartmentDto } from '@telemed/application/network/add-department';
import { EstablishPartnership, EstablishPartnershipDto } from '@telemed/application/network/establish-partnership';
import { PairDepartments, PairDepartmentsDto } from '@telemed/application/network/pair-departments';
import { RegisterExpert, RegisterExpertDto } from '@telemed/application/network/register-expert';
import { PublishAvailability, PublishAvailabilityDto } from '@telemed/application/network/publish-availability';
import { GetExpert, GetHospital, GetPartnership, ListHospitals, ListHospitalsDto } from '@telemed/application/network/network.queries';
import { ListExperts, ListExpertsDto } from '@telemed/application/network/list-experts.query';
import { ListPartnerships, ListPartnershipsDto } from '@telemed/application/network/list-partnerships.query';
import { GetExpertSchedule, ScheduleRangeDto } from '@telemed/application/network/expert-schedule.query';

@ApiTags('network')
@Controller('v1')
export class NetworkController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post('hospitals')
  @Allow('hospital.register')
  @ApiCommand({ summary: 'Register a hospital', conflicts: ['already-registered'] })
  registerHospital(@Body() body: RegisterHospitalDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RegisterHospital(body, metadata));
  }

  @Post('hospitals/:id/departments')
  @Allow('department.add')
  @ApiCommand({ summary: 'Add a department to a hospital', notFound: true, conflicts: ['hospital-not-registered'] })
  addDepartment(@Param('id') hospitalId: string, @Body() body: AddDepartmentDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new AddDepartment(hospitalId, body, metadata));
  }

  @Post('partnerships')
  @Allow('partnership.establish')
  @ApiCommand({ summary: 'Establish a partnership between a giving and a receiving hospital', conflicts: ['hospital-not-registered', 'already-established'] })
  establishPartnership(@Body() body: EstablishPartnershipDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new EstablishPartnership(body, metadata));
  }

  @Post('partnerships/:id/pairings')
  @Allow('partnership.pair-departments')
  @ApiCommand({ summary: 'Pair a giving department with a receiving department in a partnership', notFound: true, conflicts: ['partnership-not-established', 'partnership-inactive'] })
  pairDepartments(@Param('id') partnershipId: string, @Body() body: PairDepartmentsDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new PairDepartments(partnershipId, body, metadata));
  }

  @Post('experts')
  @Allow('expert.register')
  @ApiCommand({ summary: 'Register an expert of a hospital and department', conflicts: ['hospital-not-registered', 'already-registered'] })
  registerExpert(@Body() body: RegisterExpertDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RegisterExpert(body, metadata));
  }

  @Post('experts/:id/availability')
  @Allow('expert.publish-availability')
  @ApiCommand({ summary: 'Publish the slots an expert is available in', notFound: true, conflicts: ['expert-not-registered'] })
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
  @ApiRead({ summary: 'Hospitals by name, narrowed by region and a part of the English or Chinese name', ok: HOSPITAL_LIST })
  listHospitals(@Query() filter: ListHospitalsDto) {
    return this.queries.execute(new ListHospitals(filter));
  }

  @Get('hospitals/:id')
  @Allow('hospital.read')
  @ApiRead({ summary: 'A hospital with its departments', ok: HOSPITAL, notFound: true })
  getHospital(@Param('id') hospitalId: string) {
    return this.queries.execute(new GetHospital(hospitalId));
  }

  @Get('partnerships')
  @Allow('partnership.list')
  @ApiRead({
    summary: 'Partnerships with both hospitals’ names (zh, en) and their pairings with department names',
    description: 'Oldest first, paged by `cursor`. Coordinators and auditors see every partnership; clinicians and experts those of their own hospital.',
    ok: PARTNERSHIP_PAGE,
  })
  listPartnerships(@Query() filter: ListPartnershipsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListPartnerships(filter, user));
  }

  @Get('partnerships/:id')
  @Allow('partnership.read')
  @ApiRead({ summary: 'A partnership with its pairings', ok: PARTNERSHIP, notFound: true })
  getPartnership(@Param('id') partnershipId: string) {
    return this.queries.execute(new GetPartnership(partnershipId));
  }

  @Get('experts')
  @Allow('expert.list')
  @ApiRead({
    summary: 'Experts as a requester may see them: name, title, specialty, hospital and department',
    description: 'By name, paged by `cursor`; nothing of the experts’ calendars.',
    ok: EXPERT_PAGE,
  })
  listExperts(@Query() filter: ListExpertsDto) {
    return this.queries.execute(new ListExperts(filter));
  }

  @Get('experts/:id')
  @Allow('expert.read')
  @ApiRead({ summary: 'An expert of the registry', ok: EXPERT, notFound: true })
  getExpert(@Param('id') expertId: string) {
    return this.queries.execute(new GetExpert(expertId));
  }

  @Get('experts/:id/schedule')
  @Allow('expert.read-schedule')
  @ApiRead({ summary: 'An expert’s bookings and free slots, each in both hospitals’ local times', ok: EXPERT_SCHEDULE, notFound: true })
  getSchedule(@Param('id') expertId: string, @Query() range: ScheduleRangeDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetExpertSchedule(expertId, range, user));
  }
}
