package club.ecosystem;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import club.access.Access;
import club.access.EcosystemOperation;
import club.access.EcosystemRole;
import club.account.Accounts;

import club.directory.ActivityLevel;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.directory.GroupEcosystems;
import club.directory.GroupType;
import club.platform.images.ImageUploads;
import club.platform.mail.Mailer;
import club.platform.security.SignedInUser;
import club.platform.text.Keywords;

/** Ecosystems and their groups: every group carrying the ecosystem's keyword. */
@Service
public class Ecosystems implements GroupEcosystems {

	/** An ecosystem with its groups and the counts its page shows. */
	public record View(Ecosystem ecosystem, List<Group> groups, Map<GroupType, Long> byType, Map<ActivityLevel, Long> byActivity) {

		/** The groups a visitor can join: archived ones are only counted. */
		public List<Group> liveGroups() {
			return groups.stream().filter(group -> group.activity() != ActivityLevel.ARCHIVED).toList();
		}

		public static final int PAGE_SIZE = 50;

		public int pageCount() {
			return Math.max(1, (liveGroups().size() + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		/** One page of the live groups (from 1): an ecosystem may have thousands. */
		public List<Group> livePage(int page) {
			List<Group> live = liveGroups();
			int from = Math.min(live.size(), (Math.max(1, page) - 1) * PAGE_SIZE);
			return live.subList(from, Math.min(live.size(), from + PAGE_SIZE));
		}
	}

	/** An ecosystem in the list of ecosystems. */
	public record Summary(Ecosystem ecosystem, long groupCount) {
	}

	private final EcosystemRepository ecosystems;
	private final GroupDirectory directory;
	private final Clock clock;
	private final ImageUploads images;
	private final Accounts accounts;
	private final Mailer mailer;
	private final Access access;

	Ecosystems(EcosystemRepository ecosystems, GroupDirectory directory, Clock clock, ImageUploads images, Accounts accounts,
			Mailer mailer, Access access) {
		this.access = access;
		this.ecosystems = ecosystems;
		this.directory = directory;
		this.clock = clock;
		this.images = images;
		this.accounts = accounts;
		this.mailer = mailer;
	}

	/** The ecosystem and its groups (for a moderated one, those admitted). */
	public Optional<View> view(String keyword) {
		return ecosystems.find(keyword).map(ecosystem -> {
			List<Group> groups = members(ecosystem);
			var byType = new EnumMap<GroupType, Long>(GroupType.class);
			var byActivity = new EnumMap<ActivityLevel, Long>(ActivityLevel.class);
			for (Group group : groups) {
				byType.merge(group.type(), 1L, Long::sum);
				byActivity.merge(group.activity(), 1L, Long::sum);
			}
			return new View(ecosystem, groups, byType, byActivity);
		});
	}

	/** The groups of an ecosystem (those admitted, when it is moderated); empty when there is no such ecosystem. */
	public Optional<List<Group>> groupsOf(String keyword) {
		return ecosystems.find(keyword).map(this::members);
	}

	List<Summary> all() {
		return ecosystems.all().stream()
			.map(ecosystem -> new Summary(ecosystem, directory.activeCountWithKeyword(ecosystem.keyword())))
			.toList();
	}

	Optional<Ecosystem> find(String keyword) {
		return ecosystems.find(keyword);
	}

	/** Platform admins create ecosystems. */
	boolean canCreate(Optional<SignedInUser> user) {
		return access.platformAdmin(user);
	}

	/** Its stewards and platform admins edit an ecosystem. */
	boolean canEdit(Ecosystem ecosystem, Optional<SignedInUser> user) {
		return access.may(user, EcosystemOperation.EDIT, ecosystem.id());
	}

	/** Its helpers, stewards and platform admins follow the vitality of its groups (their dashboard). */
	boolean followsVitality(Ecosystem ecosystem, Optional<SignedInUser> user) {
		return access.may(user, EcosystemOperation.FOLLOW_VITALITY, ecosystem.id());
	}

	/** Its stewards and platform admins decide who joins a moderated ecosystem. */
	boolean canDecide(Ecosystem ecosystem, Optional<SignedInUser> user) {
		return access.may(user, EcosystemOperation.DECIDE_ADMISSIONS, ecosystem.id());
	}

	/** Someone holding a role in the ecosystem, for its edit page. */
	public record RoleHolder(long accountId, String name, EcosystemRole role) {
	}

	List<RoleHolder> roles(Ecosystem ecosystem) {
		var holders = new java.util.ArrayList<RoleHolder>();
		for (EcosystemRole role : EcosystemRole.values()) {
			List<Long> ids = access.holders(ecosystem.id(), role);
			Map<Long, String> names = accounts.displayNames(ids);
			ids.stream().filter(names::containsKey).forEach(id -> holders.add(new RoleHolder(id, names.get(id), role)));
		}
		return holders;
	}

	/** Gives the role to the account with that address; false when there is none. */
	@Transactional
	boolean grant(Ecosystem ecosystem, String email, EcosystemRole role) {
		var id = accounts.idsByEmail(List.of(email.strip())).values().stream().findFirst();
		id.ifPresent(accountId -> access.grant(ecosystem.id(), accountId, role, clock.instant()));
		return id.isPresent();
	}

	@Transactional
	void revoke(Ecosystem ecosystem, long accountId, EcosystemRole role) {
		access.revoke(ecosystem.id(), accountId, role);
	}

	/** The logo's version (for its address), when the ecosystem has one. */
	Optional<Long> logoVersion(Ecosystem ecosystem) {
		return ecosystems.logos().version(ecosystem.id()).map(java.time.Instant::toEpochMilli);
	}

	Optional<byte[]> logo(Ecosystem ecosystem) {
		return ecosystems.logos().image(ecosystem.id());
	}

	@Transactional
	void setLogo(Ecosystem ecosystem, byte[] upload) throws ImageUploads.Refused {
		ecosystems.logos().save(ecosystem.id(), images.reencode(upload, ImageUploads.Frame.LOGO), clock.instant());
	}

	@Transactional
	void removeLogo(Ecosystem ecosystem) {
		ecosystems.logos().delete(ecosystem.id());
	}

	/** The keyword is taken, or is not one normalized keyword. */
	static final class KeywordRefused extends Exception {

		final String messageKey;

		KeywordRefused(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}
	}

	/** Creates the ecosystem; its creator becomes its first steward. */
	@Transactional
	Ecosystem create(EcosystemForm form, SignedInUser creator) throws KeywordRefused {
		String keyword = keywordOf(form).orElseThrow(() -> new KeywordRefused("ecosystem.keyword.invalid"));
		if (ecosystems.find(keyword).isPresent()) {
			throw new KeywordRefused("ecosystem.keyword.taken");
		}
		try {
			ecosystems.insert(new Ecosystem(0, keyword, form.name().strip(), blankToNull(form.description()),
					form.charter().strip(), originsOf(form), form.isModerated(), clock.instant(), form.isSharingProductions()));
		}
		catch (DuplicateKeyException createdAtTheSameMoment) {
			throw new KeywordRefused("ecosystem.keyword.taken");
		}
		Ecosystem created = ecosystems.find(keyword).orElseThrow();
		access.grant(created.id(), creator.accountId(), EcosystemRole.STEWARD, clock.instant());
		return created;
	}

	/** The form's keyword once normalized, when it is exactly one keyword. */
	static Optional<String> keywordOf(EcosystemForm form) {
		List<String> parsed = Keywords.parse(form.keyword() == null ? "" : form.keyword());
		return parsed.size() == 1 && parsed.getFirst().length() <= Keywords.MAX_LENGTH ? Optional.of(parsed.getFirst())
				: Optional.empty();
	}

	@Transactional
	void update(Ecosystem ecosystem, EcosystemForm form) {
		ecosystems.update(ecosystem.id(), form.name().strip(), blankToNull(form.description()), form.charter().strip(),
				originsOf(form), form.isModerated(), form.isSharingProductions());
	}

	private static @Nullable String originsOf(EcosystemForm form) {
		return form.origins().isEmpty() ? null : String.join(" ", form.origins());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The groups carrying the keyword; for a moderated ecosystem, only those a steward admitted. */
	private List<Group> members(Ecosystem ecosystem) {
		List<Group> carrying = directory.withKeyword(ecosystem.keyword());
		if (!ecosystem.moderated()) {
			return carrying;
		}
		var admitted = ecosystems.admitted(ecosystem.id());
		return carrying.stream().filter(group -> admitted.contains(group.id())).toList();
	}

	/** Whether one of the group's ecosystems asks, in its charter, that its productions be shared publicly. */
	public boolean sharesProductions(Group group) {
		return ecosystemsOf(group).anyMatch(Ecosystem::sharesProductions);
	}

	@Override
	public List<EcosystemLink> of(Group group) {
		return ecosystemsOf(group).map(ecosystem -> new EcosystemLink(ecosystem.keyword(), ecosystem.name())).toList();
	}

	/** The ecosystems the group belongs to: by keyword, and by admission where an ecosystem is moderated. */
	private java.util.stream.Stream<Ecosystem> ecosystemsOf(Group group) {
		return ecosystems.withKeywords(group.keywords()).stream()
			.filter(ecosystem -> !ecosystem.moderated() || ecosystems.admitted(ecosystem.id()).contains(group.id()));
	}

	@Override
	public List<Candidacy> candidacies(Group group) {
		return ecosystems.withKeywords(group.keywords()).stream()
			.filter(Ecosystem::moderated)
			.map(ecosystem -> ecosystems.admission(ecosystem.id(), group.id())
				.map(admission -> new Candidacy(ecosystem.keyword(), ecosystem.name(), admission.status().name(),
						admission.reason()))
				.orElseGet(() -> new Candidacy(ecosystem.keyword(), ecosystem.name(), "NONE", null)))
			.toList();
	}

	/**
	 * The group applies, having attested every rule of the charter; the stewards are told (the
	 * platform admins when the ecosystem has no steward, so that no application waits unseen).
	 */
	@Transactional
	void apply(Ecosystem ecosystem, Group group, SignedInUser by) {
		ecosystems.apply(ecosystem.id(), group.id(), String.join("\n", ecosystem.rules()), by.accountId(), clock.instant());
		List<Long> stewards = access.holders(ecosystem.id(), EcosystemRole.STEWARD);
		var recipients = stewards.isEmpty() ? accounts.platformAdmins() : accounts.recipients(stewards);
		String queue = UriComponentsBuilder.fromPath("/e/{keyword}/admissions").buildAndExpand(ecosystem.keyword()).encode()
			.toUriString();
		recipients.forEach(steward -> mailer.send(steward, "admissionReceived", queue, group.name(), ecosystem.name()));
	}

	List<Admission> pending(Ecosystem ecosystem) {
		return ecosystems.pending(ecosystem.id());
	}

	/** False when another steward decided first. The group's admins are told the decision and its reason. */
	@Transactional
	boolean decide(Ecosystem ecosystem, long groupId, boolean accept, @Nullable String reason, SignedInUser by) {
		String given = reason == null || reason.isBlank() ? null : reason.strip();
		boolean decided = ecosystems.decide(ecosystem.id(), groupId, accept ? Admission.Status.ACCEPTED : Admission.Status.REFUSED,
				given, by.accountId(), clock.instant());
		if (decided) {
			directory.findById(groupId).ifPresent(group -> {
				String groupPage = UriComponentsBuilder.fromPath("/g/{slug}").buildAndExpand(group.slug()).encode().toUriString();
				accounts.recipients(directory.adminIds(group))
					.forEach(admin -> mailer.send(admin, accept ? "admissionAccepted" : "admissionRefused", groupPage,
							group.name(), ecosystem.name(), given == null ? "" : given));
			});
		}
		return decided;
	}
}
