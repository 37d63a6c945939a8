package club.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Page addresses, internal links made into Markdown links, and the diff's view: without the application. */
class WikiLinksTests {

	@Test
	void aPagesAddressComesFromItsNameWithoutAccentsNorPunctuation() {
		assertThat(WikiLinks.slug("Comment nous rejoindre ?")).isEqualTo("comment-nous-rejoindre");
		assertThat(WikiLinks.slug("  Idées à creuser — été 2026 ")).isEqualTo("idees-a-creuser-ete-2026");
		assertThat(WikiLinks.slug("<script>")).isEqualTo("script");
		assertThat(WikiLinks.slug("!!!")).isEmpty();
		assertThat(WikiLinks.slug("a".repeat(150))).hasSize(WikiLinks.MAX_SLUG);
		assertThat(WikiLinks.isSlug("idees-a-creuser")).isTrue();
		assertThat(WikiLinks.isSlug("Idees")).isFalse();
		assertThat(WikiLinks.isSlug("a--b")).isFalse();
		assertThat(WikiLinks.isSlug("../admin")).isFalse();
	}

	@Test
	void internalLinksBecomeMarkdownLinksWhoseLabelsCannotCarryMarkup() {
		String resolved = WikiLinks.resolve("[[Projets]], [[Charte|nos *règles*]], [[Idées](javascript:alert(1))|x]] et [[À faire]]", "g1",
				Set.of("projets", "charte"), "(à créer)");
		assertThat(resolved).startsWith("[Projets](/g/g1/wiki/projets), [nos \\*règles\\*](/g/g1/wiki/charte), ")
			.endsWith(" et [À faire \\(à créer\\)](/g/g1/wiki/a-faire/edit?title=%C3%80+faire)");
		// A link whose name holds brackets is no link: its text stays as typed, which Markdown then escapes.
		assertThat(resolved).contains("[[Idées](javascript:alert(1))|x]]");
		assertThat(WikiLinks.resolve("[[!!!]]", "g1", Set.of(), "(à créer)")).isEqualTo("\\[\\[\\!\\!\\!\\]\\]");
	}

	@Test
	void theDiffShowsChangedLinesWithTheirContextAndOneGapForLongerUnchangedRuns() {
		String older = IntStream.rangeClosed(1, 20).mapToObj(i -> "ligne " + i).collect(Collectors.joining("\n"));
		String newer = older.replace("ligne 10", "ligne dix") + "\nligne 21";
		var lines = WikiDiff.between(older, newer);
		assertThat(lines).extracting(WikiDiff.Line::kind).containsExactly(WikiDiff.Kind.GAP, WikiDiff.Kind.SAME, WikiDiff.Kind.SAME,
				WikiDiff.Kind.SAME, WikiDiff.Kind.REMOVED, WikiDiff.Kind.ADDED, WikiDiff.Kind.SAME, WikiDiff.Kind.SAME, WikiDiff.Kind.SAME,
				WikiDiff.Kind.GAP, WikiDiff.Kind.SAME, WikiDiff.Kind.SAME, WikiDiff.Kind.SAME, WikiDiff.Kind.ADDED);
		assertThat(lines.get(4)).isEqualTo(new WikiDiff.Line(WikiDiff.Kind.REMOVED, 10, 0, "ligne 10"));
		assertThat(lines.get(5)).isEqualTo(new WikiDiff.Line(WikiDiff.Kind.ADDED, 0, 10, "ligne dix"));
		assertThat(lines.getLast()).isEqualTo(new WikiDiff.Line(WikiDiff.Kind.ADDED, 0, 21, "ligne 21"));
		assertThat(WikiDiff.between(older, older + "\n")).isEmpty();
	}
}
