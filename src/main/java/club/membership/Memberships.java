package club.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import club.access.Access;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.access.GroupOperation;
import club.access.GroupRole;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;
import club.platform.mail.Mailer;
import club.platform.mail.Recipient;
import club.platform.security.RateLimiter;
import club.platform.security.SecretTokens;
import club.platform.security.SignedInUser;

/**
 * Joining and leaving groups. Every change happens in one transaction with its history row
 * and its mails (written to the outbox), so nothing is half-done; decisions are conditional
 * updates, so that two organizers deciding the same request at once yield one decision.
 */
@Service
public class Memberships {

	/** Requests to join (not open groups) per person and hour: enough for anyone, not for a bot. */
	static final int REQUESTS_PER_HOUR = 10;
	/** Invitations one person may send per hour. */
	static final int INVITATIONS_PER_HOUR = 50;
	static final int MAX_TEXT = 2000;

	/** What became of an attempt to join. */
	public sealed interface Joining {
		record Joined() implements Joining {
		}

		record AlreadyMember() implements Joining {
		}

		record Requested(long requestId) implements Joining {
		}

		record AlreadyRequested(long requestId) implements Joining {
		}

		record TooMany(Duration retryAfter) implements Joining {
		}
	}

	/** What became of a decision, a vouch, a slot chosen… */
	public enum Outcome {
		DONE, ALREADY_DECIDED, NOT_ALLOWED, INVALID
	}

	private final MembershipRepository repository;
	private final Access access;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final Mailer mailer;
	private final RateLimiter limits;
	private final Clock clock;
	private final ClubProperties properties;

	private final GroupTargets groups;
	private final List<EntryTargetKind> kinds;
	private final ActivityLog activity;

	Memberships(MembershipRepository repository, Access access, GroupDirectory directory, Accounts accounts, Mailer mailer,
			RateLimiter limits, Clock clock, ClubProperties properties, GroupTargets groups, List<EntryTargetKind> kinds,
			ActivityLog activity) {
		this.activity = activity;
		this.properties = properties;
		this.groups = groups;
		this.kinds = kinds;
		this.repository = repository;
		this.access = access;
		this.directory = directory;
		this.accounts = accounts;
		this.mailer = mailer;
		this.limits = limits;
		this.clock = clock;
	}

	boolean isMember(Group group, long accountId) {
		return access.isMember(group.id(), accountId);
	}

	EntrySettings settings(Group group) {
		return repository.settings(group.id());
	}

	/** A group as something to join. */
	public EntryTarget target(Group group) {
		return groups.of(group);
	}

	/** What a request is for; empty when that group or plan is gone. */
	Optional<EntryTarget> target(EntryRequest request) {
		return kinds.stream().filter(kind -> kind.kind().equals(request.targetKind())).findFirst()
			.flatMap(kind -> kind.find(request.targetId()).map(EntryTarget.class::cast));
	}

	@Transactional
	void save(EntrySettings settings) {
		repository.save(settings);
	}

	// --- joining

	/**
	 * Joins an open target at once; for the other processes, sends a request (with the message,
	 * the answers to the questions, and the members asked to vouch).
	 */
	@Transactional
	public Joining join(EntryTarget target, SignedInUser user, @Nullable String message, List<String> answers,
			List<String> vouchEmails) {
		long accountId = user.accountId();
		if (target.isMember(accountId)) {
			return new Joining.AlreadyMember();
		}
		var pending = repository.openRequest(target.kind(), target.id(), accountId);
		if (pending.isPresent()) {
			return new Joining.AlreadyRequested(pending.get().id());
		}
		EntryRule rule = target.rule();
		Instant now = clock.instant();
		if (rule.process() == EntryProcess.OPEN) {
			target.admit(accountId, now);
			return new Joining.Joined();
		}
		var wait = limits.take("entry-request:" + accountId, REQUESTS_PER_HOUR, Duration.ofHours(1));
		if (wait.isPresent()) {
			return new Joining.TooMany(wait.get());
		}
		long id = repository.insert(target.kind(), target.id(), accountId, rule.process(), blankToNull(message),
				rule.process() == EntryProcess.APPLICATION ? answers : List.of(), rule.vouchesNeeded(), now);
		repository.event(id, now, accountId, RequestEvent.Kind.SENT, null);
		target.requested(accountId, now);
		String requestPath = requestPath(id);
		accounts.recipients(target.deciders())
			.forEach(decider -> mailer.send(decider, "membershipRequestReceived", requestPath, user.displayName(), target.name()));
		if (rule.process() == EntryProcess.COOPTATION) {
			askToVouch(target, id, user, vouchEmails, now);
		}
		return new Joining.Requested(id);
	}

