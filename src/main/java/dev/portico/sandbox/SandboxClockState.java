package dev.portico.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an organization's test-mode time stands: {@code now} in test mode, how far that is ahead of
 * real time, and when it was last advanced ({@code null}: never since the last reset).
 */
public record SandboxClockState(Instant now, Duration offset, Instant advancedAt) {}
