package org.posyandu.api.spm;

/** The body of a void: why the submission no longer counts ({@code alasan}, required). */
public record SubmissionVoid(String alasan) {
}
