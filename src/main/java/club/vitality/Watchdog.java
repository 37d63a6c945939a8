package club.vitality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.account.Accounts;
import club.platform.mail.Mailer;
import club.platform.mail.Recipient;

/**
 * Watches the engine itself: when the hourly evaluation has not beaten for {@link #SILENCE}, the
 * platform's admins get one mail per silence (whichever node notices first).
 */
@Service
class Watchdog {

	private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

	static final Duration SILENCE = Duration.ofHours(3);

	private final VitalityRepository repository;
	private final Accounts accounts;
	private final Mailer mailer;
	private final Nudging nudging;
	private final Clock clock;

	Watchdog(VitalityRepository repository, Accounts accounts, Mailer mailer, Nudging nudging, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.mailer = mailer;
		this.nudging = nudging;
		this.clock = clock;
	}

	/** True when the admins were told now. */
	@Transactional
	boolean check() {
		Instant now = clock.instant();
		Optional<Instant> last = repository.lastBeat(Vitality.HEARTBEAT);
		if (last.isEmpty() || !repository.alert(Vitality.HEARTBEAT, now.minus(SILENCE), now)) {
			return false;
		}
		log.error("The vitality evaluation has not run since {}", last.get());
		for (Recipient admin : accounts.platformAdmins()) {
			mailer.send(admin, "vitalityStalled", "/admin/mails", nudging.date(last.get(), admin.locale()));
		}
		return true;
	}
}