	/**
	 * The members the applicant names are asked by mail; addresses that are not members' are
	 * ignored without saying so (the applicant does not learn who belongs to the group).
	 */
	private void askToVouch(EntryTarget target, long requestId, SignedInUser applicant, List<String> emails, Instant now) {
		var asked = accounts.idsByEmail(emails).values().stream()
			.filter(id -> id != applicant.accountId() && target.isMember(id))
			.distinct()
			.toList();
		asked.forEach(id -> repository.askToVouch(requestId, id));
		if (!asked.isEmpty()) {
			repository.event(requestId, now, applicant.accountId(), RequestEvent.Kind.VOUCH_ASKED, Integer.toString(asked.size()));
		}
		accounts.recipients(asked)
			.forEach(member -> mailer.send(member, "membershipVouchAsked", requestPath(requestId), applicant.displayName(), target.name()));
	}

	/** A member vouches; once enough did, the applicant is in. Nobody vouches for themselves. */
	@Transactional
	Outcome vouch(EntryRequest request, EntryTarget target, SignedInUser member) {
		if (request.process() != EntryProcess.COOPTATION || request.state() != EntryRequest.State.PENDING) {
			return Outcome.ALREADY_DECIDED;
		}
		if (Long.valueOf(member.accountId()).equals(request.accountId()) || !target.mayVouch(Optional.of(member))) {
			return Outcome.NOT_ALLOWED;
		}
		Instant now = clock.instant();
		if (!repository.vouch(request.id(), member.accountId(), now)) {
			return Outcome.DONE;
		}
		repository.event(request.id(), now, member.accountId(), RequestEvent.Kind.VOUCHED, null);
		if (repository.vouchers(request.id()).size() >= request.vouchesNeeded()) {
			close(request, target, true, null, null, now);
		}
		return Outcome.DONE;
	}

	/** An organizer's decision; a reason is needed to refuse, and to decide after an interview. */
	@Transactional
	public Outcome decide(EntryRequest request, EntryTarget target, SignedInUser organizer, boolean accept, @Nullable String reason) {
		if (Long.valueOf(organizer.accountId()).equals(request.accountId()) || !target.mayDecide(Optional.of(organizer))) {
			return Outcome.NOT_ALLOWED;
		}
		if (!request.open()) {
			return Outcome.ALREADY_DECIDED;
		}
		if (needsReason(request, accept) && blankToNull(reason) == null) {
			return Outcome.INVALID;
		}
		return close(request, target, accept, blankToNull(reason), organizer.accountId(), clock.instant()) ? Outcome.DONE
				: Outcome.ALREADY_DECIDED;
	}

	static boolean needsReason(EntryRequest request, boolean accept) {
		return !accept || request.process() == EntryProcess.APPLICATION;
	}

	private boolean close(EntryRequest request, EntryTarget target, boolean accept, @Nullable String reason, @Nullable Long by,
			Instant now) {
		var to = accept ? EntryRequest.State.ACCEPTED : EntryRequest.State.REFUSED;
		if (!repository.move(request.id(), openStates(), to, reason, by, now)) {
			return false;
		}
		repository.event(request.id(), now, by, accept ? RequestEvent.Kind.ACCEPTED : RequestEvent.Kind.REFUSED, reason);
		if (request.accountId() != null) {
			if (accept) {
				target.admit(request.accountId(), now);
			}
			else {
				target.turnedDown(request.accountId(), now);
			}
			accounts.recipients(List.of(request.accountId()))
				.forEach(applicant -> mailer.send(applicant, accept ? "membershipAccepted" : "membershipRefused",
						accept ? target.path() : requestPath(request.id()), target.name(), reason == null ? "" : reason));
		}
		return true;
	}

	/** The applicant withdraws a request still in progress. */
	@Transactional
	boolean withdraw(EntryRequest request, EntryTarget target, SignedInUser applicant) {
		if (!Long.valueOf(applicant.accountId()).equals(request.accountId())) {
			return false;
		}
		Instant now = clock.instant();
		boolean moved = repository.move(request.id(), openStates(), EntryRequest.State.WITHDRAWN, null, null, now);
		if (moved) {
			repository.event(request.id(), now, applicant.accountId(), RequestEvent.Kind.WITHDRAWN, null);
			target.turnedDown(applicant.accountId(), now);
		}
		return moved;
	}

