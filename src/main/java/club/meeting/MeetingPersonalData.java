package club.meeting;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/**
 * A person's answers to meetings, whether they came, their date poll answers and their private
 * calendar address. On deletion all go: meetings keep their number of participants.
 */
@Component
class MeetingPersonalData implements PersonalData {

	private final MeetingRepository meetings;

	MeetingPersonalData(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@Override
	public String section() {
		return "meetings";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return Map.of("answers", meetings.answersOf(accountId), "pollAnswers", meetings.pollAnswersOf(accountId));
	}

	@Override
	public void erase(long accountId) {
		meetings.forget(accountId);
	}
}
