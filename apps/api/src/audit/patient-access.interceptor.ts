import { applyDecorators, CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import type { AccessAttempt, PatientCaseKind } from '@telemed/audit';
import type { AuthenticatedUser } from '@telemed/auth';
import { foldEvents, NotFound } from '@telemed/domain/core';
import { caseReviewDecider, caseReviewStreamId, type CaseReviewEvent } from '@telemed/domain/case-review';
import { consultationDecider, consultationStreamId, type ConsultationEvent } from '@telemed/domain/consultation';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { toDomainEvent } from '@telemed/application/commands/stream-state';
import type { AuthenticatedRequest } from '../http/auth';
import { metadataOf } from '../http/request-metadata';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { canSeeCaseReview } from '@telemed/application/case-reviews/case-review-access';
import { canSeeConsultation } from '@telemed/application/consultations/consultation-access';
import { seesPatientDetails } from '@telemed/application/audit/audit-envelope';
import { AccessRecorder } from '@telemed/application/audit/access-recorder';

interface PatientDetailsRead {
  kind: PatientCaseKind;
  /** One case by its id, or a page of cases (`{items}`). */
  shape: 'one' | 'page';
}

const PATIENT_DETAILS_READ = 'telemed:patient-details-read';

/** Marks a route whose answers carry patient details (for every role but the coordinator's): its reads go to the access trail. */
export const RecordsPatientAccess = (kind: PatientCaseKind, shape: PatientDetailsRead['shape']) =>
  applyDecorators(SetMetadata(PATIENT_DETAILS_READ, { kind, shape }), UseInterceptors(PatientAccessInterceptor));

/**
 * Records every read of patient details in the access trail before it is answered: each case an
 * answer shows (allowed), and each existing case a caller was refused for scoping (denied; the
 * caller still gets the 404). If the trail cannot be written, the read fails with 503.
 * Coordinators' reads are not recorded: they never include patient details.
 */
@Injectable()
export class PatientAccessInterceptor implements NestInterceptor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accessRecorder: AccessRecorder,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const read = this.reflector.get<PatientDetailsRead | undefined>(PATIENT_DETAILS_READ, context.getHandler());
    if (!read || !request.user || !seesPatientDetails(request.user)) return next.handle();
    const user = request.user;
    const metadata = metadataOf(request);
    const caseId = (request.params as Record<string, string> | undefined)?.id;
    return next.handle().pipe(
      mergeMap((body: unknown) => {
        const attempts = disclosed(read, body).map((id): AccessAttempt => ({ action: 'view', kind: read.kind, caseId: id, outcome: 'allowed' }));
        return from(this.accessRecorder.recordOrRefuse(metadata, attempts)).pipe(mergeMap(() => of(body)));
      }),
      catchError((error: unknown) => {
        if (!(error instanceof NotFound) || read.shape !== 'one' || caseId === undefined) return throwError(() => error);
        return from(this.recordIfRefused(read.kind, caseId, user, metadata)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }

  /**
   * A 404 for a case that exists in the log but that the caller may not see is a refused read.
   * Scoping is decided on the log, so a case the read models have not caught up with is not
   * mistaken for one.
   */
  private async recordIfRefused(kind: PatientCaseKind, caseId: string, user: AuthenticatedUser, metadata: EventMetadata) {
    if (!(await this.existsHiddenFrom(kind, caseId, user))) return;
    await this.accessRecorder.recordOrRefuse(metadata, [{ action: 'view', kind, caseId, outcome: 'denied' }]);
  }

  private async existsHiddenFrom(kind: PatientCaseKind, caseId: string, user: AuthenticatedUser): Promise<boolean> {
    if (kind === 'consultations') {
      const events = await this.store.readStream(consultationStreamId(caseId));
      const state = foldEvents(consultationDecider, events.map(toDomainEvent) as ConsultationEvent[]);
      return state.status !== 'none' && !canSeeConsultation(user, state);
    }
    const events = await this.store.readStream(caseReviewStreamId(caseId));
    const state = foldEvents(caseReviewDecider, events.map(toDomainEvent) as CaseReviewEvent[]);
    return state.status !== 'not-requested' && !canSeeCaseReview(user, { ...state, invitedExpertIds: Object.keys(state.invitations) });
  }
}

/** The ids of the cases an answer shows. */
function disclosed(read: PatientDetailsRead, body: unknown): string[] {
  if (read.shape === 'one') {
    const id = (body as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  }
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items.map((item: { id?: unknown }) => item?.id).filter((id): id is string => typeof id === 'string') : [];
}
