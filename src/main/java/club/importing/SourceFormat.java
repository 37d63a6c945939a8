package club.importing;

public enum SourceFormat {
	CSV, BAZAR
}