	// --- interviews

	public record ProposedSlot(Instant startsAt, InterviewSlot.Mode mode, String place) {
	}

	/** An organizer proposes interview slots (replacing earlier ones); the applicant is asked to pick one. */
	@Transactional
	public Outcome proposeSlots(EntryRequest request, EntryTarget target, SignedInUser organizer, List<ProposedSlot> slots) {
		if (request.process() != EntryProcess.APPLICATION || Long.valueOf(organizer.accountId()).equals(request.accountId())
				|| !target.mayDecide(Optional.of(organizer))) {
			return Outcome.NOT_ALLOWED;
		}
		Instant now = clock.instant();
		if (!repository.move(request.id(), EnumSet.of(EntryRequest.State.PENDING, EntryRequest.State.SLOTS_PROPOSED),
				EntryRequest.State.SLOTS_PROPOSED, null, null, null)) {
			return Outcome.ALREADY_DECIDED;
		}
		repository.removeSlots(request.id());
		slots.forEach(slot -> repository.addSlot(request.id(), slot.startsAt(), slot.mode(), slot.place().strip()));
		repository.event(request.id(), now, organizer.accountId(), RequestEvent.Kind.SLOTS_PROPOSED, Integer.toString(slots.size()));
		if (request.accountId() != null) {
			accounts.recipients(List.of(request.accountId()))
				.forEach(applicant -> mailer.send(applicant, "membershipInterviewProposed", requestPath(request.id()), target.name(),
						slots.size()));
		}
		return Outcome.DONE;
	}

	/** The applicant picks one of the proposed slots; organizers and applicant get the confirmation. */
	@Transactional
	public Outcome chooseSlot(EntryRequest request, EntryTarget target, SignedInUser applicant, long slotId) {
		if (!Long.valueOf(applicant.accountId()).equals(request.accountId())) {
			return Outcome.NOT_ALLOWED;
		}
		var slot = repository.slots(request.id()).stream().filter(s -> s.id() == slotId).findFirst();
		if (slot.isEmpty()) {
			return Outcome.INVALID;
		}
		Instant now = clock.instant();
		if (!repository.move(request.id(), EnumSet.of(EntryRequest.State.SLOTS_PROPOSED), EntryRequest.State.INTERVIEW_SCHEDULED,
				null, null, null)) {
			return Outcome.ALREADY_DECIDED;
		}
		repository.choose(slotId);
		repository.event(request.id(), now, applicant.accountId(), RequestEvent.Kind.SLOT_CHOSEN, slot.get().startsAt().toString());
		String place = slot.get().place();
		accounts.recipients(target.deciders())
			.forEach(person -> mailer.send(person, "membershipInterviewConfirmed", requestPath(request.id()), applicant.displayName(),
					target.name(), when(slot.get().startsAt(), person.locale()), place));
		accounts.recipients(List.of(applicant.accountId()))
			.forEach(person -> mailer.send(person, "membershipInterviewScheduled", requestPath(request.id()), target.name(),
					when(slot.get().startsAt(), person.locale()), place));
		return Outcome.DONE;
	}

	List<InterviewSlot> slots(EntryRequest request) {
		return repository.slots(request.id());
	}

	// --- reading requests

	Optional<EntryRequest> request(long id) {
		return repository.find(id);
	}

	/** The person's request in progress for that target, if any. */
	public Optional<EntryRequest> openRequest(EntryTarget target, long accountId) {
		return repository.openRequest(target.kind(), target.id(), accountId);
	}

	/** The target's requests in progress, oldest first. */
	public List<EntryRequest> openRequests(EntryTarget target) {
		return repository.openRequests(target.kind(), target.id());
	}

	List<RequestEvent> history(EntryRequest request) {
		return repository.history(request.id());
	}

	List<Long> vouchers(EntryRequest request) {
		return repository.vouchers(request.id());
	}

	List<EntryRequest> requestsOf(long accountId) {
		return repository.requestsOf(accountId);
	}

	List<EntryRequest> askedToVouch(long accountId) {
		return repository.askedToVouch(accountId);
	}

	/** Requests in progress in the groups where the person decides them. */
	long requestsToDecide(long accountId) {
		return repository.openRequestCount(GroupTargets.KIND, access.groupsOf(accountId).stream()
			.filter(membership -> membership.roles().stream().anyMatch(GroupRole.ORGANIZERS::contains))
			.map(Access.Membership::groupId)
			.toList());
	}

