package club.resource;

import org.jspecify.annotations.Nullable;

/** The licenses a resource may carry; CC BY-SA 4.0 by default, as coop-group's charter asks. Labels are bundle keys {@code resource.license.NAME}. */
public enum License {
	CC_BY_SA_4("https://creativecommons.org/licenses/by-sa/4.0/"),
	CC_BY_4("https://creativecommons.org/licenses/by/4.0/"),
	CC0_1("https://creativecommons.org/publicdomain/zero/1.0/"),
	CC_BY_NC_SA_4("https://creativecommons.org/licenses/by-nc-sa/4.0/"),
	ALL_RIGHTS_RESERVED(null);

	public static final License DEFAULT = CC_BY_SA_4;

	private final @Nullable String url;

	License(@Nullable String url) {
		this.url = url;
	}

	/** The license's text, when it has one. */
	public @Nullable String url() {
		return url;
	}
}
