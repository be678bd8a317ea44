package org.opencity.childcare.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.member.Member;
import org.opencity.childcare.member.MemberRepository;
import org.opencity.childcare.member.MemberRepository.StoredDocument;
import org.opencity.childcare.moderation.AuditEntry;
import org.opencity.childcare.moderation.AuditLog;
import org.opencity.childcare.moderation.Task;
import org.opencity.childcare.moderation.TaskRepository;
import org.opencity.childcare.moderation.TaskType;

/**
 * What webmasters read in the inbox: the open tasks with the applicant they concern, and
 * one task with everything needed to decide it.
 */
public final class RegistrationInbox {

    private final JcrTemplate jcr;

    private final TaskRepository tasks = new TaskRepository();

    private final MemberRepository members = new MemberRepository();

    private final AuditLog audit = new AuditLog();

    public RegistrationInbox(JcrTemplate jcr) {
        this.jcr = jcr;
    }

    /** Open and claimed tasks, oldest first, each with the member it is about. */
    public List<Item> openTasks() {
        return this.jcr.read((session) -> {
            List<Item> items = new ArrayList<>();
            for (Task task : this.tasks.listOpen(session)) {
                Optional<Member> member = (task.type() == TaskType.REGISTRATION)
                        ? this.members.findById(session, task.subjectId()) : Optional.empty();
                items.add(new Item(task, member.orElse(null)));
            }
            return items;
        });
    }

    /**
     * A task with its applicant, documents and history; empty if there is no such task.
     */
    public Optional<Details> details(String taskId) {
        return this.jcr.read((session) -> {
            Optional<Task> task = this.tasks.findById(session, taskId);
            if (task.isEmpty() || task.get().type() != TaskType.REGISTRATION) {
                return Optional.empty();
            }
            String memberId = task.get().subjectId();
            Optional<Member> member = this.members.findById(session, memberId);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Details(task.get(), member.get(), this.members.documents(session, memberId),
                    this.audit.forSubject(session, memberId)));
        });
    }

    /**
     * The content of one document of the task's applicant, while the application is
     * undecided.
     */
    public Optional<byte[]> document(String taskId, String documentId) {
        return this.jcr.read((session) -> {
            Optional<Task> task = this.tasks.findById(session, taskId);
            if (task.isEmpty() || task.get().type() != TaskType.REGISTRATION) {
                return Optional.empty();
            }
            return this.members.documentContent(session, task.get().subjectId(), documentId);
        });
    }

    /** Takes the task, so that other webmasters see someone is on it. */
    public Task claim(String taskId, String staff) {
        return this.jcr.write((session) -> this.tasks.claim(session, taskId, staff));
    }

    /** An inbox line. */
    public record Item(Task task, @Nullable Member member) {

    }

    /** Everything a webmaster needs to decide a registration. */
    public record Details(Task task, Member member, List<StoredDocument> documents, List<AuditEntry> history) {

    }

}
