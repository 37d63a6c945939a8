package club.project;

/** A row of the tracking board: the project, the days since its last update, whether its due date is past. */
public record BoardRow(Project project, long daysSinceUpdate, boolean overdue) {
}
