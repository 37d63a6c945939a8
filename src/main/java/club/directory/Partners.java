package club.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import club.platform.validation.HttpUrl;

/** Partners as typed in the form: one per line, "Name | https://address" (the address is optional). */
final class Partners {

	static final int MAX = 20;

	private Partners() {
	}

	/** The number of the first line that is not a valid partner. */
	static final class BadLine extends Exception {

		final int line;

		BadLine(int line) {
			super("partner line " + line, null, false, false);
			this.line = line;
		}
	}

	static List<Group.Partner> parse(String text) throws BadLine {
		List<Group.Partner> partners = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\|", 2);
			String name = parts[0].strip();
			String url = parts.length > 1 ? parts[1].strip() : "";
			if (name.isEmpty() || name.length() > 120 || (!url.isEmpty() && !HttpUrl.Validator.valid(url))
					|| partners.size() == MAX) {
				throw new BadLine(i + 1);
			}
			partners.add(new Group.Partner(name, url.isEmpty() ? null : url));
		}
		return partners;
	}

	static String format(List<Group.Partner> partners) {
		return partners.stream()
			.map(partner -> partner.url() == null ? partner.name() : partner.name() + " | " + partner.url())
			.collect(Collectors.joining("\n"));
	}
}
