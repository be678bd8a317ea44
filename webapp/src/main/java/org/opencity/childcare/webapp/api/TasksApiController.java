package org.opencity.childcare.webapp.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.listing.AdService;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskNotFoundException;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskType;
import org.opencity.childcare.registration.RegistrationInbox;
import org.opencity.childcare.registration.RegistrationService;
import org.opencity.childcare.validation.FieldErrors;
import org.opencity.childcare.webapp.backoffice.StaffNames;
import org.opencity.childcare.webapp.backoffice.VerificationCheck;
import org.opencity.childcare.webapp.security.StaffPrincipal;

/**
 * The webmasters' inbox: open tasks, claiming one, and deciding registrations and ad
 * reviews with the services the back office uses. Reports are decided in the back office,
 * where the reported ad or conversation is shown: the API answers 409 for them.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/tasks")
class TasksApiController {

    private final RegistrationInbox inbox;

    private final RegistrationService registrations;

    private final AdService ads;

    private final JcrTemplate jcr;

    private final ApiCallers callers;

    private final ApiJson json;

    TasksApiController(RegistrationInbox inbox, RegistrationService registrations, AdService ads, JcrTemplate jcr,
            ApiCallers callers, ApiJson json) {
        this.inbox = inbox;
        this.registrations = registrations;
        this.ads = ads;
        this.jcr = jcr;
        this.callers = callers;
        this.json = json;
    }

    @GetMapping
    Map<String, List<TaskView>> list(Authentication authentication) {
        this.callers.staff(authentication);
        return Map.of("results", this.inbox.openTasks().stream().map((item) -> TaskView.of(item.task())).toList());
    }

    @PostMapping("/{id}/claim")
    TaskView claim(@PathVariable String id, Authentication authentication) {
        StaffPrincipal staff = this.callers.staff(authentication);
        task(id);
        return TaskView.of(this.inbox.claim(id, StaffNames.of(staff)));
    }

    @PostMapping("/{id}/decision")
    TaskView decide(@PathVariable String id, Authentication authentication, HttpServletRequest request) {
        StaffPrincipal staff = this.callers.staff(authentication);
        Task task = task(id);
        if (task.isDecided()) {
            throw new ApiProblemException(ProblemKind.ALREADY_DECIDED);
        }
        if (task.type() == TaskType.REPORT) {
            throw new ApiProblemException(ProblemKind.CONFLICT, "api.problem.conflict.report");
        }
        DecisionRequest body = this.json.read(request, DecisionRequest.class);
        boolean approve = outcome(body.outcome());
        String who = StaffNames.of(staff);
        if (task.type() == TaskType.AD_REVIEW) {
            if (approve) {
                this.ads.approve(id, who);
            }
            else {
                this.ads.reject(id, who, body.reason());
            }
        }
        else {
            RegistrationInbox.Details details = this.inbox.details(id).orElseThrow(() -> new TaskNotFoundException(id));
            List<String> checks = VerificationCheck.keep(body.checks(), details.member().profile());
            if (approve) {
                this.registrations.approve(id, who, checks);
            }
            else {
                this.registrations.reject(id, who, body.reason(), checks);
            }
        }
        return TaskView.of(task(id));
    }

    private Task task(String id) {
        return this.jcr.read((session) -> new TaskRepository().findById(session, id))
            .orElseThrow(() -> new TaskNotFoundException(id));
    }

    private static boolean outcome(@Nullable String outcome) {
        if ("APPROVE".equals(outcome)) {
            return true;
        }
        if (!"REJECT".equals(outcome)) {
            new FieldErrors().reject("outcome", "api.error.outcome").throwIfAny();
        }
        return false;
    }

    /**
     * @param outcome {@code APPROVE} or {@code REJECT}
     * @param reason required to reject; mailed to the member
     * @param checks for a registration, the verifications made ({@code address},
     * {@code inCity}, {@code identity}, {@code approval})
     */
    record DecisionRequest(@Nullable String outcome, @Nullable String reason, @Nullable List<String> checks) {

    }

    record TaskView(String id, String type, String subjectId, String status, Instant createdAt,
            @Nullable String claimedBy, @Nullable String outcome) {

        static TaskView of(Task task) {
            return new TaskView(task.id(), task.type().name(), task.subjectId(), task.status().name(), task.createdAt(),
                    task.claimedBy(), (task.decision() != null) ? task.decision().outcome().name() : null);
        }

    }

}