	/** Who may see a request: the applicant, those who decide, and those who may vouch while it awaits their vouches. */
	boolean maySee(EntryRequest request, EntryTarget target, Optional<SignedInUser> user) {
		if (user.isEmpty()) {
			return false;
		}
		if (Long.valueOf(user.get().accountId()).equals(request.accountId()) || target.mayDecide(user)) {
			return true;
		}
		return request.process() == EntryProcess.COOPTATION && target.mayVouch(user);
	}

	// --- leaving, removing, roles

	enum Leaving {
		LEFT, NOT_A_MEMBER, LAST_ADMIN
	}

	/** A member leaves; the last admin must first name another one. */
	@Transactional
	Leaving leave(Group group, SignedInUser member) {
		if (!access.isMember(group.id(), member.accountId())) {
			return Leaving.NOT_A_MEMBER;
		}
		if (lastAdmin(group, member.accountId())) {
			return Leaving.LAST_ADMIN;
		}
		access.removeMember(group.id(), member.accountId());
		directory.countMembers(group);
		activity.record(group.id(), ActivityKind.MEMBER_LEFT, member.accountId(), member.accountId());
		return Leaving.LEFT;
	}

	/** An organizer removes a member, who loses access at once; only admins remove admins. */
	@Transactional
	Outcome remove(Group group, long accountId, SignedInUser by) {
		var user = Optional.of(by);
		if (by.accountId() == accountId || !access.may(user, GroupOperation.REMOVE_MEMBER, group.id())
				|| (access.roles(group.id(), accountId).contains(GroupRole.ADMIN) && !access.may(user, GroupOperation.MANAGE_ROLES, group.id()))) {
			return Outcome.NOT_ALLOWED;
		}
		if (lastAdmin(group, accountId)) {
			return Outcome.INVALID;
		}
		if (!access.removeMember(group.id(), accountId)) {
			return Outcome.ALREADY_DECIDED;
		}
		directory.countMembers(group);
		activity.record(group.id(), ActivityKind.MEMBER_LEFT, by.accountId(), accountId);
		return Outcome.DONE;
	}

	/** Grants or revokes a role; the last admin keeps theirs. */
	@Transactional
	Outcome setRole(Group group, long accountId, GroupRole role, boolean held, SignedInUser by) {
		if (!access.may(Optional.of(by), GroupOperation.MANAGE_ROLES, group.id())) {
			return Outcome.NOT_ALLOWED;
		}
		if (held) {
			return access.grant(group.id(), accountId, role, clock.instant()) ? Outcome.DONE : Outcome.INVALID;
		}
		if (role == GroupRole.ADMIN && lastAdmin(group, accountId)) {
			return Outcome.INVALID;
		}
		access.revoke(group.id(), accountId, role);
		return Outcome.DONE;
	}

	private boolean lastAdmin(Group group, long accountId) {
		List<Long> admins = access.holders(group.id(), Set.of(GroupRole.ADMIN));
		return admins.size() == 1 && admins.getFirst() == accountId;
	}

	// --- invitations

	sealed interface Inviting {
		record Sent(int count) implements Inviting {
		}

		/** The limit was reached after {@code sent} invitations: the others were not sent. */
		record TooMany(Duration retryAfter, int sent) implements Inviting {
		}
	}

	/** Sends each address a single-use link valid {@link Invitation#LIFETIME}. */
	@Transactional
	Inviting invite(Group group, List<String> emails, SignedInUser by, java.util.Locale locale) {
		Instant now = clock.instant();
		int sent = 0;
		for (String email : emails) {
			var wait = limits.take("invitation:" + by.accountId(), INVITATIONS_PER_HOUR, Duration.ofHours(1));
			if (wait.isPresent()) {
				return new Inviting.TooMany(wait.get(), sent);
			}
			String link = newInvitation(group, email, by.accountId(), now);
			Recipient to = accounts.idsByEmail(List.of(email)).values().stream().findFirst()
				.flatMap(id -> accounts.recipients(List.of(id)).stream().findFirst())
				.orElseGet(() -> new Recipient(null, email, email, locale));
			mailer.send(to, "membershipInvitation", link, by.displayName(), group.name(), Invitation.LIFETIME.toDays());
			sent++;
		}
		return new Inviting.Sent(sent);
	}

