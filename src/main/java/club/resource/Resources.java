package club.resource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.Audience;
import club.access.GroupOperation;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.ecosystem.Ecosystems;
import club.platform.security.RateLimiter;
import club.platform.security.SignedInUser;
import club.platform.web.ContentVersion;

/**
 * A group's shared space: its members add links, files and notes; its curators (and organizers)
 * catch contributions into it, and edit or delete any resource; whoever added one edits or deletes
 * it too. Every resource added goes to the activity log. The discussion module catches a message
 * through {@link #catchText}.
 */
@Service
public class Resources {

	static final int PAGE_SIZE = 20;
	/** Uploads a person may make in an hour: enough for a meeting's documents, not for filling the database. */
	static final int UPLOADS_PER_HOUR = 30;

	/** One page of a list of resources, from 1. */
	record Slice(List<Resource> resources, int pageNumber, int pageCount) {
	}

	/** A file refused, or a person uploading too much: the message key to show next to the file field, and its arguments. */
	static final class FileRefused extends Exception {

		final String messageKey;
		final Object[] arguments;

		FileRefused(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}
	}

	private final ResourceRepository resources;
	private final FileInspector files;
	private final Access access;
	private final ActivityLog activity;
	private final Ecosystems ecosystems;
	private final ContentVersion contentVersion;
	private final RateLimiter rateLimiter;
	private final Clock clock;

	Resources(ResourceRepository resources, FileInspector files, Access access, ActivityLog activity, Ecosystems ecosystems,
			ContentVersion contentVersion, RateLimiter rateLimiter, Clock clock) {
		this.resources = resources;
		this.files = files;
		this.access = access;
		this.activity = activity;
		this.ecosystems = ecosystems;
		this.contentVersion = contentVersion;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
	}

	// --- who may do what

