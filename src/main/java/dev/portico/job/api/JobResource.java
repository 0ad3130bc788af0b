package dev.portico.job.api;

import dev.portico.job.JobService;
import dev.portico.job.domain.Job;
import dev.portico.job.domain.JobAction;
import dev.portico.platform.api.DeletedObjectResponse;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.http.ObjectResponses;
import dev.portico.platform.json.PatchBody;
import dev.portico.platform.listing.FieldSelection;
import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.openapi.StandardResponsesFilter;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import dev.portico.platform.time.ModeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/jobs}: jobs and their actions ({@code schedule}, {@code assign}, {@code start},
 * {@code complete}, {@code cancel}); an action the job's state does not allow is 409.
 */
@ApplicationScoped
@Path("v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class JobResource {

  private static final String JOB_EXAMPLE =
      """
      {"id":"job_0GZlGz3ZzMXlqC1aYw8N1w","object":"job","livemode":false,
       "customer":"cus_0GZlGz3ZzMXlqC1aYw8N1w","title":"Boiler service",
       "description":"Annual service; gate code 1234.","address":null,"status":"assigned",
       "scheduled_start":"2026-11-25T09:00:00Z","scheduled_end":"2026-11-25T11:00:00Z",
       "technician":"Grace Hopper","due":false,"started_at":null,"completed_at":null,"cancelled_at":null,
       "metadata":{},"created_at":"2026-11-24T09:20:45.123Z",
       "updated_at":"2026-11-24T10:02:11.456Z"}
      """;

  private static final String IF_MATCH = "The ETag last read; 412 if the job changed since.";

  @Inject JobService jobs;
  @Inject CursorCodec cursors;
  @Inject Validator validator;
  @Inject ModeClock modeClock;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.JOBS_WRITE)
  @Operation(
      operationId = "createJob",
      summary = "Create a job",
      description = "A new job is unscheduled; the customer must exist in the same mode.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateJobRequest.class),
              examples =
                  @ExampleObject(
                      name = "create",
                      value =
                          "{\"customer\":\"cus_0GZlGz3ZzMXlqC1aYw8N1w\",\"title\":\"Boiler"
                              + " service\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The job.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobResponse.class),
              examples = @ExampleObject(name = "created", value = JOB_EXAMPLE)))
  public Response create(@NotNull @Valid CreateJobRequest body) {
    Job job = jobs.create(body.customer().strip(), body.toDetails());
    return ObjectResponses.created(
        uri.getAbsolutePathBuilder().path(job.id()).build(),
        JobResponse.of(job, now()),
        job.version());
  }

  @GET
  @RequiresScope(Scope.JOBS_READ)
  @Operation(operationId = "listJobs", summary = "List jobs", description = "sort: created_at.")
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "unscheduled, scheduled, assigned, in_progress, completed or cancelled.",
      example = "scheduled",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "customer",
      in = ParameterIn.QUERY,
      description = "Only this customer's jobs.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "technician",
      in = ParameterIn.QUERY,
      description = "Only this technician's.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "scheduled_gte",
      in = ParameterIn.QUERY,
      description = "Scheduled to start at or after (RFC 3339).",
      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
  @Parameter(
      name = "scheduled_lt",
      in = ParameterIn.QUERY,
      description = "Scheduled to start before (RFC 3339).",
      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
  @APIResponse(
      responseCode = "200",
      description = "A page of jobs.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + JOB_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<Job> query = ListQuery.of(JobListing.SPEC, params, uri, cursors);
    Instant now = now();
    return ListResponses.page(
        jobs.list(query), query, job -> JobResponse.of(job, now), cursors, uri);
  }

  @GET
  @Path("{id}")
  @RequiresScope(Scope.JOBS_READ)
  @Operation(operationId = "retrieveJob", summary = "Retrieve a job")
  @APIResponse(
      responseCode = "200",
      description = "The job.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobResponse.class),
              examples = @ExampleObject(name = "job", value = JOB_EXAMPLE)))
  public Response retrieve(
      @PathParam("id") String id,
      @Parameter(description = "Comma-separated top-level fields to return.", example = "id,status")
          @QueryParam("fields")
          String fields) {
    FieldSelection selection = FieldSelection.parse(fields, JobListing.SPEC.fields());
    Job job = jobs.get(id);
    return ObjectResponses.ok(selection.apply(JobResponse.of(job, now())), job.version());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.JOBS_WRITE)
  @Operation(
      operationId = "updateJob",
      summary = "Update a job",
      description =
          "Changes only the fields sent: title, description, address, metadata. Status, schedule"
              + " and technician change through the actions.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateJobRequest.class),
              examples = @ExampleObject(name = "retitle", value = "{\"title\":\"Boiler repair\"}")))
  @APIResponse(responseCode = "200", description = "The job after the change.")
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
      @NotNull JsonObject body) {
    PatchBody<UpdateJobRequest> patch = PatchBody.ofValid(body, UpdateJobRequest.class, validator);
    Job job = jobs.update(id, IfMatch.parse(ifMatch), current -> JobPatch.apply(current, patch));
    return tagged(job);
  }

  @DELETE
  @Path("{id}")
  @RequiresScope(Scope.JOBS_WRITE)
  @Operation(
      operationId = "deleteJob",
      summary = "Delete a job",
      description = "Only an unscheduled or cancelled job can be deleted; others answer 409.")
  @APIResponse(
      responseCode = "200",
      description = "The job is gone.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeletedObjectResponse.class),
              examples =
                  @ExampleObject(
                      name = "deleted",
                      value =
                          "{\"id\":\"job_0GZlGz3ZzMXlqC1aYw8N1w\",\"object\":\"job\","
                              + "\"livemode\":false,\"deleted\":true}")))
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public DeletedObjectResponse delete(
      @PathParam("id") String id,
      @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
    Job job = jobs.delete(id, IfMatch.parse(ifMatch));
    return DeletedObjectResponse.of(job.id(), "job", job.livemode());
  }

  @POST
  @Path("{id}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.JOBS_WRITE)
  @Operation(
      operationId = "scheduleJob",
      summary = "Schedule a job",
      description = "Sets or moves the window of an unscheduled or scheduled job.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScheduleJobRequest.class),
              examples =
                  @ExampleObject(
                      name = "window",
                      value =
                          "{\"scheduled_start\":\"2026-11-25T09:00:00Z\","
                              + "\"scheduled_end\":\"2026-11-25T11:00:00Z\"}")))
  @APIResponse(responseCode = "200", description = "The scheduled job.")
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public Response schedule(@PathParam("id") String id, @NotNull @Valid ScheduleJobRequest body) {
    return tagged(
        jobs.act(
            id,
            JobAction.SCHEDULE,
            (job, clock) -> job.schedule(body.scheduledStart(), body.scheduledEnd(), clock)));
  }

  @POST
  @Path("{id}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.JOBS_WRITE)
  @Operation(
      operationId = "assignJob",
      summary = "Assign a job",
      description = "Gives a scheduled (or reassigns an assigned) job to a technician.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AssignJobRequest.class),
              examples =
                  @ExampleObject(name = "technician", value = "{\"technician\":\"Grace Hopper\"}")))
  @APIResponse(responseCode = "200", description = "The assigned job.")
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public Response assign(@PathParam("id") String id, @NotNull @Valid AssignJobRequest body) {
    return tagged(
        jobs.act(
            id, JobAction.ASSIGN, (job, clock) -> job.assign(body.technician().strip(), clock)));
  }

  @POST
  @Path("{id}/start")
  @RequiresScope(Scope.JOBS_WRITE)
  @Operation(operationId = "startJob", summary = "Start a job", description = "An assigned job.")
  @APIResponse(responseCode = "200", description = "The job, in progress.")
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public Response start(@PathParam("id") String id) {
    return tagged(jobs.act(id, JobAction.START, Job::start));
  }

  @POST
  @Path("{id}/complete")
  @RequiresScope(Scope.JOBS_WRITE)
  @Operation(
      operationId = "completeJob",
      summary = "Complete a job",
      description = "A job in progress.")
  @APIResponse(responseCode = "200", description = "The completed job.")
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public Response complete(@PathParam("id") String id) {
    return tagged(jobs.act(id, JobAction.COMPLETE, Job::complete));
  }

  @POST
  @Path("{id}/cancel")
  @RequiresScope(Scope.JOBS_WRITE)
  @Operation(
      operationId = "cancelJob",
      summary = "Cancel a job",
      description = "Any job that is not completed or cancelled yet.")
  @APIResponse(responseCode = "200", description = "The cancelled job.")
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public Response cancel(@PathParam("id") String id) {
    return tagged(jobs.act(id, JobAction.CANCEL, Job::cancel));
  }

  private Instant now() {
    return modeClock.current().instant();
  }

  private Response tagged(Job job) {
    return ObjectResponses.ok(JobResponse.of(job, now()), job.version());
  }
}
