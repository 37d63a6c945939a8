package club.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a person's sessions on every node: they live in the database, indexed by principal. */
@Component
class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** After a password change: every other session ends, the current one gets a new id. */
	void endOthers(AccountUser user, HttpServletRequest request) {
		var current = request.getSession(false);
		String keep = current == null ? null : current.getId();
		sessions.findByPrincipalName(user.getUsername()).keySet().stream()
			.filter(id -> !id.equals(keep))
			.forEach(sessions::deleteById);
		if (current != null) {
			request.changeSessionId();
		}
	}

	/** After a password reset or account deletion: every session ends, this one too. */
	void endAll(String principalName, HttpServletRequest request) {
		sessions.findByPrincipalName(principalName).keySet().forEach(sessions::deleteById);
		var current = request.getSession(false);
		if (current != null) {
			current.invalidate();
		}
		SecurityContextHolder.clearContext();
	}
}
