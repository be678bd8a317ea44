package org.opencity.childcare.member;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.jcr.Binary;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.apache.jackrabbit.util.Text;
import org.jspecify.annotations.Nullable;
import org.opencity.childcare.jcr.Buckets;
import org.opencity.childcare.jcr.HashedNames;
import org.opencity.childcare.jcr.JcrNodes;
import org.opencity.childcare.jcr.JcrProperties;
import org.opencity.childcare.jcr.JcrTemplate;
import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.jcr.RepositoryFailure;

/**
 * Stores members in the {@code childcare} workspace under
 * {@code /members/<year>/<month>/<id>}, with two index folders that make e-mail addresses
 * and login identifiers unique: two concurrent saves of the same index entry cannot both
 * succeed.
 */
public final class MemberRepository {

    public static final String ROOT = "/members";

    static final String EMAIL_INDEX = "/index/emails";

    static final String IDENTIFIER_INDEX = "/index/identifiers";

    private static final String DOCUMENTS = "documents";

    /** Makes sure the folders this repository writes into exist. */
    public static void ensureFolders(JcrTemplate jcr, Instant now) {
        jcr.ensureFolders(Buckets.monthPath(ROOT, now));
        jcr.ensureFolders(EMAIL_INDEX);
        jcr.ensureFolders(IDENTIFIER_INDEX);
    }

    /**
     * Adds a pending member with their documents. The caller saves the session; the save
     * fails with a concurrent-change error if another registration took the same e-mail
     * address meanwhile.
     */
    public Member add(Session session, Profile profile, Instant at, Locale locale, List<UploadedDocument> documents)
            throws RepositoryException {
        Node bucket = session.getNode(Buckets.monthPath(ROOT, at));
        Node node = bucket.addNode(UUID.randomUUID().toString(), NodeTypes.MEMBER);
        Member member = new Member(node.getIdentifier(), MemberStatus.PENDING, profile, at, null, null, null, locale);
        write(node, member);
        Node folder = node.addNode(DOCUMENTS, NodeTypes.CONTENT_NODE);
        int index = 1;
        for (UploadedDocument document : documents) {
            addFile(session, folder, index++ + "-" + document.fileName(), document, at);
        }
        indexEmail(session, profile.email(), member.id());
        return member;
    }

    public Optional<Member> findById(Session session, String id) throws RepositoryException {
        return memberNode(session, id).map(this::read);
    }

    /**
     * The member at {@code id}; a {@link MemberNotFoundException} naming the id if there
     * is none.
     */
    public Member getById(Session session, String id) throws RepositoryException {
        return findById(session, id).orElseThrow(() -> new MemberNotFoundException(id));
    }

    public Optional<Member> findByEmail(Session session, String email) throws RepositoryException {
        return lookup(session, EMAIL_INDEX + "/" + emailKey(email));
    }

    public Optional<Member> findByIdentifier(Session session, String identifier) throws RepositoryException {
        String name = Text.escapeIllegalJcrChars(identifier.strip().toUpperCase(Locale.ROOT));
        return name.isEmpty() ? Optional.empty() : lookup(session, IDENTIFIER_INDEX + "/" + name);
    }

