package club.project;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.GroupOperation;
import club.account.Accounts;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.directory.GroupDirectory.SaveOutcome;
import club.membership.Memberships;
import club.platform.ClubProperties;
import club.platform.mail.Mailer;
import club.platform.security.SignedInUser;

/**
 * Groups' projects: proposed by their members (who become their first carriers), carried by one
 * member or several, updated by their carriers and the group's facilitators, followed by members.
 * Updates, reviews, state changes and changes of carriers go to the activity log.
 */
@Service
class Projects {

	/** A carrier is asked for news once a day at most, whoever asks. */
	static final Duration NEWS_ASKED_AGAIN_AFTER = Duration.ofDays(1);

	private final ProjectRepository projects;
	private final Access access;
	private final Accounts accounts;
	private final ActivityLog activity;
	private final Mailer mailer;
	private final GroupDirectory directory;
	private final Memberships memberships;
	private final ClubProperties properties;
	private final Clock clock;

	Projects(ProjectRepository projects, Access access, Accounts accounts, ActivityLog activity, Mailer mailer, GroupDirectory directory,
			Memberships memberships, ClubProperties properties, Clock clock) {
		this.directory = directory;
		this.memberships = memberships;
		this.projects = projects;
		this.access = access;
		this.accounts = accounts;
		this.activity = activity;
		this.mailer = mailer;
		this.properties = properties;
		this.clock = clock;
	}

