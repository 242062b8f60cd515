package com.discoverybrief.discovery;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an administrator sees of a session before erasing its client's personal data: enough to be
 * sure it is the right one, nothing more.
 *
 * @param owner the salesperson's username
 * @param meetingDate the meeting date on the header, or {@code null} when none was entered
 */
public record ErasureCandidate(long id, String clientCompany, String owner, LocalDate meetingDate, Instant startedAt) {
}
