// Generated from the API's /docs-json by apps/console/scripts/generate-api-types.mjs; do not edit.

export type paths = {
    "/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The iCalendar (RFC 5545) feed a subscription opens: bookings in both hospitals’ local time, no patient details */
        get: operations["CalendarFeedController_serve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the log answers and the read models are not failing, and how far behind they are */
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
        /** The process is up and answering */
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
        /** Ready to serve: the log answers, the read models keep up, and every registered check passes */
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
         * An agreement, with whether it is in force now
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
         * Amend any term of an agreement in effect
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
         * End an agreement from an instant on (not before its validFrom)
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
        /**
         * The state of a consultation, case review or training session as it was at an instant
         * @description Roles: auditor, coordinator.
         */
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
        /**
         * The access trail: who read which case’s patient details, when and from where
         * @description Roles: auditor.
         */
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
        /**
         * The log, filtered by actor, type and time, in position order, paged by `cursor`
         * @description Roles: auditor, coordinator.
         */
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
        /**
         * A case’s history as NDJSON envelopes or a FHIR Bundle, to check or archive outside the backbone
         * @description Roles: auditor.
         */
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
        /**
         * Rebuild the read models from the log into fresh tables and compare them with the live ones
         * @description Roles: auditor, coordinator.
         */
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
        /**
         * Seal everything written so far now, rather than at the next scheduled seal
         * @description Roles: coordinator.
         */
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
        /**
         * Every event of a stream with its full envelope and metadata
         * @description Roles: auditor, coordinator.
         */
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
        /**
         * Verify the integrity chain of the whole log and of the access trail
         * @description Roles: auditor, coordinator.
         */
        post: operations["VerifyRebuildController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A subscription to the calendar feed of an expert (the expert, or a coordinator) or of a department (its hospital’s staff, or a coordinator); the answer’s url carries a token of its own, shown once, that opens the feed until the subscription is revoked
         * @description Roles: coordinator, expert (only their own), clinician (own hospital's).
         */
        post: operations["CalendarFeedsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revokes a subscription: its address answers 404 from now on (the user who subscribed, or a coordinator)
         * @description Roles: coordinator, expert (only their own), clinician (only their own).
         */
        delete: operations["CalendarFeedsController_revoke"];
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
        /**
         * Case discussions the caller may see, newest request first, paged by `cursor`
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (when invited).
         */
        get: operations["CaseReviewsController_list"];
        put?: never;
        /**
         * Request a case discussion with a panel of experts
         * @description Roles: clinician (own hospital's).
         */
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
        /**
         * A case discussion with its panel, contributions and materials, as the caller may see it
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (when invited).
         */
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
        /**
         * Accept an invitation to the panel (as the invited expert)
         * @description Roles: expert (when invited).
         */
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
        /**
         * Cancel a case discussion before it is concluded
         * @description Roles: clinician (own hospital's), coordinator.
         */
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
        /**
         * Conclude the discussion
         * @description Roles: coordinator, expert (when assigned).
         */
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
        /**
         * Record a panelist’s opinion
         * @description Roles: expert (when assigned).
         */
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
        /**
         * Decline an invitation to the panel, with a reason
         * @description Roles: expert (when invited).
         */
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
        /**
         * Invite experts to the panel
         * @description Roles: coordinator, clinician (own hospital's).
         */
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
        /**
         * The materials of a case review, oldest first
         * @description Roles: auditor, clinician (own hospital's), expert (when invited).
         */
        get: operations["MaterialsController_listOfCaseReview"];
        put?: never;
        /**
         * Attach a file or an imaging study reference to a case review
         * @description Roles: clinician (own hospital's), expert (when assigned).
         */
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
        /**
         * Download a file of a case review, in the media type it was uploaded with
         * @description Roles: auditor, clinician (own hospital's), expert (when invited).
         */
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
        /**
         * Schedule or reschedule the discussion, booking every panelist
         * @description Roles: coordinator.
         */
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
        /**
         * Start the discussion
         * @description Roles: coordinator, expert (when assigned).
         */
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
        /**
         * The consortia the caller may see, by name
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["ConsortiaController_list"];
        put?: never;
        /**
         * Form a medical consortium (医联体) or a specialist alliance (专科联盟) under a lead hospital
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
        /**
         * A consortium with every membership
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
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
         * A hospital joins a consortium on `joinedAt`
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
         * A member leaves a consortium (on `at`, today unless given)
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
        /**
         * Consultations the caller may see, newest request first, paged by `cursor`
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["ConsultationsController_list"];
        put?: never;
        /**
         * Request a remote consultation for a patient of the caller’s hospital
         * @description Roles: clinician (own hospital's).
         */
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
        /**
         * A consultation, as the caller may see it, with its questions and answers
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
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
        /**
         * Accept a consultation (as the expert who will answer it)
         * @description Roles: expert (own hospital's).
         */
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
        /**
         * Answer the expert’s open question (as the requesting clinician): the consultation resumes where it was
         * @description Roles: clinician (own hospital's).
         */
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
        /**
         * Cancel a consultation before it is completed
         * @description Roles: clinician (own hospital's), coordinator.
         */
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
        /**
         * Decline a consultation, with a reason code and a reason
         * @description Roles: expert (own hospital's).
         */
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
        /**
         * Rate the signed opinion from 1 to 5, with an optional comment (as the requesting clinician, once)
         * @description Roles: clinician (own hospital's).
         */
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
        /**
         * The materials of a consultation, oldest first
         * @description Roles: auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["MaterialsController_listOfConsultation"];
        put?: never;
        /**
         * Attach a file or an imaging study reference to a consultation
         * @description Roles: clinician (own hospital's), expert (when assigned).
         */
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
        /**
         * Download a file of a consultation, in the media type it was uploaded with
         * @description Roles: auditor, clinician (own hospital's), expert (own hospital's).
         */
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
        /**
         * Write and sign the opinion, completing the consultation
         * @description Roles: expert (when assigned).
         */
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
        /**
         * Ask the requesting clinician for information (as the assigned expert): the consultation waits, its answer clock paused
         * @description Roles: expert (when assigned).
         */
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
        /**
         * Schedule or reschedule a consultation into a slot of the assigned expert
         * @description Roles: expert (when assigned), coordinator.
         */
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
        /**
         * Start the scheduled consultation
         * @description Roles: expert (when assigned).
         */
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
         * Experts as a requester may see them: name, title, specialty, hospital and department
         * @description By name, paged by `cursor`; nothing of the experts’ calendars.
         *
         *     Roles: coordinator, clinician, expert, auditor.
         */
        get: operations["NetworkController_listExperts"];
        put?: never;
        /**
         * Register an expert of a hospital and department
         * @description Roles: coordinator.
         */
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
        /**
         * An expert of the registry
         * @description Roles: coordinator, clinician, expert, auditor.
         */
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
        /**
         * Publish the slots an expert is available in
         * @description Roles: expert (only their own), coordinator.
         */
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
        /**
         * An expert’s bookings and free slots, each in both hospitals’ local times
         * @description Roles: expert (only their own), coordinator, auditor.
         */
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
         * Search one kind of resource, of consultations and case reviews alike: a searchset Bundle, newest request first
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
         * One resource by its id
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
         * The CapabilityStatement of this read-only FHIR R4 endpoint
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
        /**
         * Placements in further study, paged by `cursor`
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["FurtherStudyController_list"];
        put?: never;
        /**
         * Place a member of the receiving hospital’s staff in a giving hospital’s department (进修), or as an in-service postgraduate
         * @description Roles: coordinator.
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
        /**
         * A placement in further study
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
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
         * Further study completed on `at` with a `certificate`
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
         * Withdrawn from further study on `at` for a `reason`
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
         * Hospitals by name, narrowed by region and a part of the English or Chinese name
         * @description Roles: coordinator, clinician, expert, auditor.
         */
        get: operations["NetworkController_listHospitals"];
        put?: never;
        /**
         * Register a hospital
         * @description Roles: coordinator.
         */
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
        /**
         * A hospital with its departments
         * @description Roles: coordinator, clinician, expert, auditor.
         */
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
        /**
         * Add a department to a hospital
         * @description Roles: coordinator.
         */
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
         * Each staff member’s training at a receiving hospital: sessions, minutes, I类 and II类 credits
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
         * Server-Sent Events: a notice for each change the caller may see
         * @description Each event is named `notice`; its data is a `Notice`. Read what changed through the normal routes with `minPosition=position`.
         *
         *     Roles: coordinator, clinician, expert, auditor.
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
         * A ticket that opens the notification stream once, for the caller, within 30 s
         * @description For an EventSource, which sends no header: `GET /v1/notifications/stream?ticket=...`. Nothing is recorded in the log.
         *
         *     Roles: coordinator, clinician, expert, auditor.
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
         * Partnerships with both hospitals’ names (zh, en) and their pairings with department names
         * @description Oldest first, paged by `cursor`. Coordinators and auditors see every partnership; clinicians and experts those of their own hospital.
         *
         *     Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["NetworkController_listPartnerships"];
        put?: never;
        /**
         * Establish a partnership between a giving and a receiving hospital
         * @description Roles: coordinator.
         */
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
        /**
         * A partnership with its pairings
         * @description Roles: coordinator, clinician, expert, auditor.
         */
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
         * The partnership’s agreements, oldest validity first
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["AgreementsController_list"];
        put?: never;
        /**
         * Register a signed cooperation agreement (远程医疗合作协议) of the partnership
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
        /**
         * Pair a giving department with a receiving department in a partnership
         * @description Roles: coordinator.
         */
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
        /**
         * Erase a patient’s data once their records are past the retention period and under no legal hold
         * @description Roles: coordinator.
         */
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
        /**
         * The legal holds, with the patient’s key id (never the record number), oldest first
         * @description Roles: coordinator, auditor.
         */
        get: operations["PatientsController_listHolds"];
        put?: never;
        /**
         * Place a legal hold on a patient, named by record number or by a case
         * @description Roles: coordinator.
         */
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
        /**
         * Release a legal hold
         * @description Roles: coordinator.
         */
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
        /**
         * The patients past the retention period and under no legal hold, for a person to decide on
         * @description Roles: coordinator.
         */
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
         * Postings by planned start, latest first; `onSiteAt` lists who is on site that day
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["PostingsController_list"];
        put?: never;
        /**
         * Post a specialist or a management cadre to the receiving hospital for a planned term (援派)
         * @description Roles: coordinator.
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
        /**
         * A posting, with its days on site so far
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
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
         * The posted person arrived on site (`at`, a date)
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
         * The term ends early, on `at`, for a `reason`; only on site, between the arrival and the planned end
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
         * The term is extended to `newEnd`, after the current end (400 `not-an-extension` otherwise)
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
         * The posted person returned (`at`, a date, not before the arrival)
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
         * Postings, those on site and person-months of service, in total and per department pairing
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
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
         * The programme report: each figure by Beijing year and in total
         * @description Name exactly one of programme, partnershipId, givingHospitalId, receivingHospitalId, consortiumId (`report-scope-required` otherwise); from/to are Beijing days (to inclusive). `?format=csv|xlsx`, or an Accept header asking for `text/csv` or the spreadsheet type before JSON, downloads the table as an attachment.
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
         * The events behind one figure of the report, for the same scope and period (and `year`), paged by `cursor`
         * @description An unknown figure key is 404 `unknown-figure`.
         *
         *     Roles: coordinator, auditor, clinician (own hospital's).
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
        /**
         * Research outputs, paged by `cursor`
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["ResearchOutputsController_list"];
        put?: never;
        /**
         * Record a grant application, a grant awarded or a paper (with its DOI), for a pairing or a partnership
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
        /**
         * A research output
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
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
        /**
         * The whole programme’s counts, optionally as a series by month, year, pairing or hospital
         * @description Roles: coordinator, auditor.
         */
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
        /**
         * A partnership’s counts of consultations, case reviews and training, by business time, optionally as a series
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
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
        /**
         * How fast consultations are accepted and answered: median and 90th percentile, share within target, deadlines missed
         * @description Consultations requested in the range, of one partnership or every one the caller may see; optionally by month or department pairing.
         *
         *     Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
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
        /**
         * New techniques, paged by `cursor`
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["TechniquesController_list"];
        put?: never;
        /**
         * Propose a new technique or project (新技术新项目) for a department pairing
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
        /**
         * A new technique with its cases by month
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
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
         * The cases done locally in one month (`period`, YYYY-MM), once per month, from the first performance on
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
         * A technique first performed locally on `at`, under a supervising expert
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
        /**
         * Training sessions, by partnership and status, paged by `cursor`
         * @description Roles: coordinator, clinician, expert, auditor.
         */
        get: operations["TrainingController_list"];
        put?: never;
        /**
         * Plan a training session, booking its trainers
         * @description Roles: coordinator, expert.
         */
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
        /**
         * A training session
         * @description Roles: coordinator, clinician, expert, auditor.
         */
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
         * The attendees of a session, each once, by name
         * @description Coordinators, auditors, the session’s trainers and clinicians of the receiving hospital; paged by `cursor`.
         *
         *     Roles: coordinator, auditor, expert (when assigned), clinician (own hospital's).
         */
        get: operations["TrainingController_attendance"];
        put?: never;
        /**
         * Record attendees of a held session (may be posted more than once; a person counts once per session)
         * @description Roles: coordinator, expert (when assigned).
         */
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
        /**
         * Cancel a planned session
         * @description Roles: coordinator.
         */
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
        /**
         * Mark a session held
         * @description Roles: coordinator, expert (when assigned).
         */
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
        /**
         * Move a planned session to another slot
         * @description Roles: coordinator.
         */
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
         * Visits by first day, latest first; `from`/`to` keep those overlapping the period
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["VisitsController_list"];
        put?: never;
        /**
         * Record a short visit once it is over: lectures, mobile clinics (巡回医疗), surgical guidance, ward rounds
         * @description Roles: coordinator.
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
        /**
         * A short visit with its outcomes
         * @description Roles: coordinator, auditor, clinician (own hospital's), expert (own hospital's).
         */
        get: operations["VisitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every endpoint with its state (`active`, or `disabled` and why) and where its deliveries stand
         * @description Roles: coordinator, auditor.
         */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Registers an endpoint (https, or http on a loopback address) for the event types it names, narrowed to a partnership and a hospital; the answer carries the signing secret, shown this once
         * @description Roles: coordinator.
         */
        post: operations["WebhooksController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of an endpoint, newest attempt first: each attempt with its outcome, HTTP status and latency
         * @description Roles: coordinator, auditor.
         */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stops deliveries to an endpoint, with the reason; they resume from where they stopped when it is enabled
         * @description Roles: coordinator.
         */
        post: operations["WebhooksController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resumes deliveries to a disabled endpoint from the first message it has not received
         * @description Roles: coordinator.
         */
        post: operations["WebhooksController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends an endpoint again every event it asks for from `fromPosition` on (inclusive), each with its original `webhook-id`
         * @description Roles: coordinator.
         */
        post: operations["WebhooksController_replay"];
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
        AccessPage: {
            items: {
                /**
                 * @description `download`: of a case material’s file
                 * @enum {string}
                 */
                action: "view" | "download" | "export" | "replay";
                /** Format: date-time */
                at: string;
                /** Format: uuid */
                caseId: string;
                /** Format: uuid */
                hospitalId: string | null;
                /** @enum {string} */
                kind: "consultations" | "case-reviews";
                /**
                 * Format: uuid
                 * @description the case material downloaded, for a `download`
                 */
                materialId?: string;
                /** @enum {string} */
                outcome: "allowed" | "denied";
                /** @description global log position, a decimal string */
                position: string;
                requestId: string | null;
                role: string;
                sourceAddress: string | null;
                userId: string;
            }[];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        AddDepartmentDto: {
            /** @example Department of Cardiology */
            name: string;
            /** @example cardiology */
            specialty: string;
        };
        Agreement: {
            /** Format: date-time */
            amendedAt: string | null;
            fees: {
                amount: number;
                currency: string;
                /** @description 0..1 */
                givingShare: number;
                /** @enum {string} */
                service: "consultation" | "case-review" | "training";
            }[];
            /** Format: uuid */
            id: string;
            /** @description whether it holds now: within its validity and not terminated as of this instant */
            inForce: boolean;
            liability?: string;
            /** Format: uuid */
            partnershipId: string;
            /** Format: date-time */
            registeredAt: string;
            registeredBy: string;
            responseTargets: {
                routine: {
                    acceptMinutes: number;
                    answerMinutes: number;
                };
                urgent: {
                    acceptMinutes: number;
                    answerMinutes: number;
                };
            };
            services: ("consultation" | "case-review" | "training")[];
            signatories: {
                /** Format: uuid */
                hospitalId: string;
                name: string;
                /** Format: date-time */
                signedAt: string;
            }[];
            /** @enum {string} */
            status: "in-effect" | "terminated";
            termination: {
                /** Format: date-time */
                effectiveAt: string;
                reason: string;
                /** Format: date-time */
                terminatedAt: string;
                terminatedBy: string;
            } | null;
            /**
             * Format: date
             * @description a Beijing day, inclusive
             */
            validFrom: string;
            /**
             * Format: date
             * @description a Beijing day, inclusive; absent when open-ended
             */
            validUntil?: string;
            /** @description whether the targets count only the receiving hospital's working time */
            workingTimeOnly: boolean;
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
        AgreementList: {
            items: components["schemas"]["Agreement"][];
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
        Attendance: {
            items: {
                name: string;
                /** Format: date-time */
                recordedAt: string;
                /** @description who first recorded the person as attending */
                recordedBy: string;
                staffId: string;
            }[];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
            personTimes: number;
            /** Format: uuid */
            trainingSessionId: string;
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
        CalendarFeedView: {
            /** @description the subscription, for `DELETE /v1/calendar-feeds/:id` */
            id: string;
            /** @description the address to subscribe to (`GET /calendar/:token.ics`); shown only now: its token is not kept */
            url: string;
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
        CaseAsOf: {
            /** Format: date-time */
            at: string;
            eventsApplied: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "consultation" | "case-review" | "training-session" | "posting" | "visit" | "further-study" | "technique" | "research-output" | "consortium" | "webhook";
            lastEvent: {
                /** @description global log position, a decimal string */
                position: string;
                /** Format: date-time */
                recordedAt: string;
                type: string;
            };
            /** @description the case's state as the domain folds its events; without clinical members for coordinators */
            state: {
                [key: string]: unknown;
            };
        };
        CaseReview: {
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @description absent for coordinators */
            caseSummary?: string;
            /** Format: date-time */
            concludedAt: string | null;
            concludedBy: string | null;
            /** @description absent for coordinators */
            conclusion?: string | null;
            consent: {
                dataSharing: boolean;
                medical: boolean;
            };
            contributions: {
                expertId: string;
                /** @description absent for coordinators */
                opinion?: string;
                /** Format: date-time */
                recordedAt: string;
            }[];
            /** @description accept by: met when the first invited expert accepts; answer by: met when the panel concludes. Null when the review was requested without response targets */
            deadlines: {
                /** @description a response target of the agreement, in working time when it says so */
                accept: {
                    /** Format: date-time */
                    due: string;
                    /**
                     * Format: date-time
                     * @description when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)
                     */
                    metAt?: string;
                    /** @description whether the deadline passed unmet and was recorded overdue */
                    overdue: boolean;
                    /**
                     * Format: date-time
                     * @description when it was recorded overdue
                     */
                    overdueAt?: string;
                } | null;
                /** @description a response target of the agreement, in working time when it says so */
                answer: {
                    /** Format: date-time */
                    due: string;
                    /**
                     * Format: date-time
                     * @description when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)
                     */
                    metAt?: string;
                    /** @description whether the deadline passed unmet and was recorded overdue */
                    overdue: boolean;
                    /**
                     * Format: date-time
                     * @description when it was recorded overdue
                     */
                    overdueAt?: string;
                } | null;
            } | null;
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            invitations: {
                /** @enum {string} */
                answer: "pending" | "accepted" | "declined";
                /** Format: date-time */
                answeredAt: string | null;
                expertId: string;
                /** Format: uuid */
                hospitalId: string;
                /** Format: date-time */
                invitedAt: string;
                invitedBy: string;
                reason: string | null;
                specialty: string;
            }[];
            /** @description whether either deadline was recorded overdue */
            overdue: boolean;
            /** Format: uuid */
            pairingId: string | null;
            /** @description the invited experts who accepted */
            panel: {
                expertId: string;
                /** Format: uuid */
                hospitalId: string;
                specialty: string;
            }[];
            /** Format: uuid */
            partnershipId: string;
            patient?: components["schemas"]["Patient"];
            /** @description the position of the last event applied to this view */
            position: string;
            purpose: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** Format: uuid */
            requestingHospitalId: string;
            rescheduleCount: number;
            slot: {
                /** Format: date-time */
                end: string;
                /** Format: date-time */
                start: string;
            } | null;
            specialties: string[];
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "requested" | "scheduled" | "in-progress" | "concluded" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description which of the agreement's response targets the deadlines run on
             * @enum {string}
             */
            urgency: "routine" | "urgent";
        };
        CaseReviewDetail: {
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @description absent for coordinators */
            caseSummary?: string;
            /** Format: date-time */
            concludedAt: string | null;
            concludedBy: string | null;
            /** @description absent for coordinators */
            conclusion?: string | null;
            consent: {
                dataSharing: boolean;
                medical: boolean;
            };
            contributions: {
                expertId: string;
                /** @description absent for coordinators */
                opinion?: string;
                /** Format: date-time */
                recordedAt: string;
            }[];
            /** @description accept by: met when the first invited expert accepts; answer by: met when the panel concludes. Null when the review was requested without response targets */
            deadlines: {
                /** @description a response target of the agreement, in working time when it says so */
                accept: {
                    /** Format: date-time */
                    due: string;
                    /**
                     * Format: date-time
                     * @description when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)
                     */
                    metAt?: string;
                    /** @description whether the deadline passed unmet and was recorded overdue */
                    overdue: boolean;
                    /**
                     * Format: date-time
                     * @description when it was recorded overdue
                     */
                    overdueAt?: string;
                } | null;
                /** @description a response target of the agreement, in working time when it says so */
                answer: {
                    /** Format: date-time */
                    due: string;
                    /**
                     * Format: date-time
                     * @description when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)
                     */
                    metAt?: string;
                    /** @description whether the deadline passed unmet and was recorded overdue */
                    overdue: boolean;
                    /**
                     * Format: date-time
                     * @description when it was recorded overdue
                     */
                    overdueAt?: string;
                } | null;
            } | null;
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            invitations: {
                /** @enum {string} */
                answer: "pending" | "accepted" | "declined";
                /** Format: date-time */
                answeredAt: string | null;
                expertId: string;
                /** Format: uuid */
                hospitalId: string;
                /** Format: date-time */
                invitedAt: string;
                invitedBy: string;
                reason: string | null;
                specialty: string;
            }[];
            /** @description the files and imaging studies attached, in the order attached */
            materials: components["schemas"]["MaterialSummary"][];
            /** @description whether either deadline was recorded overdue */
            overdue: boolean;
            /** Format: uuid */
            pairingId: string | null;
            /** @description the invited experts who accepted */
            panel: {
                expertId: string;
                /** Format: uuid */
                hospitalId: string;
                specialty: string;
            }[];
            /** Format: uuid */
            partnershipId: string;
            patient?: components["schemas"]["Patient"];
            /** @description the position of the last event applied to this view */
            position: string;
            purpose: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** Format: uuid */
            requestingHospitalId: string;
            rescheduleCount: number;
            slot: {
                /** Format: date-time */
                end: string;
                /** Format: date-time */
                start: string;
            } | null;
            specialties: string[];
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "requested" | "scheduled" | "in-progress" | "concluded" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description which of the agreement's response targets the deadlines run on
             * @enum {string}
             */
            urgency: "routine" | "urgent";
        };
        CaseReviewPage: {
            items: components["schemas"]["CaseReview"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
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
        Consortium: {
            currentMembers: number;
            /** Format: date-time */
            formedAt: string;
            formedBy: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "medical-consortium" | "specialist-alliance";
            /** Format: uuid */
            leadHospitalId: string;
            /** @description every membership, earliest first; a member that left and joined again appears twice */
            members: {
                /** Format: uuid */
                hospitalId: string;
                /** Format: date */
                joinedOn: string;
                /** Format: date */
                leftOn?: string;
            }[];
            name: string;
        };
        ConsortiumList: {
            items: components["schemas"]["Consortium"][];
        };
        Consultation: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @description absent for coordinators */
            caseSummary?: string;
            /** Format: date-time */
            completedAt: string | null;
            consent: {
                dataSharing: boolean;
                medical: boolean;
            };
            /** @description the accept-by and answer-by deadlines; null when the consultation was requested without response targets */
            deadlines: {
                /** @description a response target of the agreement, in working time when it says so */
                accept: {
                    /** Format: date-time */
                    due: string;
                    /**
                     * Format: date-time
                     * @description when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)
                     */
                    metAt?: string;
                    /** @description whether the deadline passed unmet and was recorded overdue */
                    overdue: boolean;
                    /**
                     * Format: date-time
                     * @description when it was recorded overdue
                     */
                    overdueAt?: string;
                } | null;
                /** @description a response target of the agreement, in working time when it says so */
                answer: {
                    /** Format: date-time */
                    due: string;
                    /**
                     * Format: date-time
                     * @description when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)
                     */
                    metAt?: string;
                    /** @description whether the deadline passed unmet and was recorded overdue */
                    overdue: boolean;
                    /**
                     * Format: date-time
                     * @description when it was recorded overdue
                     */
                    overdueAt?: string;
                } | null;
            } | null;
            /** Format: date-time */
            declinedAt: string | null;
            declineReason: string | null;
            /** @enum {string|null} */
            declineReasonCode: "outside-specialty" | "insufficient-information" | "capacity" | "not-suitable-for-remote" | "other" | null;
            /** @description the assigned expert, once accepted */
            expertId: string | null;
            /** @description the requesting clinician's rating of the signed opinion; null until given */
            feedback: {
                /** @description absent for coordinators, and when none was given */
                comment?: string;
                /** Format: date-time */
                givenAt: string;
                /** @description how useful the requesting clinician found the opinion, 1 to 5 */
                usefulness: number;
            } | null;
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            /** @description absent for coordinators */
            opinion?: string | null;
            /** @description whether either deadline was recorded overdue */
            overdue: boolean;
            /** Format: uuid */
            pairingId: string | null;
            /** Format: uuid */
            partnershipId: string;
            patient?: components["schemas"]["Patient"];
            /** @description the position of the last event applied to this view */
            position: string;
            purpose: string;
            /** @description absent for coordinators */
            recommendations?: string | null;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            requestedExpertId: string | null;
            requestedTitle: string | null;
            /** Format: uuid */
            requestingHospitalId: string;
            rescheduleCount: number;
            signedBy: string | null;
            slot: {
                /** Format: date-time */
                end: string;
                /** Format: date-time */
                start: string;
            } | null;
            specialty: string;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "requested" | "accepted" | "information-requested" | "declined" | "scheduled" | "in-progress" | "completed" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            urgency: "routine" | "urgent";
        };
        ConsultationDetail: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** @description absent for coordinators */
            caseSummary?: string;
            /** Format: date-time */
            completedAt: string | null;
            consent: {
                dataSharing: boolean;
                medical: boolean;
            };
            /** @description the accept-by and answer-by deadlines; null when the consultation was requested without response targets */
            deadlines: {
                /** @description a response target of the agreement, in working time when it says so */
                accept: {
                    /** Format: date-time */
                    due: string;
                    /**
                     * Format: date-time
                     * @description when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)
                     */
                    metAt?: string;
                    /** @description whether the deadline passed unmet and was recorded overdue */
                    overdue: boolean;
                    /**
                     * Format: date-time
                     * @description when it was recorded overdue
                     */
                    overdueAt?: string;
                } | null;
                /** @description a response target of the agreement, in working time when it says so */
                answer: {
                    /** Format: date-time */
                    due: string;
                    /**
                     * Format: date-time
                     * @description when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)
                     */
                    metAt?: string;
                    /** @description whether the deadline passed unmet and was recorded overdue */
                    overdue: boolean;
                    /**
                     * Format: date-time
                     * @description when it was recorded overdue
                     */
                    overdueAt?: string;
                } | null;
            } | null;
            /** Format: date-time */
            declinedAt: string | null;
            declineReason: string | null;
            /** @enum {string|null} */
            declineReasonCode: "outside-specialty" | "insufficient-information" | "capacity" | "not-suitable-for-remote" | "other" | null;
            /** @description the assigned expert, once accepted */
            expertId: string | null;
            /** @description the requesting clinician's rating of the signed opinion; null until given */
            feedback: {
                /** @description absent for coordinators, and when none was given */
                comment?: string;
                /** Format: date-time */
                givenAt: string;
                /** @description how useful the requesting clinician found the opinion, 1 to 5 */
                usefulness: number;
            } | null;
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            /** @description the files and imaging studies attached, in the order attached */
            materials: components["schemas"]["MaterialSummary"][];
            /** @description absent for coordinators */
            opinion?: string | null;
            /** @description whether either deadline was recorded overdue */
            overdue: boolean;
            /** Format: uuid */
            pairingId: string | null;
            /** Format: uuid */
            partnershipId: string;
            patient?: components["schemas"]["Patient"];
            /** @description the position of the last event applied to this view */
            position: string;
            purpose: string;
            /** @description the expert’s questions and the clinician’s answers, oldest first */
            questions: components["schemas"]["ConsultationQuestion"][];
            /** @description absent for coordinators */
            recommendations?: string | null;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            requestedExpertId: string | null;
            requestedTitle: string | null;
            /** Format: uuid */
            requestingHospitalId: string;
            rescheduleCount: number;
            signedBy: string | null;
            slot: {
                /** Format: date-time */
                end: string;
                /** Format: date-time */
                start: string;
            } | null;
            specialty: string;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "requested" | "accepted" | "information-requested" | "declined" | "scheduled" | "in-progress" | "completed" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            urgency: "routine" | "urgent";
        };
        ConsultationPage: {
            items: components["schemas"]["Consultation"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        ConsultationQuestion: {
            /** @description absent for coordinators and until answered */
            answer?: string;
            /** Format: date-time */
            answeredAt: string | null;
            answeredBy: string | null;
            /** Format: date-time */
            askedAt: string;
            askedBy: string;
            /** Format: uuid */
            id: string;
            /** @description absent for coordinators */
            question?: string;
        };
        CreateCalendarFeedDto: {
            /** @description the department whose experts’ bookings the feed shows (give this or expertId) */
            departmentId?: string;
            /** @description the expert whose bookings the feed shows (give this or departmentId) */
            expertId?: string;
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
        DisableWebhookEndpointDto: {
            /** @example the hospital information system is being migrated this weekend */
            reason: string;
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
        EventPage: {
            items: components["schemas"]["RecordedEvent"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        Expert: {
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            hospitalId: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            licensedSince: string;
            name: string;
            /** Format: date-time */
            registeredAt: string;
            specialty: string;
            title: string;
        };
        ExpertListing: {
            department: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            hospital: components["schemas"]["HospitalName"];
            /** Format: uuid */
            id: string;
            name: string;
            specialty: string;
            title: string;
        };
        ExpertPage: {
            items: components["schemas"]["ExpertListing"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        ExpertSchedule: {
            bookings: {
                /** @enum {string} */
                activity: "consultation" | "case-review" | "training";
                /**
                 * Format: uuid
                 * @description the consultation, case review or training session
                 */
                bookingId: string;
                /** @description the slot in one hospital’s local time */
                counterpartLocal: {
                    /**
                     * Format: date-time
                     * @description in that hospital’s offset
                     */
                    end: string;
                    /** Format: uuid */
                    hospitalId: string;
                    /**
                     * Format: date-time
                     * @description in that hospital’s offset
                     */
                    start: string;
                    timezone: string;
                } | null;
                /** Format: date-time */
                end: string;
                /** @description the slot in one hospital’s local time */
                expertLocal: {
                    /**
                     * Format: date-time
                     * @description in that hospital’s offset
                     */
                    end: string;
                    /** Format: uuid */
                    hospitalId: string;
                    /**
                     * Format: date-time
                     * @description in that hospital’s offset
                     */
                    start: string;
                    timezone: string;
                };
                /** Format: date-time */
                start: string;
                /** @description why the slot may be inconvenient: outside either hospital’s working hours */
                warnings: string[];
            }[];
            /** Format: uuid */
            expertId: string;
            freeSlots: {
                /** Format: date-time */
                end: string;
                /** @description the slot in one hospital’s local time */
                expertLocal: {
                    /**
                     * Format: date-time
                     * @description in that hospital’s offset
                     */
                    end: string;
                    /** Format: uuid */
                    hospitalId: string;
                    /**
                     * Format: date-time
                     * @description in that hospital’s offset
                     */
                    start: string;
                    timezone: string;
                };
                /** Format: date-time */
                start: string;
            }[];
            /** Format: date-time */
            from: string;
            /** @description the expert's hospital's time zone */
            timezone: string;
            /** Format: date-time */
            to: string;
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
        FigureEventPage: {
            /** @description how many events there are on all pages */
            events: number;
            /** @enum {string} */
            figure: "consultations" | "caseReviews" | "trainingSessions" | "trainingPersonTimes" | "furtherStudy" | "postgraduates" | "shortVisits" | "shortVisitExperts" | "postedSpecialists" | "managementCadres" | "newTechniques" | "regionalGapsFilled" | "grantApplications" | "grantsAwarded" | "papers" | "consortia" | "consortiumMembers";
            /** @description by the day counted, then event id */
            items: {
                /** Format: uuid */
                consortiumId?: string;
                /** Format: uuid */
                eventId: string;
                /** Format: uuid */
                givingHospitalId?: string;
                /**
                 * Format: date
                 * @description the Beijing day it counts on
                 */
                occurredOn: string;
                /** Format: uuid */
                partnershipId?: string;
                /** @description global log position, a decimal string */
                position: string;
                /** @description what the event adds to the figure */
                quantity: number;
                /** Format: uuid */
                receivingHospitalId?: string;
                streamId: string;
                /** @description what was counted: the consultation, session, visit... */
                subjectId: string;
                /** @description the event type */
                type: string;
                /** @description a Beijing year */
                year: string;
            }[];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
            /** @description the figure for the scope and period: the quantities of all pages sum to it */
            total: number;
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
        FurtherStudy: {
            certificate?: string;
            /** Format: date */
            endedOn?: string;
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            hostDepartmentId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "further-study" | "in-service-postgraduate";
            /** Format: uuid */
            partnershipId: string;
            person: {
                name: string;
                staffId: string;
                title?: string;
            };
            /** Format: date */
            plannedEnd: string;
            /** @description the position of the last event applied to this view */
            position: string;
            /** Format: uuid */
            receivingHospitalId: string;
            /** Format: date */
            start: string;
            /** Format: date-time */
            startedAt: string;
            startedBy: string;
            /** @enum {string} */
            status: "started" | "completed" | "withdrawn";
            /** Format: date-time */
            updatedAt: string;
            withdrawalReason?: string;
        };
        FurtherStudyPage: {
            items: components["schemas"]["FurtherStudy"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        Health: {
            eventStore: {
                /** @description the position of the last event in the log */
                head: string;
            };
            readModels: {
                /** @description how many positions they are behind */
                behind: string;
                /** @description how far the read models have applied the log */
                position: string;
            };
            /** @enum {string} */
            status: "ok";
        };
        HistoryReport: {
            /** @description the access trail's own report */
            accessTrail: {
                eventsChecked: number;
                /** @description the first place the history is not what was written */
                firstBreak?: {
                    /** @description global log position, a decimal string */
                    position: string;
                    reason: string;
                    streamId?: string;
                };
                ok: boolean;
                /** @description the last position covered by a valid seal */
                sealedUpTo: string;
                sealsChecked: number;
            };
            eventsChecked: number;
            /** @description the first place the history is not what was written */
            firstBreak?: {
                /** @description global log position, a decimal string */
                position: string;
                reason: string;
                streamId?: string;
            };
            ok: boolean;
            /** @description the last position covered by a valid seal */
            sealedUpTo: string;
            sealsChecked: number;
        };
        Hospital: {
            departments: {
                /** Format: uuid */
                id: string;
                name: string;
                specialty: string;
            }[];
            /** Format: uuid */
            id: string;
            name: string;
            nameZh: string | null;
            region: string;
            /** Format: date-time */
            registeredAt: string;
            /** @description IANA time zone, `Asia/Shanghai` */
            timezone: string;
            workingHours: {
                /** @description local `HH:mm` */
                end: string;
                /** @description local `HH:mm` */
                start: string;
            };
        };
        HospitalList: {
            items: components["schemas"]["Hospital"][];
        };
        HospitalName: {
            /** Format: uuid */
            id: string;
            /** @description the registered (English) name */
            name: string;
            /** @description the Chinese name, when registered */
            nameZh: string | null;
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
        Label: {
            en: string;
            zh: string;
        };
        LeaveConsortiumDto: {
            /**
             * @description today (Beijing) unless given
             * @example 2026-08-01
             */
            at?: string;
        };
        LegalHoldList: {
            items: {
                active: boolean;
                /** @description the case the hold was placed by, when it was */
                case?: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "consultation" | "case-review";
                };
                /** Format: uuid */
                hospitalId: string;
                /** Format: uuid */
                id: string;
                /** @description pseudonym of the patient; never the record number */
                keyId: string;
                /** Format: date-time */
                placedAt: string;
                placedBy: string;
                reason: string;
                release?: {
                    reason: string;
                    /** Format: date-time */
                    releasedAt: string;
                    releasedBy: string;
                };
            }[];
        };
        Liveness: {
            /** @enum {string} */
            status: "live";
        };
        MarkHeldDto: {
            /**
             * @description when the session took place; the planned start unless given
             * @example 2026-04-01T02:00:00Z
             */
            heldAt?: string;
        };
        /** @description a file (`fileName`, `mediaType`, `size`, `sha256`) or an imaging study reference (`dicom`) */
        Material: {
            /** Format: date-time */
            attachedAt: string;
            attachedBy: string;
            description?: string;
            dicom?: {
                /** @description the archive (PACS) that holds the study */
                archive: string;
                /** @description the DICOM Study Instance UID (0020,000D) */
                studyInstanceUid: string;
            };
            /** @description a file: its name as uploaded */
            fileName?: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "file" | "dicom-study";
            /** @description a file: its media type */
            mediaType?: string;
            /** @description the SHA-256 of the file as uploaded, in hex */
            sha256?: string;
            /** @description a file: its size in bytes */
            size?: number;
        };
        MaterialAttached: {
            /**
             * Format: uuid
             * @description the material
             */
            id: string;
            /** @description a file: its media type */
            mediaType?: string;
            /** @description the global log position of the last event written; pass it as `minPosition` to read your write */
            position: string;
            /** @description the SHA-256 of the file as uploaded, in hex */
            sha256?: string;
            /** @description a file: its size in bytes */
            size?: number;
        };
        MaterialList: {
            /** @description oldest first */
            items: components["schemas"]["Material"][];
        };
        MaterialSummary: {
            /** @description an imaging study: the archive (PACS) that holds it */
            archive?: string;
            /** Format: date-time */
            attachedAt: string;
            attachedBy: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "file" | "dicom-study";
            /** @description a file: its media type */
            mediaType?: string;
            /** @description a file: its SHA-256 as uploaded, in hex */
            sha256?: string;
            /** @description a file: its size in bytes */
            size?: number;
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
        OverviewStats: {
            caseReviews: {
                cancelled: number;
                concluded: number;
                /** @description answer-by deadlines recorded overdue: the panel did not conclude in time */
                conclusionOverdue: number;
                requested: number;
                /** @description accept-by deadlines recorded overdue: no invited expert accepted in time */
                responseOverdue: number;
            };
            consultations: {
                cancelled: number;
                completed: number;
                declined: number;
                /** @description answer-by deadlines recorded overdue */
                opinionOverdue: number;
                requested: number;
                /** @description accept-by deadlines recorded overdue */
                responseOverdue: number;
            };
            /** @description the requesting clinicians' ratings of signed opinions */
            feedback: {
                /** @description ratings of signed opinions */
                given: number;
                /** @description how many ratings gave each score */
                usefulness: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
            };
            /**
             * Format: date-time
             * @description the start asked for, as an instant
             */
            from?: string;
            /** @description case materials attached to consultations and case reviews, in the month attached */
            materials: {
                /** @description files and imaging study references together */
                attached: number;
                /** @description imaging studies referenced */
                dicomStudies: number;
                /** @description files uploaded */
                files: number;
            };
            /** @description with groupBy=pairing: the series again, under the name earlier clients read */
            pairings?: components["schemas"]["StatsSeriesEntry"][];
            /** @description one entry a group, when `groupBy` is given; empty otherwise */
            series: components["schemas"]["StatsSeriesEntry"][];
            /**
             * Format: date-time
             * @description the end asked for (exclusive), as an instant
             */
            to?: string;
            training: {
                personTimes: number;
                sessionsHeld: number;
            };
        };
        PairDepartmentsDto: {
            /** Format: uuid */
            givingDepartmentId: string;
            /** Format: uuid */
            receivingDepartmentId: string;
        };
        Pairing: {
            givingDepartment: {
                /** Format: uuid */
                id: string;
                name: string;
                specialty: string;
            };
            /** Format: uuid */
            givingDepartmentId: string;
            givingSpecialty: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            pairedAt: string;
            receivingDepartment: {
                /** Format: uuid */
                id: string;
                name: string;
                specialty: string;
            };
            /** Format: uuid */
            receivingDepartmentId: string;
            receivingSpecialty: string;
        };
        Partnership: {
            /** @description whether today falls within validFrom..validUntil */
            active: boolean;
            /** Format: date-time */
            establishedAt: string;
            givingHospital: components["schemas"]["HospitalName"];
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            pairings: components["schemas"]["Pairing"][];
            /** @enum {string} */
            programme: "group-aid" | "medical-consortium" | "specialist-alliance" | "other";
            receivingHospital: components["schemas"]["HospitalName"];
            /** Format: uuid */
            receivingHospitalId: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string | null;
        };
        PartnershipPage: {
            items: components["schemas"]["Partnership"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        PartnershipStats: {
            caseReviews: {
                cancelled: number;
                concluded: number;
                /** @description answer-by deadlines recorded overdue: the panel did not conclude in time */
                conclusionOverdue: number;
                requested: number;
                /** @description accept-by deadlines recorded overdue: no invited expert accepted in time */
                responseOverdue: number;
            };
            consultations: {
                cancelled: number;
                completed: number;
                declined: number;
                /** @description answer-by deadlines recorded overdue */
                opinionOverdue: number;
                requested: number;
                /** @description accept-by deadlines recorded overdue */
                responseOverdue: number;
            };
            /** @description the requesting clinicians' ratings of signed opinions */
            feedback: {
                /** @description ratings of signed opinions */
                given: number;
                /** @description how many ratings gave each score */
                usefulness: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
            };
            /**
             * Format: date-time
             * @description the start asked for, as an instant
             */
            from?: string;
            /** @description case materials attached to consultations and case reviews, in the month attached */
            materials: {
                /** @description files and imaging study references together */
                attached: number;
                /** @description imaging studies referenced */
                dicomStudies: number;
                /** @description files uploaded */
                files: number;
            };
            /** @description with groupBy=pairing: the series again, under the name earlier clients read */
            pairings?: components["schemas"]["StatsSeriesEntry"][];
            /** Format: uuid */
            partnershipId: string;
            /** @description one entry a group, when `groupBy` is given; empty otherwise */
            series: components["schemas"]["StatsSeriesEntry"][];
            /**
             * Format: date-time
             * @description the end asked for (exclusive), as an instant
             */
            to?: string;
            training: {
                personTimes: number;
                sessionsHeld: number;
            };
        };
        Patient: {
            /** Format: date */
            birthDate?: string;
            name?: string;
            /** @description the patient's record number at the requesting hospital; `[erased]` once the patient's data is erased */
            reference: string;
            /** @enum {string} */
            sex?: "female" | "male" | "other" | "unknown";
        };
        PatientDataErasure: {
            /** @description pseudonym of the patient; never the record number */
            keyId: string;
            /** @description the data keys deleted */
            keyVersions: number[];
            /** Format: date-time */
            lastActivityAt: string | null;
            /** @description global log position, a decimal string */
            position: string;
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
        Posting: {
            /** Format: date */
            arrivedOn?: string;
            cutShort?: {
                /** Format: date */
                on: string;
                reason: string;
            };
            /** @description days on site so far, arrival and return day both counted */
            daysOnSite: number;
            /** Format: date-time */
            dispatchedAt: string;
            dispatchedBy: string;
            /**
             * Format: uuid
             * @description a specialist’s expert id
             */
            expertId?: string;
            extensionCount: number;
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "specialist" | "management-cadre";
            /**
             * Format: date
             * @description the planned end before any extension
             */
            originalEnd: string;
            /** Format: uuid */
            pairingId?: string;
            /** Format: uuid */
            partnershipId: string;
            /** @description a management cadre */
            person?: {
                name: string;
                title?: string;
            };
            /** @description the same in person-months */
            personMonths: number;
            /** Format: date */
            plannedEnd: string;
            /** Format: date */
            plannedStart: string;
            /** @description the position of the last event applied to this view */
            position: string;
            /** Format: uuid */
            receivingDepartmentId?: string;
            /** Format: uuid */
            receivingHospitalId: string;
            /** Format: date */
            returnedOn?: string;
            /** @description a management cadre’s role at the receiving hospital */
            role?: string;
            /** @enum {string} */
            status: "dispatched" | "on-site" | "returned";
            /** Format: date-time */
            updatedAt: string;
        };
        PostingDateDto: {
            /**
             * @description the Beijing calendar date it happened
             * @example 2026-03-02
             */
            at: string;
        };
        PostingPage: {
            items: components["schemas"]["Posting"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        PostingsSummary: {
            /**
             * Format: date
             * @description a Beijing day
             */
            asOf: string;
            managementCadres: number;
            onSite: number;
            pairings: {
                managementCadres: number;
                onSite: number;
                /** Format: uuid */
                pairingId: string;
                personMonths: number;
                postings: number;
                specialists: number;
            }[];
            personMonths: number;
            postings: number;
            specialists: number;
        };
        /** @description An error answer (RFC 9457). `code` never changes; `title`, `detail` and field messages follow Accept-Language. */
        Problem: {
            /** @description a stable, machine-readable code: `illegal-transition`, `not-found`, `no-agreement-in-force`... */
            code: string;
            /** @description what went wrong, in the language asked for (Accept-Language: zh-CN or English) */
            detail: string;
            /** @description each invalid field, for bad input */
            errors?: {
                /** @description the field, as a path: `patient.reference` */
                field: string;
                message: string;
            }[];
            /** @description the path that was asked for */
            instance?: string;
            /** @description the HTTP status */
            status: number;
            /** @description the status in words, in the language asked for */
            title: string;
            /** @description `urn:telemed-backbone:problem:<code>` */
            type: string;
        };
        ProgrammeReport: {
            /** @description every figure of the report, in the order the published reports give them */
            figures: {
                /** @description by year, every year of `years` named, zero where nothing counted */
                byYear: {
                    [key: string]: number;
                };
                /** @enum {string} */
                key: "consultations" | "caseReviews" | "trainingSessions" | "trainingPersonTimes" | "furtherStudy" | "postgraduates" | "shortVisits" | "shortVisitExperts" | "postedSpecialists" | "managementCadres" | "newTechniques" | "regionalGapsFilled" | "grantApplications" | "grantsAwarded" | "papers" | "consortia" | "consortiumMembers";
                label: components["schemas"]["Label"];
                total: number;
            }[];
            /**
             * Format: date
             * @description first Beijing day counted
             */
            from: string | null;
            scope: {
                /** @description its value: a programme or an id */
                id: string;
                /**
                 * @description the query parameter the report is about
                 * @enum {string}
                 */
                kind: "programme" | "partnershipId" | "givingHospitalId" | "receivingHospitalId" | "consortiumId";
            };
            /**
             * Format: date
             * @description last Beijing day counted (inclusive)
             */
            to: string | null;
            /** @description every year that has a figure, in order */
            years: string[];
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
        Readiness: {
            /** @description each dependency by name (`eventStore`, `readModels`, `kafka`), with its facts */
            checks: {
                [key: string]: {
                    /** @description why it is not ready, or a short fact when it is */
                    detail?: string;
                    ready: boolean;
                } & {
                    [key: string]: unknown;
                };
            };
            /** @enum {string} */
            status: "ready" | "not-ready";
        };
        ReasonDto: {
            /** @example no cardiologist is available within the requested time */
            reason: string;
        };
        RebuildDto: {
            /** @description swap the rebuilt read models in (coordinators only); otherwise only compare */
            swap?: boolean;
        };
        RebuildReport: {
            differences: {
                onlyInLeft: number;
                onlyInRight: number;
                table: string;
            }[];
            /** @description whether the rebuilt read models equal the live ones, table by table, row by row */
            equal: boolean;
            eventsApplied: number;
            eventsPerSecond: number;
            /** @description global log position, a decimal string */
            position: string;
            seconds: number;
            swapped: boolean;
        };
        RecordAttendanceDto: {
            attendees: components["schemas"]["AttendeeDto"][];
        };
        RecordContributionDto: {
            /** @description the panelist's opinion on the case, recorded under their name */
            opinion: string;
        };
        Recorded: {
            /**
             * Format: uuid
             * @description the entity the command acted on
             */
            id: string;
            /** @description the global log position of the last event written; pass it as `minPosition` to read your write */
            position: string;
        };
        RecordedEvent: {
            /** @description the event's data, as its type and schema version define it */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /** @description global log position, a decimal string */
            globalPosition: string;
            metadata: {
                actor: {
                    /** Format: uuid */
                    hospitalId?: string;
                    /** @enum {string} */
                    role: "coordinator" | "clinician" | "expert" | "auditor" | "system";
                    userId: string;
                };
                causationId?: string;
                /** @description shared by every event caused by one business request */
                correlationId: string;
                /** @description which members of `data` are stored encrypted under the patient's data key */
                encryption?: {
                    /** @enum {string} */
                    algorithm: "AES-256-GCM";
                    fields: string[];
                    /** @description pseudonym of the patient */
                    keyId: string;
                    keyVersion: number;
                };
                /** @description the audit chain: this event's hash and the previous event's of its stream */
                integrity?: {
                    hash: string;
                    previousHash: string;
                };
                requestId?: string;
                sourceAddress?: string;
                /** @description the W3C trace context of the traced request that wrote the event */
                traceContext?: {
                    traceparent: string;
                    tracestate?: string;
                };
            };
            /** Format: date-time */
            recordedAt: string;
            /** @description for coordinators: the clinical members left out of `data` */
            redactedFields?: string[];
            schemaVersion: number;
            streamId: string;
            streamRevision: number;
            /** @description a past-tense fact: `ConsultationRequested` */
            type: string;
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
        RegisterWebhookEndpointDto: {
            /** @example HIS of Kashgar No. 2 People’s Hospital */
            description?: string;
            /**
             * @description the event types to deliver, or `*` for all of: ConsultationRequested, ConsultationAccepted, ConsultationDeclined, ConsultationScheduled, ConsultationRescheduled, ConsultationStarted, ConsultationOpinionSigned, ConsultationCancelled, ConsultationInformationRequested, ConsultationInformationProvided, ConsultationResponseOverdue, ConsultationOpinionOverdue, ConsultationFeedbackGiven, ConsultationMaterialAttached, CaseReviewRequested, PanelistsInvited, InvitationAccepted, InvitationDeclined, CaseReviewScheduled, CaseReviewRescheduled, CaseReviewStarted, ContributionRecorded, CaseReviewConcluded, CaseReviewCancelled, CaseReviewResponseOverdue, CaseReviewConclusionOverdue, CaseReviewMaterialAttached, TrainingSessionPlanned, TrainingSessionRescheduled, TrainingSessionHeld, AttendanceRecorded, TrainingSessionCancelled, PartnershipEstablished, DepartmentsPaired, AgreementSigned, AgreementAmended, AgreementTerminated
             * @example [
             *       "ConsultationRequested",
             *       "ConsultationOpinionSigned"
             *     ]
             */
            eventTypes: string[];
            /**
             * Format: uuid
             * @description the hospital whose system this is: only what concerns it is delivered, and patient details only of its own patients; without it, nothing of any patient
             */
            hospitalId?: string;
            /**
             * Format: uuid
             * @description deliver only what concerns this partnership
             */
            partnershipId?: string;
            /**
             * @description where deliveries are POSTed: https, or plain http on a loopback address (development); no user name or password in it
             * @example https://his.kashgar2.example/telemed/webhooks
             */
            url: string;
        };
        ReleaseLegalHoldDto: {
            /** @description why the hold is released; it stays in the history in clear */
            reason: string;
        };
        ReplayWebhookDeliveriesDto: {
            /**
             * @description the log position to deliver from, inclusive (a `position` as answers and deliveries carry it); at most the head of the log
             * @example 1200
             */
            fromPosition: string;
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
            /**
             * @description which of the agreement's response targets the review's deadlines run on (a panellist accepts within, the panel concludes within)
             * @default routine
             * @enum {string}
             */
            urgency: "routine" | "urgent";
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
        ResearchOutput: {
            /** Format: date */
            date: string;
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            /** @description a DOI or grant number */
            identifier?: string;
            /** @enum {string} */
            kind: "grant-application" | "grant-awarded" | "paper";
            /** Format: uuid */
            pairingId?: string;
            /** Format: uuid */
            partnershipId: string;
            /** @description the position of the last event applied to this view */
            position: string;
            /** Format: uuid */
            receivingHospitalId: string;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            title: string;
        };
        ResearchOutputPage: {
            items: components["schemas"]["ResearchOutput"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
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
        RetentionDue: {
            /** Format: date-time */
            asOf: string;
            items: {
                cases: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "consultation" | "case-review";
                    /** Format: uuid */
                    requestingHospitalId: string;
                }[];
                /**
                 * Format: date-time
                 * @description the end of the retention period: the records could be erased from then on
                 */
                keptUntil: string;
                keyId: string;
                /** Format: date-time */
                lastActivityAt: string;
            }[];
            retentionYears: number;
        };
        ScheduleConsultationDto: {
            /** @example 2024-05-06T03:00:00Z */
            end: string;
            /** @example 2024-05-06T02:00:00Z */
            start: string;
        };
        Scheduled: {
            /** Format: uuid */
            id: string;
            /** @description global log position, a decimal string */
            position: string;
            /** @description why the slot may be inconvenient: outside either hospital’s working hours */
            warnings: string[];
        };
        SealAnswer: {
            /** @description whether a new seal was written (false when nothing new was there to seal) */
            sealed: boolean;
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
        /** @description the counts of one group, with the fields that name it */
        StatsSeriesEntry: {
            caseReviews: {
                cancelled: number;
                concluded: number;
                /** @description answer-by deadlines recorded overdue: the panel did not conclude in time */
                conclusionOverdue: number;
                requested: number;
                /** @description accept-by deadlines recorded overdue: no invited expert accepted in time */
                responseOverdue: number;
            };
            consultations: {
                cancelled: number;
                completed: number;
                declined: number;
                /** @description answer-by deadlines recorded overdue */
                opinionOverdue: number;
                requested: number;
                /** @description accept-by deadlines recorded overdue */
                responseOverdue: number;
            };
            /** @description the requesting clinicians' ratings of signed opinions */
            feedback: {
                /** @description ratings of signed opinions */
                given: number;
                /** @description how many ratings gave each score */
                usefulness: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
            };
            givingDepartment?: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            hospital?: components["schemas"]["HospitalName"];
            /**
             * Format: uuid
             * @description by receivingHospital or givingHospital
             */
            hospitalId?: string;
            label: components["schemas"]["Label"];
            /** @description case materials attached to consultations and case reviews, in the month attached */
            materials: {
                /** @description files and imaging study references together */
                attached: number;
                /** @description imaging studies referenced */
                dicomStudies: number;
                /** @description files uploaded */
                files: number;
            };
            /**
             * Format: uuid
             * @description by pairing; null for what no pairing covers
             */
            pairingId?: string | null;
            /** @description by month or year: `2024-05` or `2024`, in Beijing time */
            period?: string;
            receivingDepartment?: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            training: {
                personTimes: number;
                sessionsHeld: number;
            };
        };
        StreamHistory: {
            events: components["schemas"]["RecordedEvent"][];
            streamId: string;
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
        Technique: {
            /** @description cases done locally since the first performance */
            cases: number;
            casesByMonth: {
                count: number;
                /** @description `2024-05` */
                period: string;
            }[];
            fillsRegionalGap: boolean;
            firstPerformed?: {
                /** Format: date */
                on: string;
                /** Format: uuid */
                supervisingExpertId: string;
            };
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            pairingId: string;
            /** Format: uuid */
            partnershipId: string;
            /** @description the position of the last event applied to this view */
            position: string;
            proposedBy: string;
            /** Format: date */
            proposedOn: string;
            /** Format: uuid */
            receivingHospitalId: string;
            /** @enum {string} */
            status: "proposed" | "performed";
            /** Format: date-time */
            updatedAt: string;
        };
        TechniqueCasesDto: {
            count: number;
            /**
             * @description the month (YYYY-MM), once per month
             * @example 2026-05
             */
            period: string;
        };
        TechniqueListing: {
            /** @description cases done locally since the first performance */
            cases: number;
            fillsRegionalGap: boolean;
            firstPerformed?: {
                /** Format: date */
                on: string;
                /** Format: uuid */
                supervisingExpertId: string;
            };
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            pairingId: string;
            /** Format: uuid */
            partnershipId: string;
            /** @description the position of the last event applied to this view */
            position: string;
            proposedBy: string;
            /** Format: date */
            proposedOn: string;
            /** Format: uuid */
            receivingHospitalId: string;
            /** @enum {string} */
            status: "proposed" | "performed";
            /** Format: date-time */
            updatedAt: string;
        };
        TechniquePage: {
            items: components["schemas"]["TechniqueListing"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
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
        TrainingCreditPage: {
            /** Format: date */
            from: string | null;
            /** Format: uuid */
            hospitalId: string;
            /** @description by staff id */
            items: {
                /** @description oldest first */
                attended: {
                    credits?: {
                        /** @enum {string} */
                        category: "I" | "II";
                        /** @description the points earned */
                        points: number;
                    };
                    /** Format: date-time */
                    heldAt: string;
                    minutes: number;
                    title: string;
                    /** Format: uuid */
                    trainingSessionId: string;
                    /** @description false when the person attended part of the session */
                    wholeSession: boolean;
                }[];
                credits: {
                    /** @description I类 points, to a tenth */
                    I: number;
                    /** @description II类 points, to a tenth */
                    II: number;
                };
                /** @description minutes attended, in total */
                minutes: number;
                name: string;
                /**
                 * @description as recorded at the latest session attended
                 * @enum {string}
                 */
                role?: "physician" | "nurse" | "technician" | "pharmacist" | "administrator" | "other";
                /** @description sessions held that the person attended */
                sessions: number;
                staffId: string;
                /**
                 * @description professional title, as recorded at the latest session attended
                 * @enum {string}
                 */
                title?: "junior" | "intermediate" | "senior";
            }[];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
            /** Format: date */
            to: string | null;
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
        TrainingSession: {
            /** @description distinct people recorded as attending; one person counts once per session */
            attendeeCount: number;
            audienceDepartmentIds: string[];
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            credits?: {
                /**
                 * @description I类 or II类
                 * @enum {string}
                 */
                category: "I" | "II";
                /** @description points, to a tenth */
                points: number;
            };
            /** @description `lecture`, `ward-round`, `surgical-guidance` or `workshop` */
            format: string;
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: date-time */
            heldAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            pairingId: string | null;
            /** Format: uuid */
            partnershipId: string;
            /** @description the same count, as the programme reports it (person-times) */
            personTimes: number;
            /** Format: date-time */
            plannedAt: string;
            plannedBy: string;
            /** @description the position of the last event applied to this view */
            position: string;
            /** Format: uuid */
            receivingHospitalId: string;
            rescheduleCount: number;
            slot: {
                /** Format: date-time */
                end: string;
                /** Format: date-time */
                start: string;
            };
            /** @enum {string} */
            status: "planned" | "held" | "cancelled";
            title: string;
            trainerExpertIds: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        TrainingSessionPage: {
            items: components["schemas"]["TrainingSession"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        Turnaround: {
            accept: {
                /** @description consultations that went through this stage */
                count: number;
                /** @description median minutes, to a tenth; null when none */
                medianMinutes: number | null;
                /** @description 90th percentile (nearest rank) in minutes, to a tenth; null when none */
                p90Minutes: number | null;
                /** @description the share, 0 to 1, of those with a target that met it; null when none had one */
                withinTarget: number | null;
                /** @description how many had a target */
                withTarget: number;
            };
            answer: {
                /** @description consultations that went through this stage */
                count: number;
                /** @description median minutes, to a tenth; null when none */
                medianMinutes: number | null;
                /** @description 90th percentile (nearest rank) in minutes, to a tenth; null when none */
                p90Minutes: number | null;
                /** @description the share, 0 to 1, of those with a target that met it; null when none had one */
                withinTarget: number | null;
                /** @description how many had a target */
                withTarget: number;
            };
            /** @description consultations requested in the range */
            consultations: number;
            /**
             * Format: date-time
             * @description the start asked for, as an instant
             */
            from?: string;
            overdue: {
                /** @description answer-by deadlines missed */
                opinion: number;
                /** @description accept-by deadlines missed */
                response: number;
            };
            /** Format: uuid */
            partnershipId?: string;
            /** @description one entry a group, when `groupBy` is given; empty otherwise */
            series: {
                accept: {
                    /** @description consultations that went through this stage */
                    count: number;
                    /** @description median minutes, to a tenth; null when none */
                    medianMinutes: number | null;
                    /** @description 90th percentile (nearest rank) in minutes, to a tenth; null when none */
                    p90Minutes: number | null;
                    /** @description the share, 0 to 1, of those with a target that met it; null when none had one */
                    withinTarget: number | null;
                    /** @description how many had a target */
                    withTarget: number;
                };
                answer: {
                    /** @description consultations that went through this stage */
                    count: number;
                    /** @description median minutes, to a tenth; null when none */
                    medianMinutes: number | null;
                    /** @description 90th percentile (nearest rank) in minutes, to a tenth; null when none */
                    p90Minutes: number | null;
                    /** @description the share, 0 to 1, of those with a target that met it; null when none had one */
                    withinTarget: number | null;
                    /** @description how many had a target */
                    withTarget: number;
                };
                /** @description consultations requested in the range */
                consultations: number;
                givingDepartment?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                hospital?: components["schemas"]["HospitalName"];
                /**
                 * Format: uuid
                 * @description by receivingHospital or givingHospital
                 */
                hospitalId?: string;
                label: components["schemas"]["Label"];
                overdue: {
                    /** @description answer-by deadlines missed */
                    opinion: number;
                    /** @description accept-by deadlines missed */
                    response: number;
                };
                /**
                 * Format: uuid
                 * @description by pairing; null for what no pairing covers
                 */
                pairingId?: string | null;
                /** @description by month or year: `2024-05` or `2024`, in Beijing time */
                period?: string;
                receivingDepartment?: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
            }[];
            /**
             * Format: date-time
             * @description the end asked for (exclusive), as an instant
             */
            to?: string;
        };
        Visit: {
            /** Format: date */
            end: string;
            expertIds: string[];
            /** Format: uuid */
            givingHospitalId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "lecture" | "mobile-clinic" | "surgical-guidance" | "ward-round";
            outcomes: {
                clinicsHeld: number;
                lectures: number;
                operationsGuided: number;
                patientsSeen: number;
            };
            /** Format: uuid */
            partnershipId: string;
            place?: string;
            /** @description the position of the last event applied to this view */
            position: string;
            /** Format: uuid */
            receivingHospitalId: string;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            /** Format: date */
            start: string;
        };
        VisitOutcomesDto: {
            /** @description mobile clinics held (巡回医疗) */
            clinicsHeld?: number;
            lectures?: number;
            operationsGuided?: number;
            patientsSeen?: number;
        };
        VisitPage: {
            items: components["schemas"]["Visit"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookDeliveryPage: {
            items: {
                /** @description 1 for the first attempt at the message, 2 for its first retry... */
                attempt: number;
                /** Format: date-time */
                attemptedAt: string;
                /** @description why the attempt failed: `HTTP 503`, `timed out after 10000 ms`, `connection refused`... */
                error: string | null;
                eventType: string;
                /** @description from sending the request to the end of the answer (or the failure) */
                latencyMs: number;
                /** @description the `webhook-id` header: the id of the event delivered, the same on every attempt and replay */
                messageId: string;
                /** @enum {string} */
                outcome: "delivered" | "failed";
                /** @description the log position of the event */
                position: string;
                /** @description the HTTP status the receiver answered; null when it did not answer */
                statusCode: number | null;
                /** @description the case (or partnership) the event belongs to; its deliveries never overtake each other */
                streamId: string;
            }[];
            /** @description pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookEndpointList: {
            items: {
                delivery: {
                    lastAttempt?: {
                        /** @description 1 for the first attempt at the message, 2 for its first retry... */
                        attempt: number;
                        /** Format: date-time */
                        attemptedAt: string;
                        /** @description why the attempt failed: `HTTP 503`, `timed out after 10000 ms`, `connection refused`... */
                        error: string | null;
                        eventType: string;
                        /** @description from sending the request to the end of the answer (or the failure) */
                        latencyMs: number;
                        /** @description the `webhook-id` header: the id of the event delivered, the same on every attempt and replay */
                        messageId: string;
                        /** @enum {string} */
                        outcome: "delivered" | "failed";
                        /** @description the log position of the event */
                        position: string;
                        /** @description the HTTP status the receiver answered; null when it did not answer */
                        statusCode: number | null;
                        /** @description the case (or partnership) the event belongs to; its deliveries never overtake each other */
                        streamId: string;
                    };
                    /** @description every message up to this log position has been delivered */
                    position?: string;
                };
                description?: string;
                disabled?: {
                    /** Format: date-time */
                    at: string;
                    /** @description true when the deliveries kept failing and the backbone disabled it */
                    automatic: boolean;
                    by: string;
                    reason: string;
                };
                /** @description the event types delivered, or `*` for every one */
                eventTypes: string[];
                /**
                 * Format: uuid
                 * @description whose system it is: what concerns this hospital, and only its own patients’ details
                 */
                hospitalId?: string;
                /** Format: uuid */
                id: string;
                lastReplay?: {
                    /** @description global log position, a decimal string */
                    fromPosition: string;
                    /** Format: date-time */
                    requestedAt: string;
                };
                /** Format: uuid */
                partnershipId?: string;
                /** Format: date-time */
                registeredAt: string;
                registeredBy: string;
                /** @enum {string} */
                status: "active" | "disabled";
                url: string;
            }[];
        };
        WebhookEndpointRegistered: {
            /**
             * Format: uuid
             * @description the endpoint
             */
            id: string;
            /** @description the global log position of the registration; pass it as `minPosition` to read your write */
            position: string;
            /** @description the signing secret (`whsec_...`), shown this once: configure it in the receiver’s Standard Webhooks verifier */
            secret: string;
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
    CalendarFeedController_serve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The iCalendar (RFC 5545) feed a subscription opens: bookings in both hospitals’ local time, no patient details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token was never issued, or its subscription has been revoked. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the log answers and the read models are not failing, and how far behind they are */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The process is up and answering */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Ready to serve: the log answers, the read models keep up, and every registered check passes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready; the failing checks say why (JSON), or the read models have not reached `minPosition` (problem). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description An agreement, with whether it is in force now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `agreement-terminated`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `agreement-terminated`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
                /** @description the kind of case: consultation, case-review, training-session, posting, visit, further-study, technique, research-output, consortium, webhook (the plural, such as consultations, is accepted too); any other answers 400 with code unknown-case-kind, listing the valid ones */
                kind: "consultation" | "case-review" | "training-session" | "posting" | "visit" | "further-study" | "technique" | "research-output" | "consortium" | "webhook" | "consultations" | "case-reviews" | "training-sessions" | "postings" | "visits" | "further-studys" | "techniques" | "research-outputs" | "consortiums" | "webhooks";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of a consultation, case review or training session as it was at an instant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAsOf"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The access trail: who read which case’s patient details, when and from where */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The log, filtered by actor, type and time, in position order, paged by `cursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
                /** @description the kind of case: consultation, case-review, training-session, posting, visit, further-study, technique, research-output, consortium, webhook (the plural, such as consultations, is accepted too); any other answers 400 with code unknown-case-kind, listing the valid ones */
                kind: "consultation" | "case-review" | "training-session" | "posting" | "visit" | "further-study" | "technique" | "research-output" | "consortium" | "webhook" | "consultations" | "case-reviews" | "training-sessions" | "postings" | "visits" | "further-studys" | "techniques" | "research-outputs" | "consortiums" | "webhooks";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A case’s history as NDJSON envelopes or a FHIR Bundle, to check or archive outside the backbone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        [key: string]: unknown;
                    };
                    "application/x-ndjson": string;
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Rebuild the read models from the log into fresh tables and compare them with the live ones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildReport"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `rebuild-in-progress`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Seal everything written so far now, rather than at the next scheduled seal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealAnswer"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Every event of a stream with its full envelope and metadata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamHistory"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `ambiguous-stream-id`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Verify the integrity chain of the whole log and of the access trail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryReport"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarFeedsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarFeedDto"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarFeedsController_revoke: {
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
            /** @description Revokes a subscription: its address answers 404 from now on (the user who subscribed, or a coordinator) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseReviewsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                /** @description an invited expert */
                expertId?: string;
                /** @description requesting or giving hospital, or the hospital of an invited expert */
                hospitalId?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description true: only case reviews with a deadline recorded overdue; false: only those with none */
                overdue?: boolean;
                status?: "requested" | "scheduled" | "in-progress" | "concluded" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Case discussions the caller may see, newest request first, paged by `cursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReviewPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `no-agreement-in-force`, `partnership-inactive`, `already-requested`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A case discussion with its panel, contributions and materials, as the caller may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReviewDetail"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `not-started-yet`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `not-started-yet`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The materials of a case review, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialList"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
        /** @description A file (multipart/form-data: one part `file`, an optional field `description`) or a reference to an imaging study (JSON: `dicom: {studyInstanceUid, archive}`). Files are kept encrypted under the patient's data key; the answer gives their SHA-256. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferenceDicomStudyDto"];
                "multipart/form-data": {
                    description?: string;
                    /**
                     * Format: binary
                     * @description the file: a lab report, ECG, image or document of an accepted media type, within the size limit
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialAttached"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `case-without-patient-key`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than MATERIALS_MAX_BYTES (`material-too-large`), or a JSON body larger than the API accepts (`body-too-large`); nothing was stored. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is of a media type not accepted (`material-type-not-allowed`), or the body is neither multipart nor JSON (`unsupported-media-type`); nothing was stored. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Download a file of a case review, in the media type it was uploaded with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The material references an imaging study and has no file (`material-is-a-study-reference`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The patient's data was erased: the file can no longer be read (`material-erased`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stored file no longer matches the SHA-256 recorded when it was attached (`material-integrity-failure`); it is not served. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scheduled"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `no-accepted-panelist`, `double-booking`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `double-booking`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The consortia the caller may see, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumList"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `already-formed`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A consortium with every membership */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consortium"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `already-a-member`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `not-a-member`, `left-before-joining`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConsultationsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
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
            /** @description Consultations the caller may see, newest request first, paged by `cursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `no-agreement-in-force`, `partnership-inactive`, `already-requested`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A consultation, as the caller may see it, with its questions and answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationDetail"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `not-requested-expert`, `title-below-requested`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `feedback-already-given`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The materials of a consultation, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialList"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
        /** @description A file (multipart/form-data: one part `file`, an optional field `description`) or a reference to an imaging study (JSON: `dicom: {studyInstanceUid, archive}`). Files are kept encrypted under the patient's data key; the answer gives their SHA-256. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferenceDicomStudyDto"];
                "multipart/form-data": {
                    description?: string;
                    /**
                     * Format: binary
                     * @description the file: a lab report, ECG, image or document of an accepted media type, within the size limit
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialAttached"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `case-without-patient-key`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than MATERIALS_MAX_BYTES (`material-too-large`), or a JSON body larger than the API accepts (`body-too-large`); nothing was stored. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is of a media type not accepted (`material-type-not-allowed`), or the body is neither multipart nor JSON (`unsupported-media-type`); nothing was stored. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Download a file of a consultation, in the media type it was uploaded with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The material references an imaging study and has no file (`material-is-a-study-reference`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The patient's data was erased: the file can no longer be read (`material-erased`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The stored file no longer matches the SHA-256 recorded when it was attached (`material-integrity-failure`); it is not served. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scheduled"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `double-booking`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Experts as a requester may see them: name, title, specialty, hospital and department */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `hospital-not-registered`, `already-registered`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description An expert of the registry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `expert-not-registered`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description An expert’s bookings and free slots, each in both hospitals’ local times */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertSchedule"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FhirController_search: {
        parameters: {
            query?: {
                /** @description the id of the resource: a consultation's, or `case-review-<id>` (a panelist's Task: `case-review-<id>-<digest>`) */
                _id?: string;
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                /** @description a FHIR date with an optional prefix (eq, gt, lt, ge, le): when it was asked (ServiceRequest, Task, Consent), held (Appointment), begun (Encounter) or signed or concluded (Composition, Provenance) */
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
            /** @description Search one kind of resource, of consultations and case reviews alike: a searchset Bundle, newest request first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The caller may not do this (`role-not-allowed`), or a coordinator searched by patient (`forbidden`).
             *
             *     The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description One resource by its id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The CapabilityStatement of this read-only FHIR R4 endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/fhir+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FurtherStudyController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
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
            /** @description Placements in further study, paged by `cursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FurtherStudyPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `partnership-inactive`, `already-started`, `overlapping-study`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A placement in further study */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FurtherStudy"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Hospitals by name, narrowed by region and a part of the English or Chinese name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HospitalList"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `already-registered`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A hospital with its departments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hospital"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `hospital-not-registered`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Each staff member’s training at a receiving hospital: sessions, minutes, I类 and II类 credits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCreditPage"];
                    "text/csv": string;
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The caller: role, hospital and expert record, with display names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Server-Sent Events: a notice for each change the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTicketView"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Partnerships with both hospitals’ names (zh, en) and their pairings with department names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `hospital-not-registered`, `already-established`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A partnership with its pairings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partnership"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The partnership’s agreements, oldest validity first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementList"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `partnership-not-established`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `partnership-not-established`, `partnership-inactive`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientDataErasure"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `legal-hold`, `patient-data-already-erased`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The legal holds, with the patient’s key id (never the record number), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHoldList"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `legal-hold-already-placed`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `legal-hold-released`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The patients past the retention period and under no legal hold, for a person to decide on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionDue"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PostingsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
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
            /** @description Postings by planned start, latest first; `onSiteAt` lists who is on site that day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `partnership-inactive`, `already-dispatched`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A posting, with its days on site so far */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Posting"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Postings, those on site and person-months of service, in total and per department pairing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingsSummary"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The programme report: each figure by Beijing year and in total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The events behind one figure of the report, for the same scope and period (and `year`), paged by `cursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigureEventPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResearchOutputsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
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
            /** @description Research outputs, paged by `cursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResearchOutputPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `partnership-inactive`, `already-recorded`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A research output */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResearchOutput"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description How the console signs in: an OpenID provider, development sign-in, or a pasted token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionConfigView"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description Development mode only: a token for the chosen role, user and hospital */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenView"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
            /** @description The whole programme’s counts, optionally as a series by month, year, pairing or hospital */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewStats"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A partnership’s counts of consultations, case reviews and training, by business time, optionally as a series */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipStats"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description How fast consultations are accepted and answered: median and 90th percentile, share within target, deadlines missed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Turnaround"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TechniquesController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
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
            /** @description New techniques, paged by `cursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechniquePage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `partnership-inactive`, `already-proposed`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A new technique with its cases by month */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Technique"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `period-already-recorded`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `performed-before-proposed`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TrainingController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
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
            /** @description Training sessions, by partnership and status, paged by `cursor` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSessionPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scheduled"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `partnership-inactive`, `already-planned`, `double-booking`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A training session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description The attendees of a session, each once, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendance"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `not-over-yet`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scheduled"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `double-booking`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VisitsController_list: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
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
            /** @description Visits by first day, latest first; `from`/`to` keep those overlapping the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `partnership-inactive`, `already-recorded`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
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
            /** @description A short visit with its outcomes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every endpoint with its state (`active`, or `disabled` and why) and where its deliveries stand */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWebhookEndpointDto"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointRegistered"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                /** @description opaque cursor from the previous page (its `nextCursor`) */
                cursor?: string;
                limit?: number;
                /** @description wait until the read models have applied the log up to this position */
                minPosition?: string;
                /** @description only the attempts that delivered, or only those that failed */
                outcome?: "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery log of an endpoint, newest attempt first: each attempt with its outcome, HTTP status and latency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_disable: {
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
                "application/json": components["schemas"]["DisableWebhookEndpointDto"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_enable: {
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
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `illegal-transition`, `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_replay: {
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
                "application/json": components["schemas"]["ReplayWebhookDeliveriesDto"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recorded"];
                };
            };
            /** @description Bad input: a field is missing, malformed or unknown (`errors` lists each), or a value breaks a rule (`invalid-value`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No bearer token, or one that is invalid or expired (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this (`role-not-allowed`), or not for this hospital or case (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such id, or one the caller may not see (`not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body arrived too slowly (`request-timeout`). */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state: `version-conflict`, `idempotency-key-reused`, `idempotency-key-in-progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts (`body-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller (`too-many-requests`); Retry-After says when to retry. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (`dependency-unavailable`, `identity-provider-unavailable`, `idempotency-unavailable`) or the read models have not reached `minPosition` yet (`read-model-behind`); Retry-After says when to retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The storage is full or failing, so nothing was written (`storage-full`); reads still work. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
