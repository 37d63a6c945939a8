/**
 * Vitality: five indicators per group (tracking board, meetings, news, discussion, shared space)
 * computed from the activity log by a pure engine ({@link club.vitality.VitalityEngine}), with the
 * people's answers laid over them, nudges up a ladder (facilitators, then the group's helper) under
 * a noise budget, the facilitators' page and the helpers' dashboard of an ecosystem.
 */
@ApplicationModule(displayName = "Vitality")
@NullMarked
package club.vitality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