	boolean mayAdd(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.ADD_RESOURCES, groupId);
	}

	boolean mayCurate(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.CURATE_SHARED_SPACE, groupId);
	}

	/** Whoever added it (while still a member) and the group's curators. */
	boolean mayEdit(Resource resource, Optional<SignedInUser> user) {
		return mayCurate(resource.groupId(), user) || (mayAdd(resource.groupId(), user)
				&& user.filter(me -> Objects.equals(resource.addedBy(), me.accountId())).isPresent());
	}

	boolean readsMembersOnly(long groupId, Optional<SignedInUser> user) {
		return access.sees(user, groupId, Audience.MEMBERS);
	}

	boolean maySee(Resource resource, Optional<SignedInUser> user) {
		return resource.isPublic() || readsMembersOnly(resource.groupId(), user);
	}

	/**
	 * Public where one of the group's ecosystems asks, in its charter, that productions be shared;
	 * members only otherwise. A new resource's form starts from it.
	 */
	Audience defaultAudience(Group group) {
		return ecosystems.sharesProductions(group) ? Audience.PUBLIC : Audience.MEMBERS;
	}

	long maxFileSize() {
		return files.maxSize().toBytes();
	}

	// --- reading

	Optional<Resource> find(long id) {
		return resources.find(id);
	}

	Slice list(Group group, Optional<SignedInUser> viewer, @Nullable ResourceKind kind, @Nullable String tag, boolean productionsOnly,
			int page) {
		var filter = new ResourceRepository.Filter(readsMembersOnly(group.id(), viewer), kind, tag, productionsOnly);
		int pages = (int) Math.max(1, (resources.count(group.id(), filter) + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.clamp(page, 1, pages);
		return new Slice(resources.ofGroup(group.id(), filter, PAGE_SIZE, (number - 1) * PAGE_SIZE), number, pages);
	}

	List<String> tags(Group group, Optional<SignedInUser> viewer) {
		return resources.tags(group.id(), readsMembersOnly(group.id(), viewer));
	}

	Optional<byte[]> content(Resource resource) {
		return resources.content(resource.id());
	}

	// --- writing

	/**
	 * Checks an upload by its content and counts it against the person's hourly uploads; the file
	 * to store, or why not.
	 */
	FileInspector.Checked checkUpload(String fileName, byte[] content, SignedInUser by) throws FileRefused {
		FileInspector.Checked checked;
		try {
			checked = files.inspect(fileName, content);
		}
		catch (FileInspector.Refused refused) {
			throw new FileRefused(refused.messageKey(), files.maxSize().toMegabytes());
		}
		Optional<Duration> wait = rateLimiter.take("resource-upload:" + by.accountId(), UPLOADS_PER_HOUR, Duration.ofHours(1));
		if (wait.isPresent()) {
			throw new FileRefused("resource.file.tooMany", Math.max(1, wait.get().toMinutes()));
		}
		return checked;
	}

	/** Adds a resource (a FILE with its checked file) to the group's shared space, and to its activity log. */
	@Transactional
	Resource add(Group group, ResourceForm.Checked form, FileInspector.@Nullable Checked file, SignedInUser by) {
		if (form.kind() == ResourceKind.FILE && file == null) {
			throw new IllegalArgumentException("A file resource needs its file");
		}
		long id = resources.insert(group.id(), form, by.accountId(), null, clock.instant());
		if (file != null) {
			resources.storeFile(id, file);
		}
		return added(group.id(), id, by.accountId());
	}

	/** Edits a resource; a file's bytes are replaced when a new file comes. */
	@Transactional
	void edit(Resource resource, ResourceForm.Checked form, FileInspector.@Nullable Checked file) {
		resources.update(resource.id(), form, clock.instant());
		if (file != null && resource.kind() == ResourceKind.FILE) {
			resources.storeFile(resource.id(), file);
		}
		if (resource.isPublic() || form.audience() == Audience.PUBLIC) {
			contentVersion.changed();
		}
	}

	@Transactional
	void delete(Resource resource) {
		resources.delete(resource.id());
		if (resource.isPublic()) {
			contentVersion.changed();
		}
	}

	/**
	 * Catches a contribution (a discussion message, say) into the group's shared space as a note:
	 * written by {@code creditedAuthorId} (null for a former member), added by the curator, with a
	 * link back to where it came from. Members only (a discussion is), CC BY-SA 4.0, not a
	 * production: the curator may change that afterwards. The title is cut to
	 * {@link ResourceForm#MAX_TITLE} characters; a text longer than
	 * {@link ResourceForm#MAX_DESCRIPTION}, or a source that is neither an http(s) address nor a path of the platform, is refused
	 * (IllegalArgumentException). Refused (AccessDeniedException) unless the curator may curate
	 * the group's shared space.
	 */
	@Transactional
	public Resource catchText(long groupId, SignedInUser curator, String title, String markdown, @Nullable Long creditedAuthorId,
			@Nullable String sourceUrl, @Nullable String sourceLabel) {
		if (!mayCurate(groupId, Optional.of(curator))) {
			throw new AccessDeniedException("Shared space of group " + groupId);
		}
		String text = markdown.replace("\r\n", "\n").strip();
		if (text.isEmpty() || text.length() > ResourceForm.MAX_DESCRIPTION) {
			throw new IllegalArgumentException("A caught text has 1 to " + ResourceForm.MAX_DESCRIPTION + " characters");
		}
		if (sourceUrl != null && !ResourceForm.validSource(sourceUrl)) {
			throw new IllegalArgumentException("Not a source address: " + sourceUrl);
		}
		String label = sourceLabel == null || sourceLabel.isBlank() ? null : cut(sourceLabel.strip(), ResourceForm.MAX_SOURCE_LABEL);
		var form = new ResourceForm.Checked(ResourceKind.TEXT, cut(title.strip(), ResourceForm.MAX_TITLE), text, null, List.of(),
				License.DEFAULT, false, Audience.MEMBERS, sourceUrl, label);
		long id = resources.insert(groupId, form, curator.accountId(), creditedAuthorId, clock.instant());
		return added(groupId, id, curator.accountId());
	}

	private Resource added(long groupId, long id, long by) {
		activity.record(groupId, ActivityKind.RESOURCE_ADDED, by, id);
		Resource resource = resources.find(id).orElseThrow();
		if (resource.isPublic()) {
			contentVersion.changed();
		}
		return resource;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
