package club.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import club.access.Access;
import club.access.GroupOperation;
import club.access.GroupRole;
import club.platform.images.ImageUploads;
import club.platform.security.SignedInUser;
import club.platform.text.Keywords;

/** The directory's service: reading, creating and editing group records, with their history. */
@Service
public class GroupDirectory {

	/** The short name is used by another group, now or as an old name that still redirects. */
	static final class SlugTaken extends Exception {

		SlugTaken() {
			super("slug taken", null, false, false);
		}
	}

	static final int MAX_KEYWORDS = 30;

	private final GroupRepository groups;
	private final ImageUploads images;
	private final Clock clock;
	private final Validator validator;
	private final MessageSource messages;
	private final Access access;

	GroupDirectory(GroupRepository groups, ImageUploads images, Clock clock, Validator validator, MessageSource messages,
			Access access) {
		this.groups = groups;
		this.access = access;
		this.images = images;
		this.clock = clock;
		this.validator = validator;
		this.messages = messages;
	}

	public Optional<Group> find(String slug) {
		return groups.findBySlug(slug);
	}

	public Optional<Group> findById(long id) {
		return groups.findById(id);
	}

	/** The groups still alive (not archived) that give a link of one of these kinds. */
	public List<Group> withLink(java.util.Collection<ServiceLink> kinds) {
		return groups.withLink(kinds);
	}

	/** Every group carrying the keyword, archived ones included, by name. */
	public List<Group> withKeyword(String keyword) {
		return groups.withKeyword(keyword);
	}

	/** How many groups carry the keyword, archived ones left out. */
	public long activeCountWithKeyword(String keyword) {
		return groups.activeCountWithKeyword(keyword);
	}

	public long count() {
		return groups.count();
	}

	/** Where a renamed group's old short name points now. */
	Optional<String> renamedTo(String oldSlug) {
		return groups.currentSlugOf(oldSlug);
	}

	DirectoryPage search(DirectoryQuery query) {
		return groups.search(query);
	}

	List<Group> all(DirectoryQuery query, @Nullable BoundingBox box) {
		return groups.all(query, box);
	}

	/** The accounts administering the group (those it notifies about its record). */
	public List<Long> adminIds(Group group) {
		return access.holders(group.id(), Set.of(GroupRole.ADMIN));
	}

