package club.vitality.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The vitality benchmark's detection part (bench/vitality.sh runs it; it is not a unit test): a
 * seeded synthetic world of groups over three years with faults injected in half of them is
 * replayed day by day through the real engine, and the nudges it would send are scored against
 * the ground truth. Writes target/bench/vitality-detection.md.
 */
@EnabledIfSystemProperty(named = "club.bench", matches = "vitality")
class VitalityDetectionBenchmark {

	@Test
	void replayTheSyntheticWorldThroughTheEngine() throws IOException {
		long seed = Long.getLong("club.bench.seed", 42);
		int groups = Integer.getInteger("club.bench.groups", 1_000);
		long started = System.nanoTime();
		SyntheticWorld world = SyntheticWorld.generate(SimulationSettings.benchmark(seed).withGroups(groups));
		long generated = System.nanoTime();
		List<EngineReplay.Replayed> replays = world.simulations()
			.parallelStream()
			.map(group -> EngineReplay.replay(group, world.settings().start(), world.settings().end()))
			.toList();
		List<Nudge> nudges = replays.stream().flatMap(replay -> replay.nudges().stream()).toList();
		var episodes = new java.util.TreeMap<String, Integer>();
		var episodeNudges = new java.util.TreeMap<String, Integer>();
		replays.forEach(replay -> {
			replay.healthyEpisodes().forEach((reason, count) -> episodes.merge(reason, count, Integer::sum));
			replay.healthyNudges().forEach((reason, count) -> episodeNudges.merge(reason, count, Integer::sum));
		});
		long replayed = System.nanoTime();
		SimulationScore score = SimulationScorer.of(world).score(nudges);
		String report = """
				# Vitality detection benchmark

				Seed %d, %d groups, %s to %s; generated in %.1f s, replayed day by day through the engine in %.1f s (%d evaluations of a group).

				%s

				%s

				Nudges in healthy groups (all false), by the indicator, reason and state of their episode's first
				nudge: the episodes, and the nudges their ladders sent (the first, its repeats, the reviews):

				| indicator, reason, state | episodes | nudges |
				| --- | ---: | ---: |
				%s
				""".formatted(seed, groups, world.settings().start(), world.settings().end(), (generated - started) / 1e9, (replayed - generated) / 1e9,
				evaluations(world), world.describe(), score.toMarkdown(),
				String.join("\n", episodes.entrySet()
					.stream()
					.map(entry -> "| " + entry.getKey() + " | " + entry.getValue() + " | " + episodeNudges.get(entry.getKey()) + " |")
					.toList()));
		Path out = Path.of("target", "bench", "vitality-detection.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
	}

	private static long evaluations(SyntheticWorld world) {
		return world.groups()
			.stream()
			.mapToLong(group -> java.time.Duration.between(group.activeFrom(world.settings().start()), world.settings().end()).toDays())
			.sum();
	}
}
