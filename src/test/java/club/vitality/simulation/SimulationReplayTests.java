package club.vitality.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The replay hands over each event once, between the tick before it and the tick after it, and ends at the end. */
class SimulationReplayTests {

	@Test
	void everyEventComesOnceBeforeTheFirstTickAfterIt() {
		SyntheticWorld world = SyntheticWorld.generate(SimulationSettings.benchmark(3).withGroups(10));
		Duration step = Duration.ofDays(10);
		var ticks = new ArrayList<Instant>();
		var events = new ArrayList<SimulatedEvent>();
		ticks.add(world.settings().start());
		SimulationReplay.replay(world, step, event -> {
			assertThat(event.at()).isAfterOrEqualTo(ticks.getLast());
			events.add(event);
		}, now -> {
			assertThat(events).allSatisfy(event -> assertThat(event.at()).isBefore(now));
			ticks.add(now);
		});
		assertThat(events).isEqualTo(world.events().toList());
		List<Instant> steps = ticks.subList(0, ticks.size() - 1);
		for (int i = 1; i < steps.size(); i++) {
			assertThat(Duration.between(steps.get(i - 1), steps.get(i))).isEqualTo(step);
		}
		assertThat(ticks.getLast()).isEqualTo(world.settings().end());
		assertThat(Duration.between(ticks.get(ticks.size() - 2), ticks.getLast())).isPositive().isLessThanOrEqualTo(step);
	}

	@Test
	void aStepMustMoveTheClock() {
		SyntheticWorld world = SyntheticWorld.generate(SimulationSettings.benchmark(3).withGroups(1));
		assertThatThrownBy(() -> SimulationReplay.replay(world, Duration.ZERO, event -> {
		}, now -> {
		})).isInstanceOf(IllegalArgumentException.class);
	}
}
