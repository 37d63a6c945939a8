package club.access;

/** Who may see something a group shows (its member list, for one). */
public enum Audience {
	PUBLIC, MEMBERS, ORGANIZERS
}
