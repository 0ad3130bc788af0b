package dev.portico.job.api;

import dev.portico.job.domain.JobDetails;
import dev.portico.platform.json.PatchBody;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** Applies a PATCH body to a job's current details: what was sent changes, nothing else. */
final class JobPatch {

  private JobPatch() {}

  static JobDetails apply(JobDetails current, PatchBody<UpdateJobRequest> patch) {
    UpdateJobRequest sent = patch.value();
    if (patch.has("title") && sent.title() == null) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          ErrorCode.VALIDATION_FAILED.defaultDetail(),
          List.of(new FieldError("title", "cannot be cleared")));
    }
    Map<String, String> metadata = patch.has("metadata") ? sent.metadata() : current.metadata();
    return new JobDetails(
        patch.has("title") ? sent.title().strip() : current.title(),
        patch.has("description") ? sent.description() : current.description(),
        patch.has("address")
            ? (sent.address() == null ? null : sent.address().toAddress())
            : current.address(),
        metadata == null ? Map.of() : metadata);
  }
}
