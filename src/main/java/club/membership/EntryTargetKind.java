package club.membership;

import java.util.Optional;

/** Finds the targets of one kind by id, so that a request's page can show what it is for. */
public interface EntryTargetKind {

	String kind();

	Optional<? extends EntryTarget> find(long id);
}
