package club.platform.mail;

import java.util.List;
import java.util.Optional;

/**
 * The notifications a person may choose not to receive, each made of mail kinds. Mails about
 * the account itself (verification, password) and invitations, which go to an address rather
 * than to a member, are always sent.
 */
public enum MailTopic {
	MEMBERSHIP_REQUESTS(List.of("membershipRequestReceived")),
	MEMBERSHIP_DECISIONS(List.of("membershipAccepted", "membershipRefused")),
	VOUCHING(List.of("membershipVouchAsked")),
	INTERVIEWS(List.of("membershipInterviewProposed", "membershipInterviewConfirmed", "membershipInterviewScheduled")),
	MEMBERSHIP_RENEWALS(List.of("placeMembershipExpiring")),
	ECOSYSTEM_ADMISSIONS(List.of("admissionReceived", "admissionAccepted", "admissionRefused")),
	MEETINGS(List.of("meetingSeat", "meetingReminder", "seriesDue", "seriesPollOpened", "meetingChanged")),
	/** Every group's news, whatever pace was chosen for each group. */
	NEWS(List.of("newsPost", "newsDigest")),
	/** Replies in followed threads and mentions. */
	DISCUSSION(List.of("discussionReply", "discussionMention", "discussionDigest", "discussionCaught")),
	/**
	 * A facilitator asking the carriers of a project for news; its carriers added, joining or
	 * removed. A followed project becoming a group is an invitation (projectGraduated): always sent.
	 */
	PROJECTS(List.of("projectNewsAsked", "projectCarrierAdded", "projectCarrierJoined", "projectCarrierRemoved")),
	/** The nudges about a group's vitality, their weekly digest, the helpers' calls and dormancy reviews. */
	VITALITY(List.of("vitalityNudge", "vitalityContact", "vitalityDormancy", "vitalityDigest"));


	private final List<String> kinds;

	MailTopic(List<String> kinds) {
		this.kinds = kinds;
	}

	static Optional<MailTopic> of(String kind) {
		for (MailTopic topic : values()) {
			if (topic.kinds.contains(kind)) {
				return Optional.of(topic);
			}
		}
		return Optional.empty();
	}
}
