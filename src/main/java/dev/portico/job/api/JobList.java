package dev.portico.job.api;

import dev.portico.platform.paging.PageRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of jobs (the response itself is a {@code ListPage}). */
@Schema(name = "JobList")
record JobList(
    @Schema(example = "list") String object,
    @Schema(description = "The jobs on this page.", maxItems = PageRequest.MAX_LIMIT)
        List<JobResponse> data,
    @Schema(description = "Whether another page follows.") boolean hasMore,
    @Schema(nullable = true) String nextCursor) {}