	/** Group admins and platform admins edit a group record. */
	public boolean canEdit(Group group, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.EDIT_RECORD, group.id());
	}

	/**
	 * Someone joined or left through the platform: a group that counts its members here updates
	 * its number; another keeps the number typed by hand (its members may live elsewhere).
	 */
	@Transactional
	public void countMembers(Group group) {
		groups.findById(group.id()).filter(Group::membersManaged)
			.ifPresent(current -> groups.countMembers(group.id(), access.memberCount(group.id()), true));
	}

	/** The group's admins choose: the number of members counted here, or typed in the record. */
	@Transactional
	public void countMembersHere(Group group, boolean counted) {
		Group current = groups.findById(group.id()).orElseThrow();
		groups.countMembers(group.id(), counted ? access.memberCount(group.id()) : current.memberCount() == null ? 0 : current.memberCount(),
				counted);
	}

	@Transactional
	Group create(GroupForm form, List<Group.Partner> partners, @Nullable SignedInUser creator) throws SlugTaken {
		if (groups.slugTaken(form.slug(), null)) {
			throw new SlugTaken();
		}
		Instant now = clock.instant();
		Group group = fromForm(0, form, partners, now, now, null);
		long id;
		try {
			id = groups.insert(group, creator == null ? null : creator.accountId());
		}
		catch (DuplicateKeyException createdAtTheSameMoment) {
			throw new SlugTaken();
		}
		if (creator != null) {
			access.makeCreatorAdmin(id, creator.accountId(), now);
		}
		groups.recordChanges(id, creator == null ? null : creator.accountId(), now,
				List.of(new GroupChange(null, now, "created", null, group.name())));
		return groups.findById(id).orElseThrow();
	}

	@Transactional
	Group update(Group current, GroupForm form, List<Group.Partner> partners, @Nullable SignedInUser editor) throws SlugTaken {
		if (!form.slug().equals(current.slug()) && groups.slugTaken(form.slug(), current.id())) {
			throw new SlugTaken();
		}
		Instant now = clock.instant();
		Group updated = fromForm(current.id(), form, partners, current.createdAt(), now,
				current.membersManaged() ? current.memberCount() : null);
		List<GroupChange> changes = diff(current, updated, now);
		if (changes.isEmpty()) {
			return current;
		}
		if (!updated.slug().equals(current.slug())) {
			groups.removeSlugAlias(updated.slug());
			groups.addSlugAlias(current.slug(), current.id());
		}
		groups.update(updated);
		groups.recordChanges(current.id(), editor == null ? null : editor.accountId(), now, changes);
		return groups.findById(current.id()).orElseThrow();
	}

	Optional<Instant> bannerVersion(Group group) {
		return groups.banners().version(group.id());
	}

	Optional<byte[]> banner(Group group) {
		return groups.banners().image(group.id());
	}

	@Transactional
	void setBanner(Group group, byte[] upload, @Nullable SignedInUser editor) throws ImageUploads.Refused {
		byte[] image = images.reencode(upload, ImageUploads.Frame.BANNER);
		Instant now = clock.instant();
		boolean had = groups.banners().version(group.id()).isPresent();
		groups.banners().save(group.id(), image, now);
		groups.recordChanges(group.id(), editor == null ? null : editor.accountId(), now,
				List.of(new GroupChange(null, now, "banner", had ? "image" : null, "image (" + image.length / 1024 + " Kio)")));
	}

	@Transactional
	void removeBanner(Group group, @Nullable SignedInUser editor) {
		if (groups.banners().delete(group.id())) {
			Instant now = clock.instant();
			groups.recordChanges(group.id(), editor == null ? null : editor.accountId(), now,
					List.of(new GroupChange(null, now, "banner", "image", null)));
		}
	}

	List<GroupChange> history(Group group) {
		return groups.history(group.id());
	}

	/**
	 * The record as the form gives it; for a group whose members join here, the number of members
	 * is the one counted, never the one typed.
	 */
	private static Group fromForm(long id, GroupForm form, List<Group.Partner> partners, Instant createdAt, Instant now,
			@Nullable Integer countedMembers) {
		Double latitude = form.latitudeValue();
		Double longitude = form.longitudeValue();
		Group.Position position = latitude != null && longitude != null ? new Group.Position(latitude, longitude) : null;
		return new Group(id, form.slug(), form.name().strip(), form.tagline().strip(), form.typeValue(),
				blankToNull(form.description()), blankToNull(form.country()), blankToNull(form.region()), position,
				countedMembers != null ? countedMembers : form.memberCountValue(), countedMembers != null, form.activityValue(),
				blankToNull(form.domain()), form.objectiveValue(),
				Keywords.parse(form.keywords() == null ? "" : form.keywords()), form.links(), partners, createdAt, now);
	}

	/** The changed fields, each with its value before and after, as shown in the history. */
	static List<GroupChange> diff(Group before, Group after, Instant at) {
		Map<String, String> old = snapshot(before);
		Map<String, String> now = snapshot(after);
		List<GroupChange> changes = new ArrayList<>();
		now.forEach((field, value) -> {
			if (!Objects.equals(old.get(field), value)) {
				changes.add(new GroupChange(null, at, field, old.get(field), value));
			}
		});
		return changes;
	}

	private static Map<String, String> snapshot(Group group) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", group.name());
		fields.put("tagline", group.tagline());
		fields.put("type", group.type().name());
		fields.put("slug", group.slug());
		fields.put("description", group.description());
		fields.put("keywords", group.keywords().isEmpty() ? null : String.join(", ", group.keywords()));
		fields.put("country", group.country());
		fields.put("region", group.region());
		fields.put("position", group.position() == null ? null
				: group.position().latitude() + ", " + group.position().longitude());
		fields.put("memberCount", group.memberCount() == null ? null : group.memberCount().toString());
		fields.put("activity", group.activity().name());
		fields.put("domain", group.domain());
		fields.put("objective", group.objective() == null ? null : group.objective().name());
		fields.put("partners", group.partners().isEmpty() ? null : Partners.format(group.partners()));
		for (ServiceLink kind : ServiceLink.values()) {
			fields.put(kind.field(), group.links().get(kind));
		}
		return fields;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Checks what Bean Validation can't: keywords, partner lines, coordinates given in pairs. */
	static List<Group.Partner> checkParts(GroupForm form, Errors result) {
		var keywords = Keywords.parse(Objects.requireNonNullElse(form.keywords(), ""));
		if (keywords.stream().anyMatch(keyword -> keyword.length() > Keywords.MAX_LENGTH)) {
			result.rejectValue("keywords", "profile.interests.keywordTooLong", new Object[] { Keywords.MAX_LENGTH }, null);
		}
		if (keywords.size() > GroupDirectory.MAX_KEYWORDS) {
			result.rejectValue("keywords", "profile.interests.tooMany", new Object[] { GroupDirectory.MAX_KEYWORDS }, null);
		}
		boolean hasLatitude = form.latitude() != null && !form.latitude().isBlank();
		boolean hasLongitude = form.longitude() != null && !form.longitude().isBlank();
		if (hasLatitude != hasLongitude) {
			result.rejectValue(hasLatitude ? "longitude" : "latitude", "group.position.incomplete");
		}
		try {
			return Partners.parse(Objects.requireNonNullElse(form.partners(), ""));
		}
		catch (Partners.BadLine bad) {
			result.rejectValue("partners", "group.partners.invalid", new Object[] { bad.line, Partners.MAX }, null);
			return List.of();
		}
	}

	/** What importing one record does, or would do in a dry run. */
	public sealed interface ImportOutcome {

		record Created(String slug) implements ImportOutcome {
		}

		record Updated(String slug) implements ImportOutcome {
		}

		record Skipped(List<String> reasons) implements ImportOutcome {
		}
	}

	/**
	 * Imports one group record through the same checks as the form. With {@code existingSlug}
	 * (the group a previous import of the same source created) the group is updated; otherwise
	 * it is created, unless its short name is taken. In a dry run nothing is written.
	 */
	@Transactional
	public ImportOutcome importGroup(GroupForm form, @Nullable String existingSlug, boolean dryRun, Locale locale) {
		return importGroup(form, GroupJsonInput.FIELDS, existingSlug, dryRun, locale);
	}

	/**
	 * As above, where the source gives only some fields (form field names): an update keeps the
	 * group's current values for the others, so a re-import never erases what its admins added.
	 */
	@Transactional
	public ImportOutcome importGroup(GroupForm imported, Set<String> given, @Nullable String existingSlug, boolean dryRun,
			Locale locale) {
		// The slug remembered by the import may have been renamed since: follow its alias.
		Optional<Group> existing = existingSlug == null ? Optional.empty()
				: groups.findBySlug(existingSlug).or(() -> groups.currentSlugOf(existingSlug).flatMap(groups::findBySlug));
		GroupForm form = existing.map(group -> GroupJsonInput.overlay(GroupForm.of(group), imported, given)).orElse(imported);
		var errors = validate(form, locale);
		List<Group.Partner> partners = checkParts(form, errors);
		if (errors.hasErrors()) {
			return new ImportOutcome.Skipped(firstErrorByField(errors, locale).entrySet().stream()
				.map(error -> messages.getMessage("import.field." + error.getKey(), null, error.getKey(), locale) + " : "
						+ error.getValue())
				.toList());
		}
		try {
			if (existing.isPresent()) {
				if (!dryRun) {
					update(existing.get(), form, partners, null);
				}
				return new ImportOutcome.Updated(form.slug());
			}
			if (groups.slugTaken(form.slug(), null)) {
				throw new SlugTaken();
			}
			if (!dryRun) {
				create(form, partners, null);
			}
			return new ImportOutcome.Created(form.slug());
		}
		catch (SlugTaken taken) {
			return new ImportOutcome.Skipped(List.of(messages.getMessage("import.slugTaken", new Object[] { form.slug() }, locale)));
		}
	}

	/** What saving a group through the API did. */
	public sealed interface SaveOutcome {

		record Saved(Group group, boolean created) implements SaveOutcome {
		}

		/** Field name → message, in the caller's language. */
		record Invalid(Map<String, String> errors) implements SaveOutcome {
		}
	}

	/**
	 * Creates a group (its author becomes its admin) or updates one the author may edit, with
	 * the checks of the form.
	 */
	@Transactional
	public SaveOutcome save(GroupForm form, @Nullable Group existing, SignedInUser author, Locale locale) {
		var errors = validate(form, locale);
		List<Group.Partner> partners = checkParts(form, errors);
		if (!errors.hasErrors()) {
			try {
				return existing == null ? new SaveOutcome.Saved(create(form, partners, author), true)
						: new SaveOutcome.Saved(update(existing, form, partners, author), false);
			}
			catch (SlugTaken taken) {
				errors.rejectValue("slug", "group.slug.taken");
			}
		}
		return new SaveOutcome.Invalid(firstErrorByField(errors, locale));
	}

	private DirectFieldBindingResult validate(GroupForm form, Locale locale) {
		var errors = new DirectFieldBindingResult(form, "form");
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale); // Bean Validation messages follow the caller's language
		try {
			validator.validate(form, errors);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		return errors;
	}

	private Map<String, String> firstErrorByField(Errors errors, Locale locale) {
		Map<String, String> firstByField = new LinkedHashMap<>();
		errors.getFieldErrors()
			.forEach(error -> firstByField.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
		return firstByField;
	}
}
