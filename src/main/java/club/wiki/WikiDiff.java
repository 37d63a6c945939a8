package club.wiki;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A line diff between two texts of a page (java-diff-utils' Myers diff), as a unified view: the
 * lines removed and added, each with a few unchanged lines around it; longer unchanged runs are
 * one gap. The lines are text, escaped by the template like any other.
 */
public final class WikiDiff {

	/** Unchanged lines shown around each change. */
	static final int CONTEXT = 3;

	public enum Kind {
		SAME, REMOVED, ADDED, GAP
	}

	/** A line of the view, with its number in the older text and in the newer one (0 where it has none). */
	public record Line(Kind kind, int from, int to, String text) {

		public boolean changed() {
			return kind == Kind.REMOVED || kind == Kind.ADDED;
		}
	}

	private WikiDiff() {
	}

	/** Empty when the texts have the same lines. */
	static List<Line> between(String older, String newer) {
		List<String> from = older.lines().toList();
		List<String> to = newer.lines().toList();
		List<Line> all = new ArrayList<>();
		int i = 0;
		int j = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			for (; i < delta.getSource().getPosition(); i++, j++) {
				all.add(new Line(Kind.SAME, i + 1, j + 1, from.get(i)));
			}
			for (String removed : delta.getSource().getLines()) {
				all.add(new Line(Kind.REMOVED, ++i, 0, removed));
			}
			for (String added : delta.getTarget().getLines()) {
				all.add(new Line(Kind.ADDED, 0, ++j, added));
			}
		}
		for (; i < from.size(); i++, j++) {
			all.add(new Line(Kind.SAME, i + 1, j + 1, from.get(i)));
		}
		return aroundChanges(all);
	}

	/** The changed lines with their context; each longer run of unchanged lines becomes one gap. */
	private static List<Line> aroundChanges(List<Line> all) {
		boolean[] shown = new boolean[all.size()];
		for (int k = 0; k < all.size(); k++) {
			if (all.get(k).changed()) {
				for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
					shown[c] = true;
				}
			}
		}
		List<Line> view = new ArrayList<>();
		for (int k = 0; k < all.size(); k++) {
			if (shown[k]) {
				view.add(all.get(k));
			}
			else if (view.isEmpty() || view.getLast().kind() != Kind.GAP) {
				view.add(new Line(Kind.GAP, 0, 0, ""));
			}
		}
		boolean anyChange = view.stream().anyMatch(Line::changed);
		return anyChange ? view : List.of();
	}
}
