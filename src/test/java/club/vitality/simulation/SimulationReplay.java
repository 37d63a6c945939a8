package club.vitality.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Replays a world with a simulated clock: from the start, at each step, hands over every event
 * that happened before that moment (oldest first), then ticks the clock to it; the last tick is
 * the end. An engine under test records the events (into {@code activity_event}, or straight
 * into its incremental state) and, at each tick, moves its clock and evaluates.
 */
public final class SimulationReplay {

	private SimulationReplay() {
	}

	public static void replay(SyntheticWorld world, Duration step, Consumer<SimulatedEvent> onEvent, Consumer<Instant> onTick) {
		if (step.isNegative() || step.isZero()) {
			throw new IllegalArgumentException("The replay's step must be positive");
		}
		Instant end = world.settings().end();
		Iterator<SimulatedEvent> events = world.events().iterator();
		SimulatedEvent next = events.hasNext() ? events.next() : null;
		Instant now = world.settings().start();
		while (now.isBefore(end)) {
			now = now.plus(step).isBefore(end) ? now.plus(step) : end;
			while (next != null && next.at().isBefore(now)) {
				onEvent.accept(next);
				next = events.hasNext() ? events.next() : null;
			}
			onTick.accept(now);
		}
	}
}
