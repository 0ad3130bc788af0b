package dev.portico.job.domain;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import java.util.stream.Collectors;

/** An action the job's current state does not allow: 409 {@code invalid_state}, naming it. */
public class JobStateException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public JobStateException(JobAction action, JobStatus current) {
    super(
        ErrorCode.INVALID_STATE,
        "The job is "
            + current.text()
            + "; "
            + action.text()
            + " needs it to be "
            + action.from().stream()
                .map(JobStatus::text)
                .sorted()
                .collect(Collectors.joining(" or "))
            + ".");
  }

  public JobStateException(String detail) {
    super(ErrorCode.INVALID_STATE, detail);
  }
}
