package club.directory;

import java.util.List;

/** One page of directory results. */
public record DirectoryPage(List<Group> groups, long total, DirectoryQuery query) {

	public int pageCount() {
		return (int) Math.max(1, (total + DirectoryQuery.PAGE_SIZE - 1) / DirectoryQuery.PAGE_SIZE);
	}
}
