package club.access;

/** The roles held in an ecosystem. */
public enum EcosystemRole {
	/** Keeps the ecosystem: its page, its charter, its admissions. */
	STEWARD,
	/** Follows the groups' vitality and helps them. */
	HELPER
}
