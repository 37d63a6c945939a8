package club.directory;

/** F3E (seed 004): what a community of practice is for. */
public enum Objective {
	EXPLORATION, EXPERIMENTATION, OPERATIONALIZATION
}
