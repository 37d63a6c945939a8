package club.vitality.simulation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One generated group: its facts, its events in time order, its fault if it has one. */
public record GroupSimulation(GroupFacts facts, List<SimulatedEvent> events, @Nullable InjectedFault fault) {
}
