package club.access;

/** What can be done to a place; its operators do it all (platform admins too). */
public enum PlaceOperation {
	EDIT, MANAGE_PLANS, DECIDE_REQUESTS, SEE_MEMBERSHIPS, RECORD_PAYMENTS
}
