package club.project;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A row of the tracking board: the project, the days since its last update, whether its due date
 * is past, and its carriers (null for a former member).
 */
public record BoardRow(Project project, long daysSinceUpdate, boolean overdue, List<@Nullable Long> carriers) {
}
