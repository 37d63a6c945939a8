package club.place;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A payment the operator recorded: no payment provider is integrated (see {@link OnlinePayments}). */
public record Payment(long id, long membershipId, long amountCents, LocalDate paidOn, Method method, @Nullable String reference) {

	public enum Method {
		CASH, TRANSFER, CARD, CHEQUE, MOBILE_MONEY, OTHER
	}
}