	/**
	 * Invites people who have an account, on behalf of {@code invitedBy}, when another module's
	 * action calls for it (a project's followers when it becomes a group). Each gets the same
	 * single-use link as an invitation by address, valid {@link Invitation#LIFETIME}: following it
	 * joins the group in one click, whatever its entry process. The mail is of the caller's kind,
	 * so that it says why; its button leads to the invitation, and its arguments are
	 * {@code mailArguments} followed by the link's lifetime in days; that kind should belong to no
	 * notification topic ({@code MailTopic}), as invitations are always sent. Members of the group already and deleted
	 * accounts are skipped; there is no hourly limit, since the caller chose the people, not an
	 * address typed by someone.
	 *
	 * @return the number of people invited
	 */
	@Transactional
	public int inviteMembers(Group group, Collection<Long> accountIds, long invitedBy, String mailKind, Object... mailArguments) {
		Instant now = clock.instant();
		var invited = accounts.recipients(accountIds.stream().distinct().filter(id -> !access.isMember(group.id(), id)).toList());
		Object[] arguments = Arrays.copyOf(mailArguments, mailArguments.length + 1);
		arguments[mailArguments.length] = Invitation.LIFETIME.toDays();
		invited.forEach(person -> mailer.send(person, mailKind, newInvitation(group, person.email(), invitedBy, now), arguments));
		return invited.size();
	}

	/** Records a single-use invitation to the address; the path of its link (the token itself is not kept). */
	private String newInvitation(Group group, String email, long invitedBy, Instant now) {
		String token = SecretTokens.newToken();
		repository.invite(group.id(), email, SecretTokens.hash(token), invitedBy, now, now.plus(Invitation.LIFETIME));
		return "/invitations/" + token;
	}

	List<Invitation> invitations(Group group) {
		return repository.invitations(group.id());
	}

	enum InvitationState {
		VALID, USED, EXPIRED, UNKNOWN
	}

	InvitationState state(Optional<Invitation> invitation) {
		if (invitation.isEmpty()) {
			return InvitationState.UNKNOWN;
		}
		if (invitation.get().usedAt() != null) {
			return InvitationState.USED;
		}
		return invitation.get().expiresAt().isAfter(clock.instant()) ? InvitationState.VALID : InvitationState.EXPIRED;
	}

	Optional<Invitation> invitation(String token) {
		return repository.invitation(SecretTokens.hash(token));
	}

	/** Follows an invitation: the person joins whatever the entry process. False when it was used or expired meanwhile. */
	@Transactional
	boolean accept(Invitation invitation, Group group, SignedInUser user) {
		Instant now = clock.instant();
		if (!repository.use(invitation.id(), user.accountId(), now)) {
			return false;
		}
		var target = groups.of(group);
		if (!target.isMember(user.accountId())) {
			target.admit(user.accountId(), now);
			repository.openRequest(target.kind(), target.id(), user.accountId()).ifPresent(request -> {
				repository.move(request.id(), openStates(), EntryRequest.State.ACCEPTED, null, invitation.invitedBy(), now);
				repository.event(request.id(), now, invitation.invitedBy(), RequestEvent.Kind.ACCEPTED, null);
			});
		}
		return true;
	}

	private static Set<EntryRequest.State> openStates() {
		return EnumSet.of(EntryRequest.State.PENDING, EntryRequest.State.SLOTS_PROPOSED, EntryRequest.State.INTERVIEW_SCHEDULED);
	}

	/** "jeudi 3 décembre 2026 à 18:30", "Thursday, December 3, 2026 at 6:30 PM": in the platform's time zone. */
	private String when(Instant at, java.util.Locale locale) {
		String pattern = "fr".equals(locale.getLanguage()) ? "EEEE d MMMM yyyy 'à' HH:mm" : "EEEE, MMMM d, yyyy 'at' h:mm a";
		return java.time.format.DateTimeFormatter.ofPattern(pattern, locale).withZone(properties.timeZone()).format(at);
	}

	public static String requestPath(long id) {
		return "/requests/" + id;
	}

	static String groupPath(Group group) {
		return UriComponentsBuilder.fromPath("/g/{slug}").buildAndExpand(group.slug()).encode().toUriString();
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Map<Long, String> names(java.util.Collection<Long> accountIds) {
		return accounts.displayNames(accountIds);
	}

	Map<Long, java.util.UUID> publicIds(java.util.Collection<Long> accountIds) {
		return accounts.publicIds(accountIds);
	}
}
