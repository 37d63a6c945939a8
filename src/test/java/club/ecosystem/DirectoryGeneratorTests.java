package club.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import club.directory.GroupDirectory;
import club.support.ClubTest;

@ClubTest
class DirectoryGeneratorTests {

	@Autowired
	GroupDirectory directory;

	@Test
	void generatedGroupsPassTheDirectorysChecksAndTheSameSeedMakesTheSameDirectory() {
		var random = new Random(7);
		IntStream.range(0, 300).forEach(i -> {
			var outcome = directory.importGroup(DirectoryGenerator.group(random, 900_000 + i), null, true, Locale.FRENCH);
			assertThat(outcome).as("group %d", i).isInstanceOf(GroupDirectory.ImportOutcome.Created.class);
		});
		assertThat(DirectoryGenerator.group(new Random(3), 1)).isEqualTo(DirectoryGenerator.group(new Random(3), 1));
	}
}
