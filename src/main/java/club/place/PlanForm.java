package club.place;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import club.platform.validation.NumberIn;

/** A plan as typed: its price in the place's currency (decimals with a comma or a point). */
public record PlanForm(
		@NotBlank(message = "{plan.name.required}") @Size(max = 80, message = "{plan.name.tooLong}") @Nullable String name,
		@NotBlank(message = "{plan.price.invalid}") @NumberIn(min = "0", max = "1000000", message = "{plan.price.invalid}")
		@Nullable String price,
		@NotBlank(message = "{plan.period.required}") @Pattern(regexp = "MONTH|YEAR", message = "{plan.period.required}")
		@Nullable String period,
		@Size(max = 2000, message = "{place.lines.tooLong}") @Nullable String services,
		@NotBlank(message = "{membership.settings.process.required}")
		@Pattern(regexp = "OPEN|APPROVAL|COOPTATION|APPLICATION", message = "{membership.settings.process.required}")
		@Nullable String process,
		@Nullable String vouches,
		@Nullable String questions,
		@Nullable String active) {

	static PlanForm empty() {
		return new PlanForm("", "", "MONTH", "", "OPEN", "2", "", "true");
	}

	static PlanForm of(Plan plan) {
		return new PlanForm(plan.name(), java.math.BigDecimal.valueOf(plan.priceCents(), 2).toPlainString(), plan.period().name(),
				String.join("\n", plan.services()), plan.rule().process().name(), Integer.toString(plan.rule().vouchesNeeded()),
				String.join("\n", plan.rule().questions()), Boolean.toString(plan.active()));
	}

	long priceCents() {
		return new java.math.BigDecimal(price.strip().replace(',', '.')).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
			.longValueExact();
	}
}
