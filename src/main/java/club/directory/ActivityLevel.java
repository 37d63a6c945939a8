package club.directory;

public enum ActivityLevel {
	PREPARATION, ACTIVE, ARCHIVED
}