    /**
     * Every member, or only those in {@code status}, newest registration first: the
     * webmasters' list of members. Read whole, one small record per member: fine for the
     * few thousand members of a city; past that, page with the query's limit and offset.
     */
    public List<Member> listNewestFirst(Session session, @Nullable MemberStatus status) throws RepositoryException {
        String where = (status != null) ? " WHERE m.[status] = $status" : "";
        Query query = session.getWorkspace()
            .getQueryManager()
            .createQuery("SELECT * FROM [" + NodeTypes.MEMBER + "] AS m" + where + " ORDER BY m.[registeredAt] DESC",
                    Query.JCR_SQL2);
        if (status != null) {
            query.bindValue("status", session.getValueFactory().createValue(status.name()));
        }
        List<Member> result = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            result.add(read(nodes.nextNode()));
        }
        return result;
    }

    /** Whether a login identifier is already taken. */
    public boolean identifierTaken(Session session, String identifier) throws RepositoryException {
        return session.nodeExists(IDENTIFIER_INDEX + "/" + identifier);
    }

    /**
     * Writes the member's changed state; indexes its identifier when it has just been
     * issued.
     */
    public void update(Session session, Member member) throws RepositoryException {
        Node node = memberNode(session, member.id()).orElseThrow(() -> new MemberNotFoundException(member.id()));
        write(node, member);
        if (member.identifier() != null && !session.nodeExists(IDENTIFIER_INDEX + "/" + member.identifier())) {
            Node entry = session.getNode(IDENTIFIER_INDEX).addNode(member.identifier(), NodeTypes.CONTENT_NODE);
            entry.setProperty("member", member.id());
        }
    }

    /**
     * Points the e-mail index at this member, replacing an entry left by a refused or
     * closed application. An entry of any other member was added by a registration saved
     * since the caller looked: it is kept, and this one fails as a concurrent change.
     */
    void indexEmail(Session session, String email, String memberId) throws RepositoryException {
        String path = EMAIL_INDEX + "/" + emailKey(email);
        if (session.nodeExists(path)) {
            if (emailTaken(session, email)) {
                throw new ItemExistsException("Another application took this e-mail address meanwhile");
            }
            session.getNode(path).remove();
        }
        session.getNode(EMAIL_INDEX).addNode(emailKey(email), NodeTypes.CONTENT_NODE).setProperty("member", memberId);
    }

    /**
     * Whether an account holds this e-mail address: a member, or an application not
     * refused nor closed. An address left by a refused or closed application is free.
     */
    boolean emailTaken(Session session, String email) throws RepositoryException {
        return findByEmail(session, email)
            .filter((owner) -> owner.status() != MemberStatus.REJECTED && owner.status() != MemberStatus.CLOSED)
            .isPresent();
    }

    /**
     * Gives the member a new e-mail address, in the index too: the old address no longer
     * finds them. The caller saves; fails as a concurrent change if an account holds the
     * new address.
     */
    Member changeEmail(Session session, Member member, String newEmail) throws RepositoryException {
        Member changed = member.withEmail(newEmail);
        indexEmail(session, newEmail, member.id());
        removeIndexEntry(session, EMAIL_INDEX + "/" + emailKey(member.profile().email()), member.id());
        update(session, changed);
        return changed;
    }

    public List<StoredDocument> documents(Session session, String memberId) throws RepositoryException {
        List<StoredDocument> result = new ArrayList<>();
        Optional<Node> folder = documentsFolder(session, memberId);
        if (folder.isEmpty()) {
            return result;
        }
        for (NodeIterator files = folder.get().getNodes(); files.hasNext();) {
            Node file = files.nextNode();
            Node content = file.getNode("jcr:content");
            // Stored names start with the upload's position, to keep equal names apart.
            String uploaded = Text.unescapeIllegalJcrChars(file.getName()).replaceFirst("^\\d+-", "");
            result.add(new StoredDocument(file.getName(), uploaded, content.getProperty("jcr:mimeType").getString(),
                    content.getProperty("jcr:data").getLength()));
        }
        return result;
    }

    /** The bytes of one document, for a webmaster's download. */
    public Optional<byte[]> documentContent(Session session, String memberId, String documentId)
            throws RepositoryException {
        Optional<Node> folder = documentsFolder(session, memberId);
        if (folder.isEmpty() || documentId.contains("/") || !folder.get().hasNode(documentId)) {
            return Optional.empty();
        }
        Binary binary = folder.get().getNode(documentId).getNode("jcr:content").getProperty("jcr:data").getBinary();
        try (InputStream in = binary.getStream()) {
            return Optional.of(in.readAllBytes());
        }
        catch (IOException ex) {
            throw new RepositoryException("Cannot read document " + documentId, ex);
        }
        finally {
            binary.dispose();
        }
    }

    /** Deletes every verification document of the member; returns how many there were. */
    public int deleteDocuments(Session session, String memberId) throws RepositoryException {
        Optional<Node> folder = documentsFolder(session, memberId);
        if (folder.isEmpty()) {
            return 0;
        }
        int count = (int) folder.get().getNodes().getSize();
        folder.get().remove();
        return count;
    }

    /**
     * Deletes the member's node, with their documents and everything else stored below
     * it, and the index entries that lead to it, so that the address may register again.
     * The caller saves the session; nothing happens if there is no such member.
     */
    public void delete(Session session, String memberId) throws RepositoryException {
        Optional<Node> node = memberNode(session, memberId);
        if (node.isEmpty()) {
            return;
        }
        Member member = read(node.get());
        removeIndexEntry(session, EMAIL_INDEX + "/" + emailKey(member.profile().email()), memberId);
        if (member.identifier() != null) {
            removeIndexEntry(session, IDENTIFIER_INDEX + "/" + member.identifier(), memberId);
        }
        node.get().remove();
    }

    /** Removes an index entry if it still points at this member, not at a newer one. */
    private static void removeIndexEntry(Session session, String path, String memberId) throws RepositoryException {
        if (session.nodeExists(path) && memberId.equals(JcrProperties.string(session.getNode(path), "member"))) {
            session.getNode(path).remove();
        }
    }

    private Optional<Node> documentsFolder(Session session, String memberId) throws RepositoryException {
        Optional<Node> node = memberNode(session, memberId);
        if (node.isEmpty() || !node.get().hasNode(DOCUMENTS)) {
            return Optional.empty();
        }
        return Optional.of(node.get().getNode(DOCUMENTS));
    }

    private Optional<Member> lookup(Session session, String indexPath) throws RepositoryException {
        if (!session.nodeExists(indexPath)) {
            return Optional.empty();
        }
        return findById(session, session.getNode(indexPath).getProperty("member").getString());
    }

    private Optional<Node> memberNode(Session session, String id) throws RepositoryException {
        return JcrNodes.findByIdentifier(session, id, NodeTypes.MEMBER);
    }

    private void addFile(Session session, Node folder, String name, UploadedDocument document, Instant at)
            throws RepositoryException {
        Node file = folder.addNode(Text.escapeIllegalJcrChars(name), "nt:file");
        Node content = file.addNode("jcr:content", "nt:resource");
        Binary binary = session.getValueFactory().createBinary(new ByteArrayInputStream(document.content()));
        content.setProperty("jcr:data", binary);
        content.setProperty("jcr:mimeType", document.type().mediaType());
        content.setProperty("jcr:lastModified", JcrTemplate.calendar(at));
    }

    private void write(Node node, Member member) throws RepositoryException {
        Profile p = member.profile();
        JcrProperties.set(node, "status", member.status().name());
        JcrProperties.set(node, "kind", p.kind().name());
        JcrProperties.set(node, "caregiverType", (p.caregiverType() != null) ? p.caregiverType().name() : null);
        JcrProperties.set(node, "firstName", p.firstName());
        JcrProperties.set(node, "lastName", p.lastName());
        JcrProperties.set(node, "email", p.email());
        JcrProperties.set(node, "phone", p.phone());
        JcrProperties.set(node, "postalAddress", p.postalAddress());
        JcrProperties.set(node, "neighbourhood", p.neighbourhood());
        JcrProperties.set(node, "children", p.children().stream().map(YearMonth::toString).toList());
        JcrProperties.set(node, "approvalNumber", p.approvalNumber());
        JcrProperties.set(node, "places", p.places());
        JcrProperties.set(node, "registeredAt", member.registeredAt());
        JcrProperties.set(node, "identifier", member.identifier());
        Verification v = member.verification();
        JcrProperties.set(node, "verifiedBy", (v != null) ? v.decidedBy() : null);
        JcrProperties.set(node, "verifiedAt", (v != null) ? v.decidedAt() : null);
        JcrProperties.set(node, "decisionReason", (v != null) ? v.reason() : null);
        JcrProperties.set(node, "passwordHash", member.passwordHash());
        JcrProperties.set(node, "locale", member.locale().toLanguageTag());
    }

    private Member read(Node node) {
        try {
            String caregiverType = JcrProperties.string(node, "caregiverType");
            Profile profile = new Profile(MemberKind.valueOf(JcrProperties.requiredString(node, "kind")),
                    (caregiverType != null) ? CaregiverType.valueOf(caregiverType) : null,
                    JcrProperties.requiredString(node, "firstName"), JcrProperties.requiredString(node, "lastName"),
                    JcrProperties.requiredString(node, "email"), JcrProperties.string(node, "phone"),
                    JcrProperties.requiredString(node, "postalAddress"),
                    JcrProperties.requiredString(node, "neighbourhood"),
                    JcrProperties.strings(node, "children").stream().map(YearMonth::parse).toList(),
                    JcrProperties.string(node, "approvalNumber"),
                    JcrProperties.number(node, "places").map(Long::intValue).orElse(null));
            String verifiedBy = JcrProperties.string(node, "verifiedBy");
            Instant verifiedAt = JcrProperties.instant(node, "verifiedAt");
            Verification verification = (verifiedBy != null && verifiedAt != null)
                    ? new Verification(verifiedBy, verifiedAt, JcrProperties.string(node, "decisionReason")) : null;
            return new Member(node.getIdentifier(), MemberStatus.valueOf(JcrProperties.requiredString(node, "status")),
                    profile, JcrProperties.requiredInstant(node, "registeredAt"),
                    JcrProperties.string(node, "identifier"), verification, JcrProperties.string(node, "passwordHash"),
                    Locale.forLanguageTag(JcrProperties.requiredString(node, "locale")));
        }
        catch (RepositoryException ex) {
            throw new RepositoryFailure("Cannot read member " + safePath(node), ex);
        }
    }

    private static String safePath(Node node) {
        try {
            return node.getPath();
        }
        catch (RepositoryException ex) {
            return "(unknown path)";
        }
    }

    /**
     * The index key of an e-mail address: a hash, so that no address appears in a node
     * name.
     */
    static String emailKey(String email) {
        return HashedNames.sha256(email.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A verification document as listed to a webmaster.
     *
     * @param id the stored name, used to fetch it
     * @param fileName the file name as uploaded (sanitised)
     */
    public record StoredDocument(String id, String fileName, String mediaType, long size) {

    }

}
