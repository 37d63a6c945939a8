package club.directory;

/** Seed 001: a group works on a theme, on a territory, or supports other groups. */
public enum GroupType {
	THEMATIC, TERRITORIAL, SUPPORT
}
