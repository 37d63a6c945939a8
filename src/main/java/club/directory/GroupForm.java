package club.directory;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import club.platform.validation.HttpUrl;
import club.platform.validation.NumberIn;

/** The group record as typed in the form: the four mandatory fields first. */
public record GroupForm(
		@NotBlank(message = "{group.name.required}") @Size(max = 120, message = "{group.name.tooLong}") @Nullable String name,
		@NotBlank(message = "{group.tagline.required}") @Size(max = 140, message = "{group.tagline.tooLong}")
		@Nullable String tagline,
		@NotBlank(message = "{group.type.required}") @Pattern(regexp = "THEMATIC|TERRITORIAL|SUPPORT", message = "{group.type.required}")
		@Nullable String type,
		@NotBlank(message = "{group.slug.required}") @Size(min = 2, max = 40, message = "{group.slug.invalid}")
		@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{group.slug.invalid}") @Nullable String slug,
		@Size(max = 5000, message = "{group.description.tooLong}") @Nullable String description,
		@Size(max = 1000, message = "{group.keywords.tooLong}") @Nullable String keywords,
		@Size(max = 80, message = "{profile.place.tooLong}") @Nullable String country,
		@Size(max = 80, message = "{profile.place.tooLong}") @Nullable String region,
		@NumberIn(min = "-90", max = "90", message = "{group.latitude.invalid}") @Nullable String latitude,
		@NumberIn(min = "-180", max = "180", message = "{group.longitude.invalid}") @Nullable String longitude,
		@NumberIn(min = "0", max = "10000000", integer = true, message = "{group.memberCount.invalid}")
		@Nullable String memberCount,
		@NotBlank(message = "{group.activity.required}")
		@Pattern(regexp = "PREPARATION|ACTIVE|ARCHIVED", message = "{group.activity.required}") @Nullable String activity,
		@Size(max = 2000, message = "{group.domain.tooLong}") @Nullable String domain,
		@Pattern(regexp = "|EXPLORATION|EXPERIMENTATION|OPERATIONALIZATION", message = "{typeMismatch}")
		@Nullable String objective,
		@Size(max = 3000, message = "{group.partners.tooLong}") @Nullable String partners,
		@HttpUrl @Nullable String linkHome, @HttpUrl @Nullable String linkInformation, @HttpUrl @Nullable String linkMeetings,
		@HttpUrl @Nullable String linkDiscussion, @HttpUrl @Nullable String linkProjects,
		@HttpUrl @Nullable String linkResources, @HttpUrl @Nullable String linkCatalogue,
		@HttpUrl @Nullable String linkSubscribe, @HttpUrl @Nullable String linkUnsubscribe,
		@HttpUrl @Nullable String linkMembers, @HttpUrl @Nullable String linkAdministration,
		@HttpUrl @Nullable String linkTracking, @HttpUrl @Nullable String linkCalendar, @HttpUrl @Nullable String linkFeed) {

	static GroupForm empty() {
		return new GroupForm("", "", "", "", "", "", "", "", "", "", "", ActivityLevel.PREPARATION.name(), "", "", "", "", "",
				"", "", "", "", "", "", "", "", "", "", "", "");
	}

	/** An active group's record with its mandatory fields and a description, the rest left blank. */
	public static GroupForm of(String name, String tagline, GroupType type, String slug, String description) {
		return new GroupForm(name, tagline, type.name(), slug, description, "", "", "", "", "", "", ActivityLevel.ACTIVE.name(), "", "", "", "",
				"", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	// The typed values, once validated.

	GroupType typeValue() {
		return GroupType.valueOf(type);
	}

	ActivityLevel activityValue() {
		return ActivityLevel.valueOf(activity);
	}

	@Nullable Objective objectiveValue() {
		return objective == null || objective.isBlank() ? null : Objective.valueOf(objective);
	}

	@Nullable Double latitudeValue() {
		return decimal(latitude);
	}

	@Nullable Double longitudeValue() {
		return decimal(longitude);
	}

	@Nullable Integer memberCountValue() {
		return memberCount == null || memberCount.isBlank() ? null
				: Integer.valueOf(memberCount.replaceAll("[\\s\u00a0\u202f]", ""));
	}

	private static @Nullable Double decimal(@Nullable String text) {
		return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
	}

	/** The filled-in links, blank ones left out. */
	Map<ServiceLink, String> links() {
		var links = new EnumMap<ServiceLink, String>(ServiceLink.class);
		String[] values = { linkHome, linkInformation, linkMeetings, linkDiscussion, linkProjects, linkResources,
				linkCatalogue, linkSubscribe, linkUnsubscribe, linkMembers, linkAdministration, linkTracking, linkCalendar, linkFeed };
		for (ServiceLink kind : ServiceLink.values()) {
			String value = values[kind.ordinal()];
			if (value != null && !value.isBlank()) {
				links.put(kind, value.strip());
			}
		}
		return links;
	}

	/** The value of a link field by its kind, for the template. */
	public String link(ServiceLink kind) {
		String value = links().get(kind);
		return value == null ? "" : value;
	}

	static GroupForm of(Group group) {
		var links = group.links();
		return new GroupForm(group.name(), group.tagline(), group.type().name(), group.slug(), text(group.description()),
				String.join(", ", group.keywords()), text(group.country()), text(group.region()),
				group.position() == null ? "" : String.valueOf(group.position().latitude()),
				group.position() == null ? "" : String.valueOf(group.position().longitude()),
				group.memberCount() == null ? "" : String.valueOf(group.memberCount()), group.activity().name(),
				text(group.domain()), group.objective() == null ? "" : group.objective().name(),
				Partners.format(group.partners()), links.get(ServiceLink.HOME),
				links.get(ServiceLink.INFORMATION), links.get(ServiceLink.MEETINGS), links.get(ServiceLink.DISCUSSION),
				links.get(ServiceLink.PROJECTS), links.get(ServiceLink.RESOURCES), links.get(ServiceLink.CATALOGUE),
				links.get(ServiceLink.SUBSCRIBE), links.get(ServiceLink.UNSUBSCRIBE), links.get(ServiceLink.MEMBERS),
				links.get(ServiceLink.ADMINISTRATION), links.get(ServiceLink.TRACKING), links.get(ServiceLink.CALENDAR),
				links.get(ServiceLink.FEED));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