	/** Members propose and follow projects. */
	boolean mayPropose(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.TAKE_PART_IN_PROJECTS, groupId);
	}

	/** Facilitators (and admins, leaders) review the tracking board and ask for news. */
	boolean mayFacilitate(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.FACILITATE_PROJECTS, groupId);
	}

	/** Carriers still members of the group and facilitators edit a project, write its updates and choose its carriers. */
	boolean mayUpdate(Project project, Optional<SignedInUser> user) {
		return mayFacilitate(project.groupId(), user) || user.filter(me -> carries(project, me.accountId())).isPresent();
	}

	/** A carrier who left the group no longer carries it, though their name stays among its carriers. */
	private boolean carries(Project project, long accountId) {
		return projects.isCarrier(project.id(), accountId) && access.isMember(project.groupId(), accountId);
	}

	Optional<Project> find(long id) {
		return projects.find(id);
	}

	List<Project> ofGroup(long groupId) {
		return projects.ofGroup(groupId);
	}

	/** The tracking board's rows: the group's projects still open, the longest without news first. */
	List<Project> board(long groupId) {
		return projects.ofGroup(groupId).stream().filter(project -> project.state().open()).sorted(
				Comparator.comparing(Project::lastUpdateAt)).toList();
	}

	List<@Nullable Long> carriers(Project project) {
		return projects.carriers(project.id());
	}

	/** The carriers of each of the group's projects, by project id. */
	Map<Long, List<@Nullable Long>> carriersOfGroup(long groupId) {
		return projects.carriersOfGroup(groupId);
	}

	/** The carriers who still carry it: their accounts exist and they are members of the group. */
	private List<Long> activeCarriers(Project project) {
		return projects.carriers(project.id()).stream().filter(Objects::nonNull).filter(carrier -> access.isMember(project.groupId(), carrier))
			.toList();
	}

	/** « I'll carry it too » is for the group's members who do not carry it yet. */
	boolean mayCarry(Project project, Optional<SignedInUser> user) {
		return user.filter(me -> access.isMember(project.groupId(), me.accountId()) && !projects.isCarrier(project.id(), me.accountId()))
			.isPresent();
	}

	List<Long> followers(Project project) {
		return projects.followers(project.id());
	}

	List<ProjectUpdate> updates(Project project) {
		return projects.updates(project.id());
	}

	boolean follows(Project project, Optional<SignedInUser> user) {
		return user.filter(me -> projects.isFollower(project.id(), me.accountId())).isPresent();
	}

	/** Dates on the board are the platform's days. */
	ZoneId zone() {
		return properties.timeZone();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone()));
	}

	/** A new idea, whose creator is its first carrier. */
	@Transactional
	long create(long groupId, ProjectForm form, SignedInUser by) {
		Instant now = clock.instant();
		long id = projects.insert(groupId, form.titleText(), form.descriptionText(), form.needsText(), ProjectState.IDEA, now);
		projects.addCarrier(id, by.accountId(), now);
		return id;
	}

	@Transactional
	void edit(Project project, ProjectForm form) {
		projects.edit(project.id(), form.titleText(), form.descriptionText(), form.needsText());
	}

	/**
	 * Records the update and the board's new columns; a new state is an update of its own
	 * (STATE_CHANGE), so that the history says when it changed.
	 */
	@Transactional
	void update(Project project, UpdateForm form, SignedInUser by) {
		Instant now = clock.instant();
		ProjectState state = form.stateValue().orElseThrow();
		projects.track(project.id(), state, form.nextStepText(), form.ownerId().orElse(null), form.dueDate().orElse(null), now);
		if (state != project.state()) {
			projects.addUpdate(project.id(), by.accountId(), now, ProjectUpdate.Kind.STATE_CHANGE, state.name());
			activity.record(project.groupId(), ActivityKind.PROJECT_STATE_CHANGED, by.accountId(), project.id());
		}
		boolean boardChanged = !form.nextStepText().equals(project.nextStep())
				|| !Objects.equals(form.ownerId().orElse(null), project.nextStepOwnerId())
				|| !Objects.equals(form.dueDate().orElse(null), project.dueOn());
		if (!form.textValue().isEmpty() || boardChanged) {
			projects.addUpdate(project.id(), by.accountId(), now, ProjectUpdate.Kind.UPDATE, form.textValue());
			activity.record(project.groupId(), ActivityKind.PROJECT_UPDATED, by.accountId(), project.id());
		}
	}

	/** « Reviewed, nothing new »: counts as an update, so the project's last update moves. */
	@Transactional
	void review(Project project, SignedInUser by) {
		Instant now = clock.instant();
		projects.addUpdate(project.id(), by.accountId(), now, ProjectUpdate.Kind.REVIEWED_NOTHING_NEW, "");
		projects.touch(project.id(), now);
		activity.record(project.groupId(), ActivityKind.PROJECT_REVIEWED, by.accountId(), project.id());
	}

	/**
	 * Mails every carrier still in the group a link to the project's update form; false, and
	 * nothing sent, when they were already asked in the last day. Asking is not news: the last
	 * update does not move.
	 */
	@Transactional
	boolean askForNews(Project project, SignedInUser by) {
		Instant now = clock.instant();
		if (projects.lastOfKind(project.id(), ProjectUpdate.Kind.NEWS_ASKED).filter(last -> last.plus(NEWS_ASKED_AGAIN_AFTER).isAfter(now))
			.isPresent()) {
			return false;
		}
		projects.addUpdate(project.id(), by.accountId(), now, ProjectUpdate.Kind.NEWS_ASKED, "");
		String asker = accounts.displayNames(List.of(by.accountId())).getOrDefault(by.accountId(), "");
		accounts.recipients(activeCarriers(project))
			.forEach(carrier -> mailer.send(carrier, "projectNewsAsked", "/projects/" + project.id() + "#update", asker, project.title()));
		return true;
	}

	/** What became of a change of carriers. */
	enum CarrierChange {
		DONE, ALREADY_CARRIER, NOT_A_MEMBER, NOT_A_CARRIER, LAST_CARRIER
	}

	/**
	 * Adds a carrier among the group's members: someone else (by a carrier or a facilitator), who is
	 * told by mail who added them, or oneself (« I'll carry it too »), which the other carriers are
	 * told. The history says who added whom; it is not news, so the last update does not move.
	 */
	@Transactional
	CarrierChange addCarrier(Project project, long accountId, SignedInUser by) {
		if (!access.isMember(project.groupId(), accountId)) {
			return CarrierChange.NOT_A_MEMBER;
		}
		projects.lock(project.id());
		List<Long> before = activeCarriers(project);
		Instant now = clock.instant();
		if (!projects.addCarrier(project.id(), accountId, now)) {
			return CarrierChange.ALREADY_CARRIER;
		}
		projects.addUpdate(project.id(), by.accountId(), now, ProjectUpdate.Kind.CARRIER_ADDED, Long.toString(accountId));
		activity.record(project.groupId(), ActivityKind.PROJECT_UPDATED, by.accountId(), project.id());
		String path = "/projects/" + project.id();
		if (accountId == by.accountId()) {
			accounts.recipients(before)
				.forEach(carrier -> mailer.send(carrier, "projectCarrierJoined", path, by.displayName(), project.title()));
		}
		else {
			accounts.recipients(List.of(accountId))
				.forEach(added -> mailer.send(added, "projectCarrierAdded", path, by.displayName(), project.title()));
		}
		return CarrierChange.DONE;
	}

	/**
	 * Removes a carrier (oneself included): refused when no other carrier still in the group would
	 * remain, so that someone answers for the project. Someone removed by another is told who did it.
	 * The project's row is locked meanwhile: two carriers removing each other at once leave one.
	 */
	@Transactional
	CarrierChange removeCarrier(Project project, long accountId, SignedInUser by) {
		projects.lock(project.id());
		if (!projects.isCarrier(project.id(), accountId)) {
			return CarrierChange.NOT_A_CARRIER;
		}
		if (activeCarriers(project).stream().allMatch(carrier -> carrier == accountId)) {
			return CarrierChange.LAST_CARRIER;
		}
		projects.removeCarrier(project.id(), accountId);
		Instant now = clock.instant();
		projects.addUpdate(project.id(), by.accountId(), now, ProjectUpdate.Kind.CARRIER_REMOVED, Long.toString(accountId));
		activity.record(project.groupId(), ActivityKind.PROJECT_UPDATED, by.accountId(), project.id());
		if (accountId != by.accountId()) {
			accounts.recipients(List.of(accountId))
				.forEach(removed -> mailer.send(removed, "projectCarrierRemoved", "/projects/" + project.id(), by.displayName(), project.title()));
		}
		return CarrierChange.DONE;
	}

	/**
	 * The nursery: creates the group the project becomes (its author its first admin), makes every
	 * carrier its admin, invites the followers through the membership module (a mail whose link
	 * joins in one click), and marks the project GRADUATED with a link to its new home. Nothing
	 * changes when the directory refuses the form.
	 */
	@Transactional
	SaveOutcome graduate(Project project, GraduationForm form, SignedInUser by, Locale locale) {
		SaveOutcome outcome = directory.save(form.group(project), null, by, locale);
		if (outcome instanceof SaveOutcome.Saved saved) {
			Instant now = clock.instant();
			Group home = saved.group();
			projects.carriers(project.id()).stream().filter(Objects::nonNull).forEach(carrier -> access.makeCreatorAdmin(home.id(), carrier, now));
			directory.countMembers(home);
			projects.graduate(project.id(), home.id(), now);
			projects.addUpdate(project.id(), by.accountId(), now, ProjectUpdate.Kind.STATE_CHANGE, ProjectState.GRADUATED.name());
			activity.record(project.groupId(), ActivityKind.PROJECT_STATE_CHANGED, by.accountId(), project.id());
			// Carriers, now admins, and whoever graduates it are members already: the invitation skips them.
			memberships.inviteMembers(home, projects.followers(project.id()), by.accountId(), "projectGraduated", project.title(), home.name(),
					by.displayName());
		}
		return outcome;
	}

	/** Admins of the project's group graduate it into a group of its own. */
	boolean mayGraduate(Project project, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.EDIT_RECORD, project.groupId());
	}

	@Transactional
	void follow(Project project, SignedInUser by, boolean following) {
		if (following) {
			projects.follow(project.id(), by.accountId(), clock.instant());
		}
		else {
			projects.unfollow(project.id(), by.accountId());
		}
	}
}
