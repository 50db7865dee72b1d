// Generated from the API's /docs-json by apps/console/scripts/generate-api-types.mjs; do not edit.

export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthProbesController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthProbesController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * an agreement, with whether it is in force now
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["AgreementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * amend any term of an agreement in effect; a terminated agreement is 409 `agreement-terminated`
         * @description Roles: coordinator.
         */
        post: operations["AgreementsController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * end an agreement from an instant on (not before its validFrom); 409 `agreement-terminated` if already ended
         * @description Roles: coordinator.
         */
        post: operations["AgreementsController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/{kind}/{id}/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor, coordinator. */
        get: operations["AuditHistoryController_asOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor. */
        get: operations["AuditHistoryController_access"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor, coordinator. */
        get: operations["AuditHistoryController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/exports/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor. */
        get: operations["CaseExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: auditor, coordinator. */
        post: operations["VerifyRebuildController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/seal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["VerifyRebuildController_seal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor, coordinator. */
        get: operations["AuditHistoryController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: auditor, coordinator. */
        post: operations["VerifyRebuildController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (when invited). */
        get: operations["CaseReviewsController_list"];
        put?: never;
        /** @description Roles: clinician (own hospital's). */
        post: operations["CaseReviewsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (when invited). */
        get: operations["CaseReviewsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (when invited). */
        post: operations["CaseReviewsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: clinician (own hospital's), coordinator. */
        post: operations["CaseReviewsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator, expert (when assigned). */
        post: operations["CaseReviewsController_conclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (when assigned). */
        post: operations["CaseReviewsController_contribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (when invited). */
        post: operations["CaseReviewsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator, clinician (own hospital's). */
        post: operations["CaseReviewsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor, clinician (own hospital's), expert (when invited). */
        get: operations["MaterialsController_listOfCaseReview"];
        put?: never;
        /** @description Roles: clinician (own hospital's), expert (when assigned). */
        post: operations["MaterialsController_attachToCaseReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/materials/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor, clinician (own hospital's), expert (when invited). */
        get: operations["MaterialsController_downloadOfCaseReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["CaseReviewsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-reviews/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator, expert (when assigned). */
        post: operations["CaseReviewsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["ConsortiaController_list"];
        put?: never;
        /**
         * form a medical consortium (医联体) or a specialist alliance (专科联盟) under a lead hospital
         * @description Roles: coordinator.
         */
        post: operations["ConsortiaController_form"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortia/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["ConsortiaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortia/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * a hospital joins on `joinedAt`; joining while already a member (or as the lead) is 409 `already-a-member`
         * @description Roles: coordinator.
         */
        post: operations["ConsortiaController_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consortia/{id}/members/{hospitalId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * a member leaves (on `at`, today unless given); 409 `not-a-member` otherwise
         * @description Roles: coordinator.
         */
        post: operations["ConsortiaController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["ConsultationsController_list"];
        put?: never;
        /** @description Roles: clinician (own hospital's). */
        post: operations["ConsultationsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["ConsultationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (own hospital's). */
        post: operations["ConsultationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: clinician (own hospital's). */
        post: operations["ConsultationsController_answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: clinician (own hospital's), coordinator. */
        post: operations["ConsultationsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (own hospital's). */
        post: operations["ConsultationsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: clinician (own hospital's). */
        post: operations["ConsultationsController_giveFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["MaterialsController_listOfConsultation"];
        put?: never;
        /** @description Roles: clinician (own hospital's), expert (when assigned). */
        post: operations["MaterialsController_attachToConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/materials/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["MaterialsController_downloadOfConsultation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (when assigned). */
        post: operations["ConsultationsController_signOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (when assigned). */
        post: operations["ConsultationsController_askQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (when assigned), coordinator. */
        post: operations["ConsultationsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (when assigned). */
        post: operations["ConsultationsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * experts as a requester may see them: name, title, specialty, hospital and department
         * @description By name, paged by `cursor`; nothing of the experts’ calendars.
         *
         *     Roles: coordinator, clinician, expert, auditor.
         */
        get: operations["NetworkController_listExperts"];
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["NetworkController_registerExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, clinician, expert, auditor. */
        get: operations["NetworkController_getExpert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: expert (only their own), coordinator. */
        post: operations["NetworkController_publishAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: expert (only their own), coordinator, auditor. */
        get: operations["NetworkController_getSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fhir/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * search one kind of resource: a searchset Bundle, newest request first
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["FhirController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fhir/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * one resource by its id
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["FhirController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fhir/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the CapabilityStatement of this read-only FHIR R4 endpoint
         * @description Roles: coordinator, clinician, expert, auditor.
         */
        get: operations["FhirController_metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/further-study": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["FurtherStudyController_list"];
        put?: never;
        /**
         * place a member of the receiving hospital’s staff in a giving hospital’s department (进修), or as an in-service postgraduate
         * @description A placement overlapping another of the same person (same staff number at the same hospital) is 409 `overlapping-study`.
         *
         *     Roles: coordinator.
         */
        post: operations["FurtherStudyController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/further-study/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["FurtherStudyController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/further-study/{id}/completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * completed on `at` with a `certificate`
         * @description Roles: coordinator.
         */
        post: operations["FurtherStudyController_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/further-study/{id}/withdrawn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * withdrawn on `at` for a `reason`
         * @description Roles: coordinator.
         */
        post: operations["FurtherStudyController_withdrawn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hospitals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * hospitals by name, narrowed by region and a part of the English or Chinese name
         * @description Roles: coordinator, clinician, expert, auditor.
         */
        get: operations["NetworkController_listHospitals"];
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["NetworkController_registerHospital"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hospitals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, clinician, expert, auditor. */
        get: operations["NetworkController_getHospital"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hospitals/{id}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["NetworkController_addDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hospitals/{id}/training-credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * each staff member’s training at a receiving hospital: sessions, minutes, I类 and II类 credits
         * @description The hospital’s clinicians, coordinators and auditors; paged by `cursor`; `format=csv` answers the page as a table to print.
         *
         *     Roles: coordinator, auditor, clinician (own hospital's).
         */
        get: operations["TrainingCreditsController_credits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller: role, hospital and expert record, with display names
         * @description Roles: coordinator, clinician, expert, auditor.
         */
        get: operations["SessionController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-Sent Events: a notice `{kind, id, type, position}` for each change the caller may see; read it with `minPosition=position`
         * @description Roles: coordinator, clinician, expert, auditor.
         */
        get: operations["NotificationsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A ticket that opens the notification stream once, for the caller, within 30 s: `GET /v1/notifications/stream?ticket=...` (for an EventSource, which sends no header)
         * @description Roles: coordinator, clinician, expert, auditor.
         */
        post: operations["NotificationsController_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * partnerships with both hospitals’ names (zh, en) and their pairings with department names
         * @description Oldest first, paged by `cursor`. Coordinators and auditors see every partnership; clinicians and experts those of their own hospital.
         *
         *     Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["NetworkController_listPartnerships"];
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["NetworkController_establishPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partnerships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, clinician, expert, auditor. */
        get: operations["NetworkController_getPartnership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partnerships/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the partnership’s agreements, oldest validity first
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["AgreementsController_list"];
        put?: never;
        /**
         * register a signed cooperation agreement (远程医疗合作协议) of the partnership
         * @description Consultations and case reviews are requested only under an agreement in force that covers them (409 `no-agreement-in-force` otherwise). Signatories: exactly one per hospital of the partnership (400 `unknown-signatory`, `signatories-incomplete`).
         *
         *     Roles: coordinator.
         */
        post: operations["AgreementsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partnerships/{id}/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["NetworkController_pairDepartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/patients/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["PatientsController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/patients/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor. */
        get: operations["PatientsController_listHolds"];
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["PatientsController_placeHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/patients/holds/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["PatientsController_releaseHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/patients/retention-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator. */
        get: operations["PatientsController_retentionDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * postings by planned start, latest first; `onSiteAt` lists who is on site that day
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["PostingsController_list"];
        put?: never;
        /**
         * post a specialist or a management cadre to the receiving hospital for a planned term (援派)
         * @description A specialist names a registered expert of the giving hospital and a department of the receiving hospital; a cadre names a `person` (or an expert) and a `role`. `plannedEnd` must be after `plannedStart` (400 `ends-before-it-starts`).
         *
         *     Roles: coordinator.
         */
        post: operations["PostingsController_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["PostingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postings/{id}/arrived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the posted person arrived on site (`at`, a date); 409 unless dispatched
         * @description Roles: coordinator.
         */
        post: operations["PostingsController_arrived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postings/{id}/cut-short": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the term ends early, on `at`, for a `reason`; only on site, between the arrival and the planned end
         * @description Roles: coordinator.
         */
        post: operations["PostingsController_cutShort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postings/{id}/extended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the term is extended to `newEnd`, after the current end (400 `not-an-extension` otherwise)
         * @description Roles: coordinator.
         */
        post: operations["PostingsController_extended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postings/{id}/returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the posted person returned (`at`, a date, not before the arrival); 409 before arrival
         * @description Roles: coordinator.
         */
        post: operations["PostingsController_returned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postings/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * postings, those on site and person-months of service, in total and per department pairing
         * @description Counts postings whose term started by `asOf` (default today, Beijing time); days on site count the arrival and return days.
         *
         *     Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["PostingsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/programme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the programme report: each figure by Beijing year and in total
         * @description Name exactly one of programme, partnershipId, givingHospitalId, receivingHospitalId, consortiumId; from/to are Beijing days (to inclusive). `?format=csv|xlsx` or `Accept: text/csv` downloads the table.
         *
         *     Roles: coordinator, auditor, clinician (own hospital's).
         */
        get: operations["ReportsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/programme/figures/{key}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the events behind one figure of the report, for the same scope and period (and `year`)
         * @description Roles: coordinator, auditor, clinician (own hospital's).
         */
        get: operations["ReportsController_figureEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/research-outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["ResearchOutputsController_list"];
        put?: never;
        /**
         * record a grant application, a grant awarded or a paper (with its DOI), for a pairing or a partnership
         * @description Roles: coordinator.
         */
        post: operations["ResearchOutputsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/research-outputs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["ResearchOutputsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the console signs in: an OpenID provider, development sign-in, or a pasted token */
        get: operations["SessionController_sessionConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/dev-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Development mode only: a token for the chosen role, user and hospital */
        post: operations["DevTokenController_devToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor. */
        get: operations["StatsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/partnerships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["StatsController_partnership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/turnaround": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["StatsController_turnaround"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/techniques": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["TechniquesController_list"];
        put?: never;
        /**
         * propose a new technique or project (新技术新项目) for a department pairing
         * @description Roles: coordinator.
         */
        post: operations["TechniquesController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/techniques/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["TechniquesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/techniques/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * the cases done locally in one month (`period`, YYYY-MM), once per month, from the first performance on
         * @description Roles: coordinator.
         */
        post: operations["TechniquesController_cases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/techniques/{id}/performed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * first performed locally on `at`, under a supervising expert; 409 `performed-before-proposed` before the proposal
         * @description Roles: coordinator.
         */
        post: operations["TechniquesController_performed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, clinician, expert, auditor. */
        get: operations["TrainingController_list"];
        put?: never;
        /** @description Roles: coordinator, expert. */
        post: operations["TrainingController_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, clinician, expert, auditor. */
        get: operations["TrainingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * the attendees of a session, each once, by name
         * @description Coordinators, auditors, the session’s trainers and clinicians of the receiving hospital; paged by `cursor`.
         *
         *     Roles: coordinator, auditor, expert (when assigned), clinician (own hospital's).
         */
        get: operations["TrainingController_attendance"];
        put?: never;
        /** @description Roles: coordinator, expert (when assigned). */
        post: operations["TrainingController_recordAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["TrainingController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator, expert (when assigned). */
        post: operations["TrainingController_markHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Roles: coordinator. */
        post: operations["TrainingController_reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * visits by first day, latest first; `from`/`to` keep those overlapping the period
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["VisitsController_list"];
        put?: never;
        /**
         * record a short visit once it is over: lectures, mobile clinics (巡回医疗), surgical guidance, ward rounds
         * @description Dates are Beijing calendar dates, both inclusive; `end` before `start` is 400 `ends-before-it-starts`, a visit not over yet 409 `not-over-yet`.
         *
         *     Roles: coordinator.
         */
        post: operations["VisitsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's). */
        get: operations["VisitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AcceptConsultationDto: {
            /**
             * Format: uuid
             * @description the expert who takes the consultation; defaults to the caller
             */
            expertId?: string;
        };
        AddDepartmentDto: {
            /** @example Department of Cardiology */
            name: string;
            /** @example cardiology */
            specialty: string;
        };
        AgreementFeeDto: {
            /**
             * @description the fee of one service, in `currency`
             * @example 300
             */
            amount: number;
            /**
             * @description ISO 4217 code
             * @example CNY
             */
            currency: string;
            /**
             * @description the share of the fee the giving hospital receives; the receiving hospital keeps the rest
             * @example 0.7
             */
            givingShare: number;
            /**
             * @description a service the agreement covers
             * @enum {string}
             */
            service: "consultation" | "case-review" | "training";
        };
        AgreementTermsDto: {
            /** @description at most one fee per service */
            fees?: components["schemas"]["AgreementFeeDto"][];
            /** @description how liability is shared between the two hospitals */
            liability?: string;
            responseTargets: components["schemas"]["ResponseTargetsDto"];
            /**
             * @example [
             *       "consultation",
             *       "case-review"
             *     ]
             */
            services: ("consultation" | "case-review" | "training")[];
            /** @description exactly one per hospital of the partnership */
            signatories: components["schemas"]["SignatoryDto"][];
            /**
             * @description first day in force (Beijing calendar)
             * @example 2025-01-01
             */
            validFrom: string;
            /**
             * @description last day in force (Beijing calendar); open-ended when absent
             * @example 2027-12-31
             */
            validUntil?: string;
            /**
             * @description count the targets in the receiving hospital’s working time only
             * @default false
             */
            workingTimeOnly: boolean;
        };
        AmendAgreementDto: {
            /** @description at most one fee per service */
            fees?: components["schemas"]["AgreementFeeDto"][];
            /** @description how liability is shared between the two hospitals */
            liability?: string;
            responseTargets?: components["schemas"]["ResponseTargetsDto"];
            /**
             * @example [
             *       "consultation",
             *       "case-review"
             *     ]
             */
            services?: ("consultation" | "case-review" | "training")[];
            /** @description exactly one per hospital of the partnership */
            signatories?: components["schemas"]["SignatoryDto"][];
            /**
             * @description first day in force (Beijing calendar)
             * @example 2025-01-01
             */
            validFrom?: string;
            /**
             * @description last day in force (Beijing calendar); open-ended when absent
             * @example 2027-12-31
             */
            validUntil?: string;
            /**
             * @description count the targets in the receiving hospital’s working time only
             * @default false
             */
            workingTimeOnly: boolean;
        };
        AnswerDto: {
            /** @example Echocardiogram of 3 May: ejection fraction 45%, moderate mitral regurgitation. */
            answer: string;
        };
        AttendeeDto: {
            /** @description minutes attended, when the person attended part of the session */
            minutes?: number;
            /** @example Aynur Tursun */
            name: string;
            /** @enum {string} */
            role?: "physician" | "nurse" | "technician" | "pharmacist" | "administrator" | "other";
            /**
             * @description the person's staff number at the receiving hospital
             * @example KS2-N-0412
             */
            staffId: string;
            /**
             * @description professional title: 初级 junior, 中级 intermediate, 高级 senior
             * @enum {string}
             */
            title?: "junior" | "intermediate" | "senior";
        };
        CallerExpertView: {
            departmentId: string;
            id: string;
            name: string;
            specialty: string;
            title: string;
        };
        CallerHospitalView: {
            id: string;
            name: string;
            nameZh: string | null;
            /** @example Asia/Shanghai */
            timezone: string;
        };
        CompleteFurtherStudyDto: {
            /**
             * @description the day it ended (Beijing date)
             * @example 2026-08-31
             */
            at: string;
            /**
             * @description the certificate’s number
             * @example RJ-2026-0413
             */
            certificate: string;
        };
        ConcludeCaseReviewDto: {
            /** @description the panel's conclusion; the receiving side keeps the decision on diagnosis and treatment */
            conclusion: string;
        };
        ConsentDto: {
            /** @description the patient consents to sharing their data with the invited hospital */
            dataSharing: boolean;
            /** @description the patient consents to the remote service */
            medical: boolean;
        };
        CutPostingShortDto: {
            /**
             * @description the Beijing calendar date it happened
             * @example 2026-03-02
             */
            at: string;
            /** @example recalled to Shanghai */
            reason: string;
        };
        DeclineConsultationDto: {
            /** @example no cardiologist is available within the requested time */
            reason: string;
            /**
             * @description why, from the list; `reason` says it in words
             * @enum {string}
             */
            reasonCode: "outside-specialty" | "insufficient-information" | "capacity" | "not-suitable-for-remote" | "other";
        };
        DevTokenDto: {
            /** @description the hospital a clinician works for (an expert's is taken from the registry) */
            hospitalId?: string;
            /** @enum {string} */
            role: "coordinator" | "clinician" | "expert" | "auditor";
            /**
             * @description the user's id; an expert's is their id in the registry
             * @example dr-li
             */
            sub: string;
        };
        DevTokenView: {
            /** @description when it expires (ISO-8601) */
            expiresAt: string;
            /** @description a bearer token signed with the development secret */
            token: string;
        };
        DicomStudyDto: {
            /**
             * @description the archive (PACS) that holds the study: its AE title or DICOMweb base URL
             * @example KS2-PACS
             */
            archive: string;
            /**
             * @description the DICOM Study Instance UID (0020,000D)
             * @example 1.2.840.113619.2.55.3.604688119.969.1268071029.320
             */
            studyInstanceUid: string;
        };
        DispatchPostingDto: {
            /**
             * Format: uuid
             * @description the expert posted; required for a specialist, who must belong to the giving hospital
             */
            expertId?: string;
            /**
             * @description `specialist` (援派专家) or `management-cadre` (管理干部)
             * @enum {string}
             */
            kind: "specialist" | "management-cadre";
            /** Format: uuid */
            partnershipId: string;
            /** @description a management cadre who is not a registered expert, by name */
            person?: components["schemas"]["PostedPersonDto"];
            /**
             * @description last day of the planned term (Beijing date), after plannedStart
             * @example 2027-02-28
             */
            plannedEnd: string;
            /**
             * @description first day of the planned term (Beijing date)
             * @example 2026-03-01
             */
            plannedStart: string;
            /**
             * Format: uuid
             * @description the receiving hospital’s department served; required for a specialist
             */
            receivingDepartmentId?: string;
            /**
             * @description a cadre’s post in the receiving hospital; required for a cadre
             * @example 副院长
             */
            role?: string;
        };
        ErasePatientDataDto: {
            /**
             * Format: uuid
             * @description the requesting hospital, whose record number names the patient
             */
            hospitalId: string;
            /** @description why the data is erased; it stays in the history in clear, so it must not describe the patient */
            reason: string;
            /**
             * @description the patient's record number at that hospital; it is not recorded anywhere
             * @example KS2-2024-000123
             */
            reference: string;
        };
        EstablishPartnershipDto: {
            /** Format: uuid */
            givingHospitalId: string;
            /** @enum {string} */
            programme: "group-aid" | "medical-consortium" | "specialist-alliance" | "other";
            /** Format: uuid */
            receivingHospitalId: string;
            /** @example 2024-01-01 */
            validFrom: string;
            /** @example 2026-12-31 */
            validUntil?: string;
        };
        ExtendPostingDto: {
            /**
             * @description the new last day of the term, after the current one
             * @example 2027-08-31
             */
            newEnd: string;
        };
        FeedbackDto: {
            /** @example clear advice; the patient was spared a transfer */
            comment?: string;
            /** @description how useful the signed opinion was, 1 (not at all) to 5 (very) */
            usefulness: number;
        };
        FirstPerformanceDto: {
            /**
             * @description not before the proposal
             * @example 2026-04-20
             */
            at: string;
            /**
             * Format: uuid
             * @description a registered expert of the giving hospital
             */
            supervisingExpertId: string;
        };
        FormConsortiumDto: {
            /**
             * @description `medical-consortium` (医联体) or `specialist-alliance` (专科联盟)
             * @enum {string}
             */
            kind: "medical-consortium" | "specialist-alliance";
            /** Format: uuid */
            leadHospitalId: string;
            /** @example Kashgar No. 2 People’s Hospital medical consortium */
            name: string;
        };
        InvitePanelistsDto: {
            expertIds: string[];
        };
        JoinConsortiumDto: {
            /**
             * Format: uuid
             * @description a registered hospital: a county hospital, a township health centre, another city’s hospital
             */
            hospitalId: string;
            /** @example 2026-04-01 */
            joinedAt: string;
        };
        LeaveConsortiumDto: {
            /**
             * @description today (Beijing) unless given
             * @example 2026-08-01
             */
            at?: string;
        };
        MarkHeldDto: {
            /**
             * @description when the session took place; the planned start unless given
             * @example 2026-04-01T02:00:00Z
             */
            heldAt?: string;
        };
        MeView: {
            /** @description the expert's name, else the subject */
            displayName: string;
            /** @description for an expert, their record in the registry */
            expert: components["schemas"]["CallerExpertView"] | null;
            hospital: components["schemas"]["CallerHospitalView"] | null;
            /** @enum {string} */
            role: "coordinator" | "clinician" | "expert" | "auditor";
            /** @description the token's subject */
            userId: string;
        };
        PairDepartmentsDto: {
            /** Format: uuid */
            givingDepartmentId: string;
            /** Format: uuid */
            receivingDepartmentId: string;
        };
        PatientDto: {
            /** @example 1968-03-02 */
            birthDate?: string;
            name?: string;
            /**
             * @description the patient's record number at the requesting hospital
             * @example KS2-2024-000123
             */
            reference: string;
            /** @enum {string} */
            sex?: "female" | "male" | "other" | "unknown";
        };
        PlaceLegalHoldDto: {
            /**
             * Format: uuid
             * @description the id of that case (with caseKind)
             */
            caseId?: string;
            /**
             * @description a case whose patient is held (with caseId)
             * @enum {string}
             */
            caseKind?: "consultation" | "case-review";
            /**
             * Format: uuid
             * @description the hospital whose record number names the patient, and on whose behalf the hold is placed
             */
            hospitalId: string;
            /** @description why the records must be kept (a claim, an inquiry); it stays in the history in clear, so it must not describe the patient */
            reason: string;
            /**
             * @description the patient's record number at that hospital; it is not recorded anywhere (required unless a case is given)
             * @example KS2-2024-000123
             */
            reference?: string;
        };
        PlanTrainingSessionDto: {
            /** @description receiving-hospital departments the session is for */
            audienceDepartmentIds?: string[];
            /** @description the continuing-education credits the session awards */
            credits?: components["schemas"]["TrainingCreditsDto"];
            /** @example 2026-04-01T04:00:00Z */
            end: string;
            /** @enum {string} */
            format: "lecture" | "ward-round" | "surgical-guidance" | "workshop";
            /**
             * Format: uuid
             * @description the department pairing the session serves; must belong to the partnership
             */
            pairingId?: string;
            /** Format: uuid */
            partnershipId: string;
            /** @example 2026-04-01T02:00:00Z */
            start: string;
            /** @example Reading coronary angiograms */
            title: string;
            trainerExpertIds: string[];
        };
        PostedPersonDto: {
            /** @example 张伟 */
            name: string;
            /** @example chief physician */
            title?: string;
        };
        PostingDateDto: {
            /**
             * @description the Beijing calendar date it happened
             * @example 2026-03-02
             */
            at: string;
        };
        ProposeTechniqueDto: {
            /**
             * @description new to the region (填补自治区技术空白)
             * @default false
             */
            fillsRegionalGap: boolean;
            /** @example Transcatheter aortic valve implantation */
            name: string;
            /**
             * Format: uuid
             * @description the department pairing bringing the technique
             */
            pairingId: string;
            /**
             * Format: uuid
             * @description the pairing’s partnership; found from the pairing when left out, once the read models know the pairing
             */
            partnershipId?: string;
            /**
             * @description today (Beijing) unless given
             * @example 2026-03-01
             */
            proposedOn?: string;
        };
        PublishAvailabilityDto: {
            slots: components["schemas"]["SlotDto"][];
        };
        QuestionDto: {
            /** @example Please send the latest echocardiogram: what was the ejection fraction? */
            question: string;
        };
        ReasonDto: {
            /** @example no cardiologist is available within the requested time */
            reason: string;
        };
        RebuildDto: {
            /** @description swap the rebuilt read models in (coordinators only); otherwise only compare */
            swap?: boolean;
        };
        RecordAttendanceDto: {
            attendees: components["schemas"]["AttendeeDto"][];
        };
        RecordContributionDto: {
            /** @description the panelist's opinion on the case, recorded under their name */
            opinion: string;
        };
        RecordResearchOutputDto: {
            /**
             * @description application, award or publication date (Beijing), not after today
             * @example 2026-06-30
             */
            date: string;
            /**
             * @description a DOI for a paper; the grant number for a grant
             * @example 10.1186/s12879-026-01234-5
             */
            identifier?: string;
            /** @enum {string} */
            kind: "grant-application" | "grant-awarded" | "paper";
            /**
             * Format: uuid
             * @description the department pairing that produced it
             */
            pairingId?: string;
            /**
             * Format: uuid
             * @description the partnership; required without pairingId, and spares the pairing’s look-up with it
             */
            partnershipId?: string;
            /** @example Cystic echinococcosis of the liver in southern Xinjiang */
            title: string;
        };
        RecordVisitDto: {
            /**
             * @description last day of the visit, not before start and not after today
             * @example 2026-05-16
             */
            end: string;
            /** @description registered experts of the giving hospital */
            expertIds: string[];
            /** @enum {string} */
            kind: "lecture" | "mobile-clinic" | "surgical-guidance" | "ward-round";
            /** @description counts of what the visit did; 0 when left out */
            outcomes?: components["schemas"]["VisitOutcomesDto"];
            /** Format: uuid */
            partnershipId: string;
            /** @example Yengisar county people’s hospital */
            place?: string;
            /**
             * @description first day of the visit (Beijing date)
             * @example 2026-05-10
             */
            start: string;
        };
        ReferenceDicomStudyDto: {
            /** @example CT chest with contrast, 2026-02-27 */
            description?: string;
            dicom: components["schemas"]["DicomStudyDto"];
        };
        RegisterExpertDto: {
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            hospitalId: string;
            /**
             * @description start of independent practice; at least 3 years ago
             * @example 2012-09-01
             */
            licensedSince: string;
            /** @example Dr. Zhang Wei */
            name: string;
            /** @example cardiology */
            specialty: string;
            /** @enum {string} */
            title: "resident-physician" | "attending-physician" | "associate-chief-physician" | "chief-physician";
        };
        RegisterHospitalDto: {
            /** @example Kashgar No. 2 People's Hospital */
            name: string;
            /** @example 喀什地区第二人民医院 */
            nameZh?: string;
            /** @example Xinjiang */
            region: string;
            /**
             * @description IANA time zone of the hospital's working clock
             * @example Asia/Shanghai
             */
            timezone: string;
            workingHours?: components["schemas"]["WorkingHoursDto"];
        };
        ReleaseLegalHoldDto: {
            /** @description why the hold is released; it stays in the history in clear */
            reason: string;
        };
        RequestCaseReviewDto: {
            caseSummary: string;
            consent: components["schemas"]["ConsentDto"];
            /** Format: uuid */
            partnershipId: string;
            patient: components["schemas"]["PatientDto"];
            purpose: string;
            /**
             * Format: uuid
             * @description the requesting department, when the partnership pairs several with the first specialty
             */
            receivingDepartmentId?: string;
            /**
             * @description the specialties the panel should cover; the first one a department pairing of the partnership covers decides the pairing (none covered: 409 specialty-not-covered)
             * @example [
             *       "cardiology",
             *       "radiology"
             *     ]
             */
            specialties: string[];
        };
        RequestConsultationDto: {
            caseSummary: string;
            consent: components["schemas"]["ConsentDto"];
            /** Format: uuid */
            partnershipId: string;
            patient: components["schemas"]["PatientDto"];
            purpose: string;
            /**
             * Format: uuid
             * @description the requesting department, when the partnership pairs several with this specialty
             */
            receivingDepartmentId?: string;
            /**
             * Format: uuid
             * @description an expert of the giving hospital the request is addressed to (点名会诊): only they may accept it (others: 409 `not-requested-expert`)
             */
            requestedExpertId?: string;
            /**
             * @description the lowest title the answering expert may hold
             * @enum {string}
             */
            requestedTitle?: "resident-physician" | "attending-physician" | "associate-chief-physician" | "chief-physician";
            /** @example cardiology */
            specialty: string;
            /** @enum {string} */
            urgency: "routine" | "urgent";
        };
        ResponseTargetDto: {
            /**
             * @description minutes from the request to its acceptance
             * @example 30
             */
            acceptMinutes: number;
            /**
             * @description minutes from the request to the signed opinion; not less than acceptMinutes
             * @example 1440
             */
            answerMinutes: number;
        };
        ResponseTargetsDto: {
            routine: components["schemas"]["ResponseTargetDto"];
            urgent: components["schemas"]["ResponseTargetDto"];
        };
        ScheduleConsultationDto: {
            /** @example 2024-05-06T03:00:00Z */
            end: string;
            /** @example 2024-05-06T02:00:00Z */
            start: string;
        };
        SessionConfigView: {
            /**
             * @description the API the access token must be meant for (oidc mode); the console names it as the resource (RFC 8707) it asks a token for
             * @example telemed-api
             */
            audience?: string;
            /** @description the console's client id at the provider (oidc mode) */
            clientId?: string;
            /**
             * @description the OpenID provider (oidc mode)
             * @example https://id.example.org/realms/telemed
             */
            issuer?: string;
            /** @enum {string} */
            mode: "development" | "oidc" | "token";
            /**
             * @description space-separated scopes to ask for (oidc mode)
             * @example openid profile
             */
            scopes?: string;
        };
        SignatoryDto: {
            /**
             * Format: uuid
             * @description one of the two hospitals of the partnership
             */
            hospitalId: string;
            /** @example Wang Jun */
            name: string;
            /** @example 2024-12-20T10:00:00+08:00 */
            signedAt: string;
        };
        SignOpinionDto: {
            /** @description the expert opinion; the receiving side keeps the decision on diagnosis and treatment */
            opinion: string;
            recommendations?: string;
        };
        SlotDto: {
            /** @example 2024-05-06T04:00:00Z */
            end: string;
            /** @example 2024-05-06T01:00:00Z */
            start: string;
        };
        StartFurtherStudyDto: {
            /**
             * Format: uuid
             * @description the giving hospital’s department hosting them
             */
            hostDepartmentId: string;
            /**
             * @description `further-study` (进修) or `in-service-postgraduate`
             * @enum {string}
             */
            kind: "further-study" | "in-service-postgraduate";
            /** Format: uuid */
            partnershipId: string;
            /** @description a member of the receiving hospital’s staff */
            person: components["schemas"]["StudyingStaffDto"];
            /**
             * @description not before start; the placement must not overlap another of the same person
             * @example 2026-08-31
             */
            plannedEnd: string;
            /** @example 2026-03-01 */
            start: string;
        };
        StreamTicketView: {
            /** @description when it stops opening anything (ISO-8601), 30 s after it was issued */
            expiresAt: string;
            /** @description opens the notification stream once: `GET /v1/notifications/stream?ticket=...` */
            ticket: string;
        };
        StudyingStaffDto: {
            /** @example Aynur Tursun */
            name: string;
            /**
             * @description the receiving hospital’s staff number
             * @example KS2-N-0417
             */
            staffId: string;
            /** @example resident */
            title?: string;
        };
        TechniqueCasesDto: {
            count: number;
            /**
             * @description the month (YYYY-MM), once per month
             * @example 2026-05
             */
            period: string;
        };
        TerminateAgreementDto: {
            /**
             * @description the instant from which the agreement no longer holds; not before its validFrom
             * @example 2026-01-01T00:00:00+08:00
             */
            effectiveAt: string;
            /** @example superseded by the 2026 agreement */
            reason: string;
        };
        TrainingCreditsDto: {
            /**
             * @description I类 or II类 continuing medical education credits
             * @enum {string}
             */
            category: "I" | "II";
            /**
             * @description points for attending the whole session
             * @example 2
             */
            points: number;
        };
        VisitOutcomesDto: {
            /** @description mobile clinics held (巡回医疗) */
            clinicsHeld?: number;
            lectures?: number;
            operationsGuided?: number;
            patientsSeen?: number;
        };
        WithdrawFromFurtherStudyDto: {
            /** @example 2026-05-15 */
            at: string;
            /** @example family illness */
            reason: string;
        };
        WorkingHoursDto: {
            /** @example 17:30 */
            end: string;
            /** @example 08:00 */
            start: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthProbesController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthProbesController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ready to serve; each check with its facts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not ready; the failing checks say why */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementsController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementsController_terminate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditHistoryController_asOf: {
        parameters: {
            query: {
                /** @description the instant to look back to; events recorded at or before it are applied */
                at: string;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
                /** @description the kind of case: consultation, case-review, training-session, posting, visit, further-study, technique, research-output, consortium (the plural, such as consultations, is accepted too); any other answers 400 with code unknown-case-kind, listing the valid ones */
                kind: "consultation" | "case-review" | "training-session" | "posting" | "visit" | "further-study" | "technique" | "research-output" | "consortium" | "consultations" | "case-reviews" | "training-sessions" | "postings" | "visits" | "further-studys" | "techniques" | "research-outputs" | "consortiums";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditHistoryController_access: {
        parameters: {
            query?: {
                /** @description only reads of this consultation or case review */
                caseId?: string;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                /** @description read at or after this instant */
                from?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description read before this instant */
                to?: string;
                /** @description only reads by this user id */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditHistoryController_events: {
        parameters: {
            query?: {
                /** @description only events caused by this user id (metadata.actor.userId) */
                actor?: string;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                /** @description recorded at or after this instant */
                from?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description recorded before this instant */
                to?: string;
                /** @description only events of these types, comma-separated */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseExportController_export: {
        parameters: {
            query?: {
                /** @description ndjson: every event with its seal proof, verifiable offline; fhir: a FHIR R4 Bundle of AuditEvent and Provenance */
                format?: "ndjson" | "fhir";
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
                /** @description the kind of case: consultation, case-review, training-session, posting, visit, further-study, technique, research-output, consortium (the plural, such as consultations, is accepted too); any other answers 400 with code unknown-case-kind, listing the valid ones */
                kind: "consultation" | "case-review" | "training-session" | "posting" | "visit" | "further-study" | "technique" | "research-output" | "consortium" | "consultations" | "case-reviews" | "training-sessions" | "postings" | "visits" | "further-studys" | "techniques" | "research-outputs" | "consortiums";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VerifyRebuildController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RebuildDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VerifyRebuildController_seal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditHistoryController_stream: {
        parameters: {
            query?: {
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description a stream id (`consultation-<id>`, `case-review-<id>`, `training-session-<id>`, `hospital-<id>`, `partnership-<id>`, `expert-<id>`, `patient-data-<keyId>`), or the raw id of a case or of the network: it is resolved to the one aggregate stream that holds events under it (the answer names it in `streamId`). A raw id with events in more than one aggregate stream answers 409 with code ambiguous-stream-id, naming those streams. */
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VerifyRebuildController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page */
                cursor?: string;
                /** @description an invited expert */
                expertId?: string;
                /** @description requesting or giving hospital, or the hospital of an invited expert */
                hospitalId?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                status?: "requested" | "scheduled" | "in-progress" | "concluded" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCaseReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_conclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConcludeCaseReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_contribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordContributionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitePanelistsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MaterialsController_listOfCaseReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MaterialsController_attachToCaseReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Attaches a file (multipart/form-data: `file`, optional `description`) or references an imaging study (JSON: `dicom: {studyInstanceUid, archive}`). Files are kept encrypted under the patient's data key; the answer gives their SHA-256. A file over the size limit is 413 and one of a type not accepted 415: nothing is stored. */
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /**
                     * Format: binary
                     * @description the file: a lab report, ECG, image or document of an accepted media type, within the size limit
                     */
                    file: string;
                } | components["schemas"]["ReferenceDicomStudyDto"];
                "multipart/form-data": {
                    description?: string;
                    /**
                     * Format: binary
                     * @description the file: a lab report, ECG, image or document of an accepted media type, within the size limit
                     */
                    file: string;
                } | components["schemas"]["ReferenceDicomStudyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MaterialsController_downloadOfCaseReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                materialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file, as uploaded, after its SHA-256 was verified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
        };
    };
    CaseReviewsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReviewsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsortiaController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsortiaController_form: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormConsortiumDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsortiaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsortiaController_join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinConsortiumDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsortiaController_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hospitalId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaveConsortiumDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page */
                cursor?: string;
                expertId?: string;
                /** @description requesting or giving hospital */
                hospitalId?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description true: only consultations with a deadline recorded overdue; false: only those with none */
                overdue?: boolean;
                status?: "requested" | "accepted" | "information-requested" | "declined" | "scheduled" | "in-progress" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestConsultationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptConsultationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_answerQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineConsultationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_giveFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MaterialsController_listOfConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MaterialsController_attachToConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Attaches a file (multipart/form-data: `file`, optional `description`) or references an imaging study (JSON: `dicom: {studyInstanceUid, archive}`). Files are kept encrypted under the patient's data key; the answer gives their SHA-256. A file over the size limit is 413 and one of a type not accepted 415: nothing is stored. */
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /**
                     * Format: binary
                     * @description the file: a lab report, ECG, image or document of an accepted media type, within the size limit
                     */
                    file: string;
                } | components["schemas"]["ReferenceDicomStudyDto"];
                "multipart/form-data": {
                    description?: string;
                    /**
                     * Format: binary
                     * @description the file: a lab report, ECG, image or document of an accepted media type, within the size limit
                     */
                    file: string;
                } | components["schemas"]["ReferenceDicomStudyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MaterialsController_downloadOfConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                materialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file, as uploaded, after its SHA-256 was verified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
        };
    };
    ConsultationsController_signOpinion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOpinionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_askQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleConsultationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsultationsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_listExperts: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                /** @description experts of this department */
                departmentId?: string;
                /** @description experts of this hospital */
                hospitalId?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description a part of the expert’s name (ASCII letters in any case) */
                q?: string;
                /** @description experts of this specialty (exactly as registered) */
                specialty?: string;
                title?: "resident-physician" | "attending-physician" | "associate-chief-physician" | "chief-physician";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_registerExpert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterExpertDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_getExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_publishAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishAvailabilityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_getSchedule: {
        parameters: {
            query?: {
                /** @description start of the range (default: now) */
                from?: string;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description end of the range (default: from + 14 days) */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FhirController_search: {
        parameters: {
            query?: {
                /** @description the id of the resource */
                _id?: string;
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                /** @description a FHIR date with an optional prefix (eq, gt, lt, ge, le): when it was asked (ServiceRequest, Task, Consent), held (Appointment), begun (Encounter) or signed (Composition, Provenance) */
                date?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description the patient by record number: `MRN` or `urn:telemed-backbone:hospital:<hospitalId>:patient|MRN` */
                patient?: string;
            };
            header?: never;
            path: {
                type: "ServiceRequest" | "Task" | "Appointment" | "Encounter" | "Consent" | "Composition" | "Provenance";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FhirController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                type: "ServiceRequest" | "Task" | "Appointment" | "Encounter" | "Consent" | "Composition" | "Provenance";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FhirController_metadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FurtherStudyController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page */
                cursor?: string;
                kind?: "further-study" | "in-service-postgraduate";
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                partnershipId?: string;
                /** @description one person’s placements, by their staff number */
                staffId?: string;
                status?: "started" | "completed" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FurtherStudyController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartFurtherStudyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FurtherStudyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FurtherStudyController_completed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteFurtherStudyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FurtherStudyController_withdrawn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawFromFurtherStudyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_listHospitals: {
        parameters: {
            query?: {
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description a part of the hospital’s English or Chinese name (ASCII letters in any case) */
                q?: string;
                /** @description hospitals of this region (ASCII letters in any case) */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_registerHospital: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterHospitalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_getHospital: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_addDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDepartmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingCreditsController_credits: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                /** @description csv: the page as a table to print */
                format?: "json" | "csv";
                /** @description sessions held on or after this Beijing day */
                from?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description one person only */
                staffId?: string;
                /** @description sessions held on or before this Beijing day */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SessionController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    NotificationsController_stream: {
        parameters: {
            query?: {
                /** @description a ticket from POST /v1/notifications/tickets, in place of the Authorization header (used once, within 30 s) */
                ticket?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an endless `text/event-stream`; each event is named `notice` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTicketView"];
                };
            };
        };
    };
    NetworkController_listPartnerships: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                /** @description partnerships this hospital gives or receives aid in */
                hospitalId?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_establishPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstablishPartnershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_getPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementTermsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NetworkController_pairDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairDepartmentsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PatientsController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePatientDataDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PatientsController_listHolds: {
        parameters: {
            query?: {
                /** @description only the holds that stand (true) or were released (false) */
                active?: "true" | "false";
                /** @description the holds placed on behalf of this hospital */
                hospitalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PatientsController_placeHold: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceLegalHoldDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PatientsController_releaseHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseLegalHoldDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PatientsController_retentionDue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostingsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page */
                cursor?: string;
                kind?: "specialist" | "management-cadre";
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description only those on site that day: arrived on or before it, and not returned before it */
                onSiteAt?: string;
                /** @description the department pairing served */
                pairingId?: string;
                partnershipId?: string;
                status?: "dispatched" | "on-site" | "returned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostingsController_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchPostingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostingsController_arrived: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostingDateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostingsController_cutShort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CutPostingShortDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostingsController_extended: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendPostingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostingsController_returned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostingDateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PostingsController_summary: {
        parameters: {
            query?: {
                /** @description count service up to this day (default today, Beijing time) */
                asOf?: string;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                partnershipId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_report: {
        parameters: {
            query?: {
                /** @description its members joining, and the partnerships between its lead and members */
                consortiumId?: string;
                /** @description csv or xlsx downloads the table (so does `Accept: text/csv`) */
                format?: "json" | "csv" | "xlsx";
                /** @description first Beijing day counted */
                from?: string;
                givingHospitalId?: string;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                partnershipId?: string;
                /** @description every partnership of this programme, and the consortia their receiving hospitals lead */
                programme?: "group-aid" | "medical-consortium" | "specialist-alliance" | "other";
                /** @description its partnerships, and the consortia it leads */
                receivingHospitalId?: string;
                /** @description last Beijing day counted (inclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_figureEvents: {
        parameters: {
            query?: {
                /** @description its members joining, and the partnerships between its lead and members */
                consortiumId?: string;
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                /** @description first Beijing day counted */
                from?: string;
                givingHospitalId?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                partnershipId?: string;
                /** @description every partnership of this programme, and the consortia their receiving hospitals lead */
                programme?: "group-aid" | "medical-consortium" | "specialist-alliance" | "other";
                /** @description its partnerships, and the consortia it leads */
                receivingHospitalId?: string;
                /** @description last Beijing day counted (inclusive) */
                to?: string;
                /** @description only the events counted in this Beijing year */
                year?: string;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResearchOutputsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page */
                cursor?: string;
                /** @description outputs dated on or after this day */
                from?: string;
                kind?: "grant-application" | "grant-awarded" | "paper";
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                pairingId?: string;
                partnershipId?: string;
                /** @description outputs dated on or before this day */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResearchOutputsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordResearchOutputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResearchOutputsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SessionController_sessionConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionConfigView"];
                };
            };
        };
    };
    DevTokenController_devToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenView"];
                };
            };
        };
    };
    StatsController_overview: {
        parameters: {
            query?: {
                /** @description count facts at or after this instant, or from the start of this Beijing day (`2024-01-01`) */
                from?: string;
                /** @description month, year: a series by Beijing-time period; pairing: by department pairing; receivingHospital, givingHospital: by hospital. Each series entry names its group (`label: {zh, en}`, and the hospital or departments it stands for). */
                groupBy?: "month" | "year" | "pairing" | "receivingHospital" | "givingHospital";
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description count facts before this instant, or up to the end of this Beijing day (`2024-12-31`, inclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatsController_partnership: {
        parameters: {
            query?: {
                /** @description count facts at or after this instant, or from the start of this Beijing day (`2024-01-01`) */
                from?: string;
                /** @description month, year: a series by Beijing-time period; pairing: by department pairing; receivingHospital, givingHospital: by hospital. Each series entry names its group (`label: {zh, en}`, and the hospital or departments it stands for). */
                groupBy?: "month" | "year" | "pairing" | "receivingHospital" | "givingHospital";
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description count facts before this instant, or up to the end of this Beijing day (`2024-12-31`, inclusive) */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatsController_turnaround: {
        parameters: {
            query?: {
                /** @description count facts at or after this instant, or from the start of this Beijing day (`2024-01-01`) */
                from?: string;
                /** @description month: by the Beijing month of the request; department: by department pairing */
                groupBy?: "month" | "department";
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description one partnership; without it, every partnership the caller may see */
                partnershipId?: string;
                /** @description count facts before this instant, or up to the end of this Beijing day (`2024-12-31`, inclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TechniquesController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page */
                cursor?: string;
                /** @description only those filling a regional gap (true) or not (false) */
                fillsRegionalGap?: boolean;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                pairingId?: string;
                partnershipId?: string;
                status?: "proposed" | "performed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TechniquesController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeTechniqueDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TechniquesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TechniquesController_cases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TechniqueCasesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TechniquesController_performed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FirstPerformanceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                partnershipId?: string;
                status?: "planned" | "held" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanTrainingSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingController_attendance: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingController_recordAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAttendanceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingController_markHeld: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkHeldDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TrainingController_reschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VisitsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page */
                cursor?: string;
                /** @description visits ending on or after this day */
                from?: string;
                kind?: "lecture" | "mobile-clinic" | "surgical-guidance" | "ward-round";
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                partnershipId?: string;
                /** @description visits starting on or before this day */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VisitsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VisitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
