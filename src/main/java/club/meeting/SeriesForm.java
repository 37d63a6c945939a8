package club.meeting;

/** A series' rhythm as typed on its edit page: the new rhythm, the date it counts from, and whether the series goes on. */
public record SeriesForm(RhythmChoice choice, String from, String active) {
}
