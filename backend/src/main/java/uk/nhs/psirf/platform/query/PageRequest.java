package uk.nhs.psirf.platform.query;

/** Zero-based page of at most {@link #MAX_SIZE} items (limits as in openapi.yaml). */
public record PageRequest(int page, int size) {
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public int offset() {
        return page * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
