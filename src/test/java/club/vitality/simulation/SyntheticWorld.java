package club.vitality.simulation;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;

import club.activity.ActivityKind;

/**
 * A seeded synthetic world of groups and their activity logs for the vitality benchmark: the
 * same settings give the same groups, events and faults. Exactly {@code faultyShare} of the
 * groups (drawn with the seed) get one fault each. Groups are drawn in parallel, each from its
 * own seeded generator.
 */
public final class SyntheticWorld {

	private final SimulationSettings settings;
	private final List<GroupSimulation> groups;

	private SyntheticWorld(SimulationSettings settings, List<GroupSimulation> groups) {
		this.settings = settings;
		this.groups = groups;
	}

	public static SyntheticWorld generate(SimulationSettings settings) {
		UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(settings.seed());
		int[] order = PermutationSampler.natural(settings.groups());
		PermutationSampler.shuffle(rng, order);
		boolean[] faulty = new boolean[settings.groups()];
		for (int i = 0; i < Math.round(settings.groups() * settings.faultyShare()); i++) {
			faulty[order[i]] = true;
		}
		List<GroupSimulation> groups = IntStream.range(0, settings.groups())
			.parallel()
			.mapToObj(i -> new GroupSimulator(settings, settings.firstGroupId() + i).simulate(faulty[i]))
			.toList();
		return new SyntheticWorld(settings, groups);
	}

	public SimulationSettings settings() {
		return settings;
	}

	public List<GroupSimulation> simulations() {
		return groups;
	}

	public List<GroupFacts> groups() {
		return groups.stream().map(GroupSimulation::facts).toList();
	}

	public List<InjectedFault> faults() {
		return groups.stream().map(GroupSimulation::fault).filter(Objects::nonNull).toList();
	}

	public GroupSimulation group(long groupId) {
		return groups.get(Math.toIntExact(groupId - settings.firstGroupId()));
	}

	public long eventCount() {
		return groups.stream().mapToLong(group -> group.events().size()).sum();
	}

	public Map<ActivityKind, Long> countsByKind() {
		var counts = new EnumMap<ActivityKind, Long>(ActivityKind.class);
		for (GroupSimulation group : groups) {
			for (SimulatedEvent event : group.events()) {
				counts.merge(event.kind(), 1L, Long::sum);
			}
		}
		return counts;
	}

	/** What was generated, as Markdown: groups, events by kind, faults by type. */
	public String describe() {
		Instant start = settings.start();
		var out = new StringBuilder();
		out.append("%d groups (%d created during the window), seed %d, from %s for %s, scale %s: %d events.%n%n".formatted(
				groups.size(), groups.stream().filter(group -> group.facts().createdAt().isAfter(start)).count(), settings.seed(),
				start, settings.length(), settings.scale(), eventCount()));
		out.append("| kind | events |\n| --- | ---: |\n");
		countsByKind().forEach((kind, count) -> out.append("| %s | %d |%n".formatted(kind, count)));
		out.append("\n| fault | groups |\n| --- | ---: |\n");
		faults().stream()
			.collect(Collectors.groupingBy(fault -> fault.type() + " " + fault.indicator()
					+ (fault.afterPollWithoutDate() ? " after a poll without a date" : ""), TreeMap::new, Collectors.counting()))
			.forEach((kind, count) -> out.append("| %s | %d |%n".formatted(kind, count)));
		return out.toString();
	}

	/** Every event of every group, oldest first (ties by group id), merged lazily for a replay. */
	public Stream<SimulatedEvent> events() {
		return StreamSupport.stream(Spliterators.spliterator(new Merge(groups), eventCount(),
				Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED), false);
	}

	/** A k-way merge of the groups' sorted event lists. */
	private static final class Merge implements Iterator<SimulatedEvent> {

		private record Cursor(List<SimulatedEvent> events, int index) {
			SimulatedEvent head() {
				return events.get(index);
			}
		}

		private final PriorityQueue<Cursor> queue = new PriorityQueue<>(
				Comparator.comparing((Cursor cursor) -> cursor.head().at()).thenComparingLong(cursor -> cursor.head().groupId()));

		Merge(List<GroupSimulation> groups) {
			for (GroupSimulation group : groups) {
				if (!group.events().isEmpty()) {
					queue.add(new Cursor(group.events(), 0));
				}
			}
		}

		@Override
		public boolean hasNext() {
			return !queue.isEmpty();
		}

		@Override
		public SimulatedEvent next() {
			Cursor cursor = queue.poll();
			if (cursor == null) {
				throw new NoSuchElementException();
			}
			if (cursor.index() + 1 < cursor.events().size()) {
				queue.add(new Cursor(cursor.events(), cursor.index() + 1));
			}
			return cursor.head();
		}
	}
}
