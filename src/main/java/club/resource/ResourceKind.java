package club.resource;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What a resource is: a link (an http(s) address), an uploaded file, or a note whose description is its text. */
public enum ResourceKind {
	LINK, FILE, TEXT;

	/** The kind by its name, as a form or an address sends it. */
	static Optional<ResourceKind> parse(@Nullable String name) {
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
	}
}
