package club.project;

import org.jspecify.annotations.Nullable;

import club.directory.GroupForm;
import club.directory.GroupType;

/** The new group a project graduates into, as typed: its name, short name and tagline; the directory checks them. */
public record GraduationForm(@Nullable String name, @Nullable String slug, @Nullable String tagline) {

	static GraduationForm of(Project project) {
		return new GraduationForm(project.title(), "", "");
	}

	/** A thematic group, active, described by the project's description; the rest is for its admins to fill. */
	GroupForm group(Project project) {
		return GroupForm.of(name, tagline, GroupType.THEMATIC, slug, description(project));
	}

	/** A group's description is shorter than a project's: a long one is cut, the project page keeps it whole. */
	private static String description(Project project) {
		String text = project.description();
		return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
	}

	static final int MAX_DESCRIPTION = 5_000;
}
